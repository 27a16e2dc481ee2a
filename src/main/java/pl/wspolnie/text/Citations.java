package pl.wspolnie.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Numbers a programme's units the way Polish legal acts are numbered and cites them: the resolution's § 1 … § n
 * ("§ 2 uchwały"); in the annex chapters "Rozdział n" and § numbered continuously through all chapters ("§ 8"),
 * ust. within a § ("§ 8 ust. 5"), pkt within its parent ("§ 8 ust. 5 pkt 2"), lit. a, b, c ("… lit. b") and tirets
 * ("… tiret drugie"). Nothing here is stored: the same units give the same labels, a unit inserted before
 * another renumbers it, its id stays.
 */
public final class Citations {

    /**
     * A unit in reading order: {@code depth} 0 for top-level units, {@code number} what is printed before its
     * wording ("§ 3.", "2.", "1)", "a)", "–"; a chapter's "Rozdział 6"), {@code label} how it is cited.
     */
    public record Numbered(Unit unit, int depth, String number, String label) {

        public Long id() {
            return unit.id();
        }
    }

    private static final String[] ORDINALS = {"pierwsze", "drugie", "trzecie", "czwarte", "piąte", "szóste", "siódme",
            "ósme", "dziewiąte", "dziesiąte", "jedenaste", "dwunaste"};

    private Citations() {
    }

    /** Every unit in reading order (the resolution, then the annex), numbered and labelled. */
    public static List<Numbered> number(List<Unit> units) {
        Map<Long, List<Unit>> children = children(units);
        List<Unit> roots = new ArrayList<>(children.getOrDefault(null, List.of()));
        Comparator<Unit> order = Comparator.comparing(Unit::part).thenComparingInt(Unit::position);
        roots.sort(order);
        children.values().forEach(list -> list.sort(Comparator.comparingInt(Unit::position)));
        List<Numbered> out = new ArrayList<>();
        int[] counters = new int[3]; // resolution §, annex chapters, annex §
        for (Unit root : roots) {
            walk(root, 0, null, children, counters, out);
        }
        return out;
    }

    /** The units by their parent's id (top-level units under the key null), in no particular order. */
    static Map<Long, List<Unit>> children(List<Unit> units) {
        Map<Long, List<Unit>> children = new HashMap<>();
        for (Unit u : units) {
            children.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u);
        }
        return children;
    }

    /** The labels by unit id. */
    public static Map<Long, String> labels(List<Unit> units) {
        Map<Long, String> labels = new LinkedHashMap<>();
        number(units).forEach(n -> labels.put(n.id(), n.label()));
        return labels;
    }

    public static Optional<Numbered> find(List<Unit> units, Long id) {
        return number(units).stream().filter(n -> n.id().equals(id)).findFirst();
    }

    private static void walk(Unit unit, int depth, String parentLabel, Map<Long, List<Unit>> children, int[] counters,
                             List<Numbered> out) {
        String number;
        String label;
        boolean resolution = unit.part() == TextPart.RESOLUTION;
        switch (unit.kind()) {
            case BASIS -> {
                number = "";
                label = "podstawa prawna uchwały";
            }
            case CHAPTER -> {
                int n = ++counters[1];
                number = "Rozdział " + n;
                label = number;
            }
            case PARAGRAPH -> {
                int n = resolution ? ++counters[0] : ++counters[2];
                number = "§ " + n + ".";
                label = "§ " + n + (resolution ? " uchwały" : "");
            }
            default -> {
                int n = siblingIndex(unit, children);
                number = switch (unit.kind()) {
                    case SECTION -> n + ".";
                    case POINT -> n + ")";
                    case LETTER -> letter(n) + ")";
                    default -> "–";
                };
                String own = switch (unit.kind()) {
                    case SECTION -> "ust. " + n;
                    case POINT -> "pkt " + n;
                    case LETTER -> "lit. " + letter(n);
                    default -> "tiret " + (n <= ORDINALS.length ? ORDINALS[n - 1] : String.valueOf(n));
                };
                label = parentLabel == null ? own : withinParent(parentLabel, own, resolution);
            }
        }
        out.add(new Numbered(unit, depth, number, label));
        // chapters are not part of a citation below them: "§ 8 ust. 5", not "Rozdział 2 § 8 ust. 5"
        String forChildren = unit.kind() == UnitKind.CHAPTER ? null : label;
        for (Unit child : children.getOrDefault(unit.id(), List.of())) {
            walk(child, depth + 1, forChildren, children, counters, out);
        }
    }

    private static String withinParent(String parentLabel, String own, boolean resolution) {
        if (resolution && parentLabel.endsWith(" uchwały")) {
            return parentLabel.substring(0, parentLabel.length() - " uchwały".length()) + " " + own + " uchwały";
        }
        return parentLabel + " " + own;
    }

    /** 1-based position among siblings of the same kind (a § may hold an introduction's points after its ust.). */
    private static int siblingIndex(Unit unit, Map<Long, List<Unit>> children) {
        int n = 0;
        for (Unit sibling : children.getOrDefault(unit.parentId(), List.of())) {
            if (sibling.kind() == unit.kind()) {
                n++;
            }
            if (sibling == unit) {
                return n;
            }
        }
        return n;
    }

    /** a … z, then za, zb … as ZTP § 58 ust. 4 prescribes for long enumerations. */
    static String letter(int n) {
        String alphabet = "abcdefghijklmnopqrstuvwxyz";
        return n <= alphabet.length() ? String.valueOf(alphabet.charAt(n - 1))
                : "z" + letter(n - alphabet.length());
    }
}
