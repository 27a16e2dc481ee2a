package pl.wspolnie.drafting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import pl.wspolnie.programme.SmallGrantLimits;
import pl.wspolnie.shared.Money;
import pl.wspolnie.text.Citations;
import pl.wspolnie.text.Unit;
import pl.wspolnie.text.UnitKind;

/**
 * What a draft needs before it goes to consultation or to the council, read from its text: a chapter holding each
 * of the eleven statutory elements (art. 5a ust. 4) with wording in it, no emptied unit, and data behind the
 * chapters that depend on the sectoral teams' work — every sector described and with at least one priority task,
 * and money planned for the programme. Everything missing is named by its citation label.
 */
final class CompletenessRules {

    private CompletenessRules() {
    }

    static List<String> missing(DraftSnapshot snapshot) {
        return missing(snapshot, SmallGrantLimits.ofTheAct());
    }

    /** As above, with the small-grant limits of the configuration. */
    static List<String> missing(DraftSnapshot snapshot, SmallGrantLimits limits) {
        List<String> missing = new ArrayList<>();
        List<Unit> units = snapshot.units();
        if (units.isEmpty()) {
            missing.add("Wersja " + snapshot.version() + " nie ma tekstu programu, więc nie można sprawdzić jego rozdziałów.");
        } else {
            text(units, missing);
        }
        if (snapshot.sections().isEmpty()) {
            missing.add("Projekt nie ma żadnej części sektorowej.");
        }
        Map<Long, String> labels = Citations.labels(units);
        for (DraftSnapshot.Section section : snapshot.sections()) {
            Optional<Unit> unit = units.stream().filter(u -> section.code().equals(u.sector())).findFirst();
            String name = "Część „" + section.name() + "” (" + unit.map(u -> labels.get(u.id())).orElse(section.code()) + ")";
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

    private static void text(List<Unit> units, List<String> missing) {
        List<Citations.Numbered> numbered = Citations.number(units);
        Set<Long> parents = new HashSet<>();
        units.forEach(u -> {
            if (u.parentId() != null) {
                parents.add(u.parentId());
            }
        });
        for (StatutoryElement element : StatutoryElement.values()) {
            String article = " (art. 5a ust. 4 pkt " + element.point() + ")";
            Optional<Citations.Numbered> chapter = numbered.stream()
                    .filter(n -> element.name().equals(n.unit().statutoryElement())).findFirst();
            if (chapter.isEmpty()) {
                missing.add("Brak rozdziału „" + capitalised(element.label()) + "”" + article + ".");
            } else if (!hasWording(chapter.get().unit(), units)) {
                missing.add(chapter.get().label() + " („" + chapter.get().unit().heading() + "”) nie ma treści" + article + ".");
            }
        }
        for (Citations.Numbered n : numbered) {
            Unit u = n.unit();
            boolean empty = !u.hasText() && u.block() == null && u.sector() == null && !parents.contains(u.id());
            if (empty) {
                missing.add(n.label() + (u.kind() == UnitKind.CHAPTER ? " („" + u.heading() + "”)" : "") + " nie ma treści.");
            }
        }
    }

    /** Whether the unit or anything below it has wording or generated content. */
    private static boolean hasWording(Unit unit, List<Unit> units) {
        if (unit.hasText() || unit.block() != null) {
            return true;
        }
        return units.stream().filter(u -> unit.id().equals(u.parentId())).anyMatch(u -> hasWording(u, units));
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
