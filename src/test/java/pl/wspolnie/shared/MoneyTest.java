package pl.wspolnie.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void formatsThePolishWayWithNonBreakingSpaces() {
        assertThat(Money.pln(new BigDecimal("1234567.89"))).isEqualTo("1\u00a0234\u00a0567,89\u00a0zł");
        assertThat(Money.pln(new BigDecimal("80013414.68"))).isEqualTo("80\u00a0013\u00a0414,68\u00a0zł");
        assertThat(Money.pln(new BigDecimal("0"))).isEqualTo("0,00\u00a0zł");
    }
}
