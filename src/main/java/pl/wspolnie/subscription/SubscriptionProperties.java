package pl.wspolnie.subscription;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code wspolnie.subscription.*}.
 *
 * @param confirmationValidity how long the link of a confirmation e-mail confirms the subscription; after it the
 *                             address is not subscribed and may sign up again (a new link)
 */
@Validated
@ConfigurationProperties("wspolnie.subscription")
record SubscriptionProperties(@DefaultValue("P7D") @NotNull @DurationMin(minutes = 1) Duration confirmationValidity) {
}
