package pl.wspolnie.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AmountSplitTest {

    @Test
    void splitsInWholeZlotyAndPutsTheRemainderInTheLastYear() {
        var split = AmountSplit.perYear(new BigDecimal("1181000.00"), 2027, 2029);

        assertThat(split).containsExactly(
                Map.entry(2027, new BigDecimal("393666.00")),
                Map.entry(2028, new BigDecimal("393666.00")),
                Map.entry(2029, new BigDecimal("393668.00")));
        assertThat(sum(split)).isEqualByComparingTo("1181000.00");
    }

    @Test
    void grosze_of_the_total_go_to_the_last_year_and_nothing_is_lost() {
        var split = AmountSplit.perYear(new BigDecimal("100000.05"), 2027, 2028);

        assertThat(split).containsExactly(Map.entry(2027, new BigDecimal("50000.00")), Map.entry(2028, new BigDecimal("50000.05")));
        assertThat(sum(split)).isEqualByComparingTo("100000.05");
        // an amount smaller than the number of years: whole złoty shares are 0, the last year takes everything
        assertThat(AmountSplit.perYear(new BigDecimal("2.50"), 2027, 2029)).containsExactly(
                Map.entry(2027, new BigDecimal("0.00")), Map.entry(2028, new BigDecimal("0.00")), Map.entry(2029, new BigDecimal("2.50")));
    }

    @Test
    void aSingleYearGetsEverythingAndNothingPlannedGivesNoAmounts() {
        assertThat(AmountSplit.perYear(new BigDecimal("851000.00"), 2027, 2027))
                .containsExactly(Map.entry(2027, new BigDecimal("851000.00")));
        assertThat(AmountSplit.perYear(null, 2027, 2028)).isEmpty();
        assertThat(AmountSplit.perYear(new BigDecimal("0.00"), 2027, 2028)).isEmpty();
    }

    private static BigDecimal sum(Map<Integer, BigDecimal> split) {
        return split.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
