package pl.wspolnie.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.springframework.stereotype.Component;

/**
 * Our own work as Prometheus gauges, read from the database at most every 10 seconds however often it is scraped:
 * {@code wspolnie_proposals{status}}, {@code wspolnie_comments{state}}, {@code wspolnie_draft_versions{document}},
 * {@code wspolnie_mails{status}} and {@code wspolnie_mail_oldest_pending_seconds}. They are totals kept in the
 * database (the same on every node), so rates are {@code deriv()} or {@code delta()} of them, and a sum over nodes
 * is wrong: take {@code max by ()}.
 */
@Component
class BusinessMetrics implements MeterBinder {

    private static final List<String> PROPOSAL_STATUSES = List.of("RECEIVED", "ROUTED", "ACCEPTED", "MERGED", "REJECTED");
    private static final List<String> MAIL_STATUSES = List.of("PENDING", "SENT", "FAILED");

    private final Sampled<BusinessCounts.Counts> counts;
    private final Clock clock;

    BusinessMetrics(BusinessCounts counts, Clock clock,
                   OperationsProperties properties) {
        this.counts = new Sampled<>(counts::read, properties.samplePeriod(), clock);
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String status : PROPOSAL_STATUSES) {
            gauge(registry, "wspolnie.proposals", "Proposals of priority tasks by triage status", "status", status,
                    c -> c.proposals(status));
        }
        gauge(registry, "wspolnie.comments", "Consultation comments", "state", "answered", c -> c.commentsAnswered());
        gauge(registry, "wspolnie.comments", "Consultation comments", "state", "open", c -> c.comments() - c.commentsAnswered());
        gauge(registry, "wspolnie.draft.versions", "Versions of drafts", "document", "rendered", c -> c.versionsRendered());
        gauge(registry, "wspolnie.draft.versions", "Versions of drafts", "document", "none",
                c -> c.versions() - c.versionsRendered());
        for (String status : MAIL_STATUSES) {
            gauge(registry, "wspolnie.mails", "Outbox mail by status", "status", status.toLowerCase(Locale.ROOT),
                    c -> c.mails(status));
        }
        Gauge.builder("wspolnie.mail.oldest.pending", counts, s -> {
                    var oldest = s.get().oldestPendingMail();
                    return oldest == null ? 0 : Duration.between(oldest, clock.instant()).toSeconds();
                })
                .description("How long the oldest mail waiting in the outbox has waited").baseUnit("seconds")
                .strongReference(true).register(registry);
    }

    private void gauge(MeterRegistry registry, String name, String description, String tag, String value,
                       ToDoubleFunction<BusinessCounts.Counts> read) {
        Gauge.builder(name, counts, s -> read.applyAsDouble(s.get())).description(description).tag(tag, value)
                .strongReference(true).register(registry);
    }
}
