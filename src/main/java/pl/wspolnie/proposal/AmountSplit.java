package pl.wspolnie.proposal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Spreads a proposal's total planned amount over the years it covers, exactly to the grosz: equal shares,
 * with the remainder of the division in the first year. Pure logic.
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
        BigDecimal share = total.divide(BigDecimal.valueOf(years), 2, RoundingMode.DOWN);
        BigDecimal remainder = total.subtract(share.multiply(BigDecimal.valueOf(years)));
        for (int year = firstYear; year <= lastYear; year++) {
            result.put(year, year == firstYear ? share.add(remainder) : share);
        }
        return result;
    }
}
