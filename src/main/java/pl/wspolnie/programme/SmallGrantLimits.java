package pl.wspolnie.programme;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The limits of the small-grant mode outside competition (tryb pozakonkursowy, art. 19a UDPP), in one place:
 * {@code wspolnie.small-grants.*} in application.yaml. The routing table (proposal-routing.dmn) reads
 * {@code maxAmountPerTask} from the process variable {@code smallGrantMaxAmount} set from here.
 *
 * @param maxAmountPerTask          the most one task may receive (10 000 zł)
 * @param maxDays                   the longest a task may run (90 days)
 * @param maxPerOrganisationPerYear the most one organisation may receive in the mode in a calendar year (20 000 zł)
 * @param maxShareOfGrantFunds      the most of the year's grant funds the mode may take (0.20 = 20%)
 */
@Validated
@ConfigurationProperties("wspolnie.small-grants")
public record SmallGrantLimits(@Positive BigDecimal maxAmountPerTask, @Positive Integer maxDays,
                               @Positive BigDecimal maxPerOrganisationPerYear,
                               @Positive @DecimalMax("1") BigDecimal maxShareOfGrantFunds) {

    public SmallGrantLimits {
        maxAmountPerTask = maxAmountPerTask == null ? new BigDecimal("10000.00") : maxAmountPerTask;
        maxDays = maxDays == null ? 90 : maxDays;
        maxPerOrganisationPerYear = maxPerOrganisationPerYear == null ? new BigDecimal("20000.00") : maxPerOrganisationPerYear;
        maxShareOfGrantFunds = maxShareOfGrantFunds == null ? new BigDecimal("0.20") : maxShareOfGrantFunds;
    }

    /** The limits of the Act as the defaults say them (for tests and tools without Spring). */
    public static SmallGrantLimits ofTheAct() {
        return new SmallGrantLimits(null, null, null, null);
    }
}
