package pl.wspolnie.shared;

import jakarta.validation.constraints.NotNull;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code wspolnie.zone}: the time zone in which calendar dates (deadlines) are days. A top-level key because every
 * capability reads dates through the {@link ZoneId} bean made from it.
 *
 * @param zone the municipality's time zone, e.g. {@code Europe/Warsaw}
 */
@Validated
@ConfigurationProperties("wspolnie")
record TimeProperties(@DefaultValue("Europe/Warsaw") @NotNull ZoneId zone) {
}
