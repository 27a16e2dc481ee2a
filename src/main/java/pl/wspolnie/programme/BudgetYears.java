package pl.wspolnie.programme;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Money is planned per year and only within the programme's years: an annual programme plans its own year, a
 * multi-year programme each of its years. Amounts for any other year are refused, never summed. Pure logic.
 */
public final class BudgetYears {

    private BudgetYears() {
    }

    /** The refusal of a task or proposal whose years {@code first}–{@code last} leave the programme's, if they do. */
    public static Optional<String> outside(int programmeFirst, int programmeLast, int first, int last) {
        if (first >= programmeFirst && last <= programmeLast) {
            return Optional.empty();
        }
        return Optional.of("Środki można planować tylko na " + period(programmeFirst, programmeLast)
                + ", a zadanie obejmuje " + period(first, last) + ". Zgłoś zadanie na lata programu albo podziel je.");
    }

    /** The years of {@code perYear} that lie outside the programme, with money in them. */
    public static List<Integer> outside(int programmeFirst, int programmeLast, Map<Integer, BigDecimal> perYear) {
        return perYear.entrySet().stream()
                .filter(e -> (e.getKey() < programmeFirst || e.getKey() > programmeLast) && e.getValue().signum() != 0)
                .map(Map.Entry::getKey).sorted().toList();
    }

    /** "rok 2027" or "lata 2027–2029" in the accusative a sentence needs. */
    public static String period(int first, int last) {
        return first == last ? "rok " + first : "lata " + first + "–" + last;
    }
}
