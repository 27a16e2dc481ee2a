package pl.wspolnie.operations;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code wspolnie.operations.*}: the gauges operators scrape.
 *
 * @param samplePeriod the engine's and our gauges are read from the shared database at most once per this period, so
 *                     they are the same on every node; {@code PT0S} reads them at every scrape
 */
@Validated
@ConfigurationProperties("wspolnie.operations")
record OperationsProperties(@DefaultValue("PT10S") @NotNull @DurationMin(seconds = 0) Duration samplePeriod) {
}
