package pl.wspolnie.meeting;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code wspolnie.meetings.*}.
 *
 * @param reminderInterval pause between runs of the reminder job (registrants are reminded the day before their
 *                         meeting, once); runs only with {@code wspolnie.mail.scheduling=true}
 */
@Validated
@ConfigurationProperties("wspolnie.meetings")
record MeetingProperties(@DefaultValue("PT15M") @NotNull @DurationMin(seconds = 1) Duration reminderInterval) {
}
