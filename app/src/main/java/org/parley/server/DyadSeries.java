package org.parley.server;

import java.util.List;

/**
 * The relation of two actors over time: per-step counts and Goldstein values, and the latest merged events between
 * them.
 *
 * @param a      the first actor as asked (name part or CAMEO code prefix)
 * @param b      the second actor as asked
 * @param bucket the step width
 * @param points one per step that has events, oldest first
 * @param events the latest merged events between them, either direction, newest first
 */
public record DyadSeries(String a, String b, Bucket bucket, List<DyadPoint> points, List<MergedEvent> events) {

    public DyadSeries {
        points = List.copyOf(points);
        events = List.copyOf(events);
    }
}
