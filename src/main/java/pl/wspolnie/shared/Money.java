package pl.wspolnie.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Polish money formatting: {@code 1 234 567,89 zł}, exact to the grosz. */
public final class Money {

    /**
     * One format per thread ({@link DecimalFormat} is not thread-safe): building one per amount was 4% of a large
     * programme draft, which formats every task's money (issue #11).
     */
    private static final ThreadLocal<DecimalFormat> FORMAT = ThreadLocal.withInitial(() -> {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("pl-PL"));
        symbols.setGroupingSeparator('\u00a0');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat("#,##0.00", symbols);
    });

    private Money() {
    }

    public static String pln(BigDecimal amount) {
        return FORMAT.get().format(amount.setScale(2, RoundingMode.UNNECESSARY)) + "\u00a0zł";
    }
}
