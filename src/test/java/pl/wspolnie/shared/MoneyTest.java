package pl.wspolnie.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void formatsThePolishWayWithNonBreakingSpaces() {
        assertThat(Money.pln(new BigDecimal("1234567.89"))).isEqualTo("1\u00a0234\u00a0567,89\u00a0zł");
        assertThat(Money.pln(new BigDecimal("80013414.68"))).isEqualTo("80\u00a0013\u00a0414,68\u00a0zł");
        assertThat(Money.pln(new BigDecimal("0"))).isEqualTo("0,00\u00a0zł");
    }

    @Test
    void formatsRightFromManyThreadsAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> wrong = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                long seed = t;
                wrong.add(pool.submit(() -> {
                    int errors = 0;
                    for (long i = 0; i < 20_000; i++) {
                        long grosze = (i * 7_919 + seed * 104_729) % 100_000_000_000L;
                        String expected = String.format(java.util.Locale.ROOT, "%,d", grosze / 100).replace(',', '\u00a0')
                                + String.format(java.util.Locale.ROOT, ",%02d\u00a0zł", grosze % 100);
                        if (!Money.pln(BigDecimal.valueOf(grosze, 2)).equals(expected)) {
                            errors++;
                        }
                    }
                    return errors;
                }));
            }
            for (Future<Integer> f : wrong) {
                assertThat(f.get()).isZero();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
