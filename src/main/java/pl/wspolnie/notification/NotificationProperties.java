package pl.wspolnie.notification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code wspolnie.mail.*} (defaults and environment variables in application.yaml). The SMTP server itself is
 * Spring Boot's {@code spring.mail.*}.
 *
 * @param from             sender address
 * @param fromName         sender display name
 * @param baseUrl          where people reach this application (links in mail); empty: this server on its port
 *                         ({@link PublicLinks})
 * @param consultationUrl  the public page of the consultation, if any, named in "consultation opened" mail
 * @param unsubscribeUrl   link to leave consultation news, with {@code {token}} for the subscription's token; empty:
 *                         the public site's own page ({@code baseUrl}/powiadomienia/rezygnacja/{token})
 * @param scheduling       false: nothing is sent or digested on a schedule (tests run the jobs themselves); also the
 *                         meetings' reminders
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
@Validated
@ConfigurationProperties("wspolnie.mail")
record NotificationProperties(
        @DefaultValue("no-reply@example.org") @NotBlank String from,
        @DefaultValue("Wspólnie – program współpracy z organizacjami pozarządowymi") @NotBlank String fromName,
        @DefaultValue("") String baseUrl,
        @DefaultValue("") String consultationUrl,
        @DefaultValue("") String unsubscribeUrl,
        @DefaultValue("true") boolean scheduling,
        @DefaultValue("PT30S") @NotNull @DurationMin(millis = 1) Duration sendInterval,
        @DefaultValue("50") @Positive int batchSize,
        @DefaultValue("10") @Positive int maxAttempts,
        @DefaultValue("PT1M") @NotNull @DurationMin(seconds = 0) Duration retryBackoff,
        @DefaultValue("PT6H") @NotNull @DurationMin(seconds = 0) Duration retryBackoffMax,
        @DefaultValue("PT10M") @NotNull @DurationMin(seconds = 1) Duration sendLease,
        @DefaultValue("PT5M") @NotNull @DurationMin(millis = 1) Duration digestCheckInterval,
        @DefaultValue("PT1H") @NotNull @DurationMin(seconds = 0) Duration digestPeriod,
        @DefaultValue("PT5M") @NotNull @DurationMin(seconds = 0) Duration receiptWindow) {

    NotificationProperties {
        baseUrl = baseUrl == null ? "" : baseUrl.replaceAll("/+$", "");
    }

    /** The wait before the attempt after {@code failedAttempts} failures: doubling from the first backoff, capped. */
    static Duration backoff(int failedAttempts, Duration first, Duration max) {
        Duration wait = first.multipliedBy(1L << Math.min(Math.max(failedAttempts - 1, 0), 30));
        return wait.compareTo(max) > 0 || wait.isNegative() ? max : wait;
    }
}
