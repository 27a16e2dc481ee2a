package pl.wspolnie.operations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * The mail outbox's backlog as a readiness detail: how many messages wait, how many were given up on, and how long
 * the oldest waiting one has waited. Always UP while the outbox can be read: a slow or absent SMTP server is not a
 * reason to take a node out of the pool (mail waits and is retried); operators alert on the metrics instead
 * ({@code wspolnie_mail_oldest_pending_seconds}, {@code wspolnie_mails{status="failed"}}).
 */
@Component("mailOutboxHealthIndicator")
class MailOutboxHealth extends AbstractHealthIndicator {

    private final BusinessCounts counts;
    private final Clock clock;

    MailOutboxHealth(BusinessCounts counts, Clock clock) {
        super("Mail outbox health check failed");
        this.counts = counts;
        this.clock = clock;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        var byStatus = counts.mailsByStatus();
        Instant oldest = counts.oldestPendingMail();
        builder.up()
                .withDetail("pending", byStatus.getOrDefault("PENDING", 0L))
                .withDetail("failed", byStatus.getOrDefault("FAILED", 0L))
                .withDetail("oldestPendingSeconds", oldest == null ? 0 : Duration.between(oldest, clock.instant()).toSeconds());
    }
}
