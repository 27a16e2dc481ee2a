package pl.wspolnie.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BudgetYearsTest {

    @Test
    void anAnnualProgrammePlansOnlyItsOwnYear() {
        assertThat(BudgetYears.outside(2027, 2027, 2027, 2027)).isEmpty();
        assertThat(BudgetYears.outside(2027, 2027, 2027, 2029)).hasValue("Środki można planować tylko na rok 2027, a zadanie"
                + " obejmuje lata 2027–2029. Zgłoś zadanie na lata programu albo podziel je.");
        assertThat(BudgetYears.outside(2027, 2027, 2026, 2026)).isPresent();
    }

    @Test
    void aMultiYearProgrammePlansEachOfItsYearsAndNoOther() {
        assertThat(BudgetYears.outside(2027, 2029, 2028, 2029)).isEmpty();
        assertThat(BudgetYears.outside(2027, 2029, 2027, 2030)).hasValueSatisfying(m -> assertThat(m)
                .startsWith("Środki można planować tylko na lata 2027–2029"));
    }

    @Test
    void yearsWithMoneyOutsideTheProgrammeAreNamed() {
        var perYear = Map.of(2027, new BigDecimal("100.00"), 2028, new BigDecimal("50.00"), 2029, BigDecimal.ZERO,
                2026, new BigDecimal("1.00"));
        assertThat(BudgetYears.outside(2027, 2027, perYear)).containsExactly(2026, 2028);
        assertThat(BudgetYears.outside(2026, 2029, perYear)).isEmpty();
    }
}
