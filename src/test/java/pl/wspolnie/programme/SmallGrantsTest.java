package pl.wspolnie.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SmallGrantsTest {

    private final SmallGrantLimits act = SmallGrantLimits.ofTheAct();

    @Test
    void theAmountPerTaskIsAtMostTenThousandZloty() {
        assertThat(SmallGrants.amount(act, new BigDecimal("10000.00"))).isEmpty();
        assertThat(SmallGrants.amount(act, null)).isEmpty();
        assertThat(SmallGrants.amount(act, new BigDecimal("10000.01"))).hasValueSatisfying(m -> assertThat(m)
                .isEqualTo("Zadanie w trybie pozakonkursowym (art. 19a ustawy) może otrzymać najwyżej 10\u00a0000,00\u00a0zł,"
                        + " a zaplanowano 10\u00a0000,01\u00a0zł."));
    }

    @Test
    void aTaskOfAtMostNinetyDaysPlansOneBudgetYear() {
        assertThat(SmallGrants.years(act, 2027, 2027)).isEmpty();
        assertThat(SmallGrants.years(act, 2027, 2028)).hasValueSatisfying(m -> assertThat(m)
                .contains("trwa najwyżej 90 dni", "w jednym roku budżetowym", "2027–2028"));
        assertThat(SmallGrants.years(new SmallGrantLimits(null, 60, null, null), 2027, 2028))
                .hasValueSatisfying(m -> assertThat(m).contains("najwyżej 60 dni"));
    }

    @Test
    void oneOrganisationGetsAtMostTwentyThousandZlotyAYear() {
        assertThat(SmallGrants.organisation(act, "Fundacja", 2027, new BigDecimal("10000.00"), new BigDecimal("10000.00"))).isEmpty();
        assertThat(SmallGrants.organisation(act, "Fundacja", 2027, new BigDecimal("15000.00"), new BigDecimal("5000.01")))
                .hasValueSatisfying(m -> assertThat(m).contains("„Fundacja”", "w roku 2027", "15\u00a0000,00\u00a0zł",
                        "20\u00a0000,01\u00a0zł", "limit 20\u00a0000,00\u00a0zł"));
    }

    @Test
    void theModeTakesAtMostTwentyPercentOfTheYearsGrantFunds() {
        assertThat(SmallGrants.share(act, 2027, new BigDecimal("20000.00"), new BigDecimal("100000.00"))).isEmpty();
        assertThat(SmallGrants.share(act, 2027, BigDecimal.ZERO, BigDecimal.ZERO)).isEmpty();
        assertThat(SmallGrants.share(act, 2027, new BigDecimal("20000.01"), new BigDecimal("100000.00")))
                .hasValueSatisfying(m -> assertThat(m).contains("W roku 2027", "więcej niż 20%", "20\u00a0000,00\u00a0zł z 100\u00a0000,00\u00a0zł"));
    }

    @Test
    void limitsAreConfiguration() {
        var lower = new SmallGrantLimits(new BigDecimal("5000.00"), null, new BigDecimal("8000.00"), new BigDecimal("0.10"));
        assertThat(SmallGrants.amount(lower, new BigDecimal("6000.00"))).isPresent();
        assertThat(SmallGrants.organisation(lower, "F", 2027, new BigDecimal("4000.00"), new BigDecimal("4000.01"))).isPresent();
        assertThat(SmallGrants.share(lower, 2027, new BigDecimal("10000.01"), new BigDecimal("100000.00"))).isPresent();
        assertThat(SmallGrants.share(lower, 2027, new BigDecimal("10000.00"), new BigDecimal("100000.00"))).isEmpty();
    }
}
