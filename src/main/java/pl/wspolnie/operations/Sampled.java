package pl.wspolnie.operations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * A value read at most once per period: a Prometheus scrape reads many gauges, and a health probe may come every
 * few seconds from several checkers, but the counts behind them need one round of queries per period, not one per
 * gauge or probe.
 */
final class Sampled<T> implements Supplier<T> {

    private final Supplier<T> source;
    private final Duration period;
    private final Clock clock;
    private T value;
    private Instant readAt = Instant.MIN;

    Sampled(Supplier<T> source, Duration period, Clock clock) {
        this.source = source;
        this.period = period;
        this.clock = clock;
    }

    @Override
    public synchronized T get() {
        Instant now = clock.instant();
        if (value == null || !now.isBefore(readAt.plus(period))) {
            value = source.get();
            readAt = now;
        }
        return value;
    }
}
