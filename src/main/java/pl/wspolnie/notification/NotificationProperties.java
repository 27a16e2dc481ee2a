package pl.wspolnie.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code wspolnie.mail.*} (defaults and environment variables in application.yaml). The SMTP server itself is
 * Spring Boot's {@code spring.mail.*}.
 *
 * @param from             sender address
 * @param fromName         sender display name
 * @param baseUrl          where people reach this application (Tasklist links)
 * @param consultationUrl  the public page of the consultation, if any, named in "consultation opened" mail
 * @param unsubscribeUrl   link to leave consultation news, with {@code {token}} for the subscription's token; empty: none
 * @param sendInterval     pause between runs of the outbox sender
 * @param batchSize        messages the sender reads from the outbox at a time
 * @param maxAttempts      attempts before a message is marked FAILED
 * @param retryBackoff     wait after the first failed attempt; doubles with each further attempt
 * @param retryBackoffMax  the longest wait between attempts
 * @param sendLease        how long a message taken for sending is left alone if the sender dies mid-way
 * @param digestCheckInterval pause between runs of the team digest job
 * @param digestPeriod     a team gets at most one digest of new tasks per this period
 * @param receiptWindow    an address gets at most one receipt of a public form (comment, meeting registration) per
 *                         this window; the submissions are stored, the further receipts not sent. Zero: no limit
 */
@ConfigurationProperties("wspolnie.mail")
record NotificationProperties(String from, String fromName, String baseUrl, String consultationUrl, String unsubscribeUrl,
                              Duration sendInterval, int batchSize, int maxAttempts, Duration retryBackoff,
                              Duration retryBackoffMax, Duration sendLease, Duration digestCheckInterval,
                              Duration digestPeriod, Duration receiptWindow) {

    NotificationProperties {
        baseUrl = baseUrl == null ? "" : baseUrl.replaceAll("/+$", "");
    }

    /** The Tasklist page of one task. */
    String taskLink(String taskId) {
        return tasklist() + "#/?task=" + taskId;
    }

    String tasklist() {
        return baseUrl + "/camunda/app/tasklist/default/";
    }

    /** The wait before the attempt after {@code failedAttempts} failures: doubling from the first backoff, capped. */
    static Duration backoff(int failedAttempts, Duration first, Duration max) {
        Duration wait = first.multipliedBy(1L << Math.min(Math.max(failedAttempts - 1, 0), 30));
        return wait.compareTo(max) > 0 || wait.isNegative() ? max : wait;
    }
}
