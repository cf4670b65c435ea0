package org.parley.server;

/**
 * One time step of a dyad: what each side did to the other and where it leaves them between cooperation and
 * conflict. Counts are merged events (the same meeting told by ten articles is one event); an event counts in a
 * step only when its whole date lies in it, as in the store's dyad series.
 *
 * @param period           first day of the step (ISO date)
 * @param aToB             merged events from the first actor to the second
 * @param bToA             merged events from the second to the first
 * @param verbalCoop       quad class 1, both directions
 * @param materialCoop     quad class 2
 * @param verbalConflict   quad class 3
 * @param materialConflict quad class 4
 * @param articles         articles telling those events (near-duplicates once), summed over the events
 * @param goldsteinSum     sum of Goldstein values, both directions
 * @param goldsteinMean    mean Goldstein value, both directions
 */
public record DyadPoint(String period, long aToB, long bToA, long verbalCoop, long materialCoop, long verbalConflict,
                        long materialConflict, long articles, double goldsteinSum, double goldsteinMean) {
}
