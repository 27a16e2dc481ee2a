package pl.wspolnie.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Runs the outbox sender and the digest job on their intervals ({@code wspolnie.mail.send-interval},
 * {@code wspolnie.mail.digest-check-interval}). Fixed delays: a run never overlaps the previous one on this node.
 * {@code wspolnie.mail.scheduling=false} turns both off (tests call the jobs themselves).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "wspolnie.mail.scheduling", havingValue = "true", matchIfMissing = true)
class MailSchedule implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(MailSchedule.class);

    private final OutboxSender sender;
    private final TaskDigests digests;
    private final NotificationProperties properties;

    MailSchedule(OutboxSender sender, TaskDigests digests, NotificationProperties properties) {
        this.sender = sender;
        this.digests = digests;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(this::send, properties.sendInterval(), properties.sendInterval()));
        registrar.addFixedDelayTask(new FixedDelayTask(this::digest, properties.digestCheckInterval(),
                properties.digestCheckInterval()));
    }

    void send() {
        try {
            int sent = sender.sendDue();
            if (sent > 0) {
                log.debug("Sent {} messages", sent);
            }
        } catch (RuntimeException e) {
            log.warn("Outbox run failed; the next run tries again", e);
        }
    }

    void digest() {
        try {
            digests.sendDue();
        } catch (RuntimeException e) {
            log.warn("Digest run failed; the next run tries again", e);
        }
    }
}
