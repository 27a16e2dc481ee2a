package pl.wspolnie.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AmountSplitTest {

    @Test
    void splitsEquallyAndKeepsTheRemainderInTheFirstYear() {
        var split = AmountSplit.perYear(new BigDecimal("100000.00"), 2027, 2029);

        assertThat(split).containsExactly(
                java.util.Map.entry(2027, new BigDecimal("33333.34")),
                java.util.Map.entry(2028, new BigDecimal("33333.33")),
                java.util.Map.entry(2029, new BigDecimal("33333.33")));
        assertThat(split.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("100000.00");
    }

    @Test
    void aSingleYearGetsEverythingAndNothingPlannedGivesNoAmounts() {
        assertThat(AmountSplit.perYear(new BigDecimal("851000.00"), 2027, 2027))
                .containsExactly(java.util.Map.entry(2027, new BigDecimal("851000.00")));
        assertThat(AmountSplit.perYear(null, 2027, 2028)).isEmpty();
        assertThat(AmountSplit.perYear(new BigDecimal("0.00"), 2027, 2028)).isEmpty();
    }
}
