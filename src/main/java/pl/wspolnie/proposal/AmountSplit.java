package pl.wspolnie.proposal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Spreads a proposal's total planned amount over the years it covers so that the years add up exactly to the
 * total: every year but the last gets an equal share in whole złoty, the last year gets the rest (the remainder of
 * the division and any grosze). A budget plans round sums per year; the odd amount sits deliberately at the end,
 * where a department adjusts it in the next budget resolution. Pure logic.
 */
final class AmountSplit {

    private AmountSplit() {
    }

    static Map<Integer, BigDecimal> perYear(BigDecimal total, int firstYear, int lastYear) {
        Map<Integer, BigDecimal> result = new LinkedHashMap<>();
        if (total == null || total.signum() == 0) {
            return result;
        }
        int years = lastYear - firstYear + 1;
        BigDecimal share = total.divide(BigDecimal.valueOf(years), 0, RoundingMode.DOWN).setScale(2);
        BigDecimal last = total.subtract(share.multiply(BigDecimal.valueOf(years - 1L))).setScale(2);
        for (int year = firstYear; year <= lastYear; year++) {
            result.put(year, year == lastYear ? last : share);
        }
        return result;
    }
}
