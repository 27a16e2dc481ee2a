package pl.wspolnie.drafting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import pl.wspolnie.programme.SmallGrantLimits;
import pl.wspolnie.shared.Money;

/**
 * What a draft needs before it goes to consultation or to the council: a chapter heading for each of the eleven
 * statutory elements in its document, and data behind the chapters that depend on the sectoral teams' work —
 * every sector section described and with at least one priority task, and money planned for the programme.
 */
final class CompletenessRules {

    private CompletenessRules() {
    }

    /**
     * @param snapshot the data the version was made from
     * @param headings the headings of the version's document; null when the version has no document
     */
    static List<String> missing(DraftSnapshot snapshot, List<String> headings) {
        return missing(snapshot, headings, SmallGrantLimits.ofTheAct());
    }

    /** As above, with the small-grant limits of the configuration. */
    static List<String> missing(DraftSnapshot snapshot, List<String> headings, SmallGrantLimits limits) {
        List<String> missing = new ArrayList<>();
        if (headings == null) {
            missing.add("Wersja " + snapshot.version() + " nie ma dokumentu, więc nie można sprawdzić jej rozdziałów.");
        } else {
            for (StatutoryElement element : StatutoryElement.values()) {
                if (headings.stream().noneMatch(element::namedBy)) {
                    missing.add("Brak rozdziału „" + capitalised(element.label()) + "” (art. 5a ust. 4 pkt " + element.point() + ").");
                }
            }
        }
        if (snapshot.sections().isEmpty()) {
            missing.add("Projekt nie ma żadnej części sektorowej.");
        }
        for (DraftSnapshot.Section section : snapshot.sections()) {
            String name = "Część „" + section.name() + "” (" + section.code() + ")";
            if (section.narrative() == null || section.narrative().isBlank()) {
                missing.add(name + " nie ma opisu zespołu branżowego.");
            }
            if (section.tasks().isEmpty()) {
                missing.add(name + " nie ma żadnego zadania priorytetowego.");
            }
        }
        BigDecimal total = snapshot.total();
        if (total.signum() <= 0) {
            missing.add("Projekt nie planuje środków na realizację programu (razem " + Money.pln(total) + ").");
        }
        missing.addAll(TaskMoneyRules.problems(snapshot, limits));
        return missing;
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
