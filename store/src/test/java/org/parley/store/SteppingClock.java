package org.parley.store;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A UTC clock that moves one second forward each time it is read, so every write gets a distinct time. */
final class SteppingClock extends Clock {

    private Instant next;

    SteppingClock(Instant start) {
        this.next = start;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a stepping clock stays in UTC");
    }

    @Override
    public synchronized Instant instant() {
        Instant now = next;
        next = next.plusSeconds(1);
        return now;
    }
}
