package pl.wspolnie.programme;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import pl.wspolnie.shared.Money;

/**
 * The checks of a task in the small-grant mode (tryb pozakonkursowy, art. 19a UDPP) against {@link SmallGrantLimits},
 * each returning the Polish sentence an official reads. Pure logic; intake, triage and the completeness check
 * call it with the data they have.
 */
public final class SmallGrants {

    private static final String MODE = "Zadanie w trybie pozakonkursowym (art. 19a ustawy)";

    private SmallGrants() {
    }

    /** A small-grant task runs at most {@code maxDays} days, so it plans money in one budget year only. */
    public static Optional<String> years(SmallGrantLimits limits, int first, int last) {
        if (first == last) {
            return Optional.empty();
        }
        return Optional.of(MODE + " trwa najwyżej " + limits.maxDays() + " dni, więc planuje środki w jednym roku"
                + " budżetowym, a nie w latach " + first + "–" + last + ".");
    }

    /** The amount one small-grant task may receive. */
    public static Optional<String> amount(SmallGrantLimits limits, BigDecimal total) {
        if (total == null || total.compareTo(limits.maxAmountPerTask()) <= 0) {
            return Optional.empty();
        }
        return Optional.of(MODE + " może otrzymać najwyżej " + Money.pln(limits.maxAmountPerTask()) + ", a zaplanowano "
                + Money.pln(total) + ".");
    }

    /**
     * The per-organisation limit in one calendar year: {@code earlier} is what the same organisation already has
     * in the mode that year, {@code adding} the new task's amount.
     */
    public static Optional<String> organisation(SmallGrantLimits limits, String organisation, int year, BigDecimal earlier,
                                                BigDecimal adding) {
        BigDecimal together = earlier.add(adding);
        if (together.compareTo(limits.maxPerOrganisationPerYear()) <= 0) {
            return Optional.empty();
        }
        return Optional.of("Organizacja „" + organisation + "” ma już w trybie pozakonkursowym w roku " + year + " zadania na "
                + Money.pln(earlier) + "; razem z tym zadaniem " + Money.pln(together) + " przekracza limit "
                + Money.pln(limits.maxPerOrganisationPerYear()) + " na organizację w roku (art. 19a ustawy).");
    }

    /** The mode's share of the year's grant funds (all financial tasks of the programme in that year). */
    public static Optional<String> share(SmallGrantLimits limits, int year, BigDecimal smallGrants, BigDecimal grantFunds) {
        if (smallGrants.signum() == 0) {
            return Optional.empty();
        }
        BigDecimal allowed = grantFunds.multiply(limits.maxShareOfGrantFunds()).setScale(2, RoundingMode.DOWN);
        if (smallGrants.compareTo(allowed) <= 0) {
            return Optional.empty();
        }
        String percent = limits.maxShareOfGrantFunds().movePointRight(2).stripTrailingZeros().toPlainString();
        return Optional.of("W roku " + year + " zadania w trybie pozakonkursowym mają " + Money.pln(smallGrants)
                + ", więcej niż " + percent + "% środków na dotacje w programie (" + Money.pln(allowed) + " z "
                + Money.pln(grantFunds) + ", art. 19a ustawy).");
    }
}
