package org.parley.server;

/**
 * Events of one time step, by quad class.
 *
 * @param period          first day of the step (ISO date)
 * @param events          all events of the step
 * @param verbalCoop      quad class 1
 * @param materialCoop    quad class 2
 * @param verbalConflict  quad class 3
 * @param materialConflict quad class 4
 * @param goldsteinMean   mean Goldstein value of the step's events
 */
public record TimelinePoint(String period, long events, long verbalCoop, long materialCoop, long verbalConflict,
                            long materialConflict, double goldsteinMean) {
}
