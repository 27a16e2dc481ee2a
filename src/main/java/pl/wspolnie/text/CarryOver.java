package pl.wspolnie.text;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Last year's adopted text as the start of a new programme: every unit copied (new ids), the old title replaced
 * by the new one and the years of the old programme's period (and the year before it) moved by the distance
 * between the two programmes. Years cited with a journal of laws ("Dz. U. z 2024 r.") are left alone, and so is
 * anything generated from data: priority tasks are not part of the text and are not copied.
 */
final class CarryOver {

    private static final Pattern YEAR = Pattern.compile("(?<![0-9])(19|20|21)([0-9]{2})(?![0-9])");
    private static final Pattern JOURNAL = Pattern.compile("(Dz\\.\\s?U\\.|M\\.\\s?P\\.)[^.;]{0,12}$");

    /** The programme carried over and the new one: their first and last years and titles. */
    record Period(int firstYear, int lastYear, String title) {
    }

    private CarryOver() {
    }

    static TextNode.Tree tree(List<Unit> old, Period from, Period to) {
        Map<Long, List<Unit>> children = Citations.children(old);
        List<Unit> roots = children.getOrDefault(null, List.of());
        List<TextNode> resolution = roots.stream().filter(u -> u.part() == TextPart.RESOLUTION)
                .sorted(Comparator.comparingInt(Unit::position)).map(u -> node(u, children)).toList();
        List<TextNode> annex = roots.stream().filter(u -> u.part() == TextPart.ANNEX)
                .sorted(Comparator.comparingInt(Unit::position)).map(u -> node(u, children)).toList();
        return SectorSlots.map(new TextNode.Tree(resolution, annex), text -> renumber(text, from, to));
    }

    private static TextNode node(Unit u, Map<Long, List<Unit>> children) {
        List<TextNode> kids = children.getOrDefault(u.id(), List.of()).stream()
                .sorted(Comparator.comparingInt(Unit::position)).map(c -> node(c, children)).toList();
        return new TextNode(u.kind(), u.heading(), u.text(), u.statutoryElement(), u.sector(), u.block(), false, kids);
    }

    /** The text with the years of the old period moved to the new one and the old title replaced by the new. */
    static String renumber(String text, Period from, Period to) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String shifted = shiftYears(text, from, to.firstYear() - from.firstYear());
        if (from.title() == null || from.title().isBlank() || to.title() == null) {
            return shifted;
        }
        return shifted.replace(shiftYears(from.title(), from, to.firstYear() - from.firstYear()), to.title());
    }

    private static String shiftYears(String text, Period from, int shift) {
        if (shift == 0) {
            return text;
        }
        Matcher m = YEAR.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int year = Integer.parseInt(m.group());
            boolean ofPeriod = year >= from.firstYear() - 1 && year <= from.lastYear() + 1;
            boolean cited = JOURNAL.matcher(text.substring(Math.max(0, m.start() - 20), m.start())).find();
            m.appendReplacement(out, String.valueOf(ofPeriod && !cited ? year + shift : year));
        }
        m.appendTail(out);
        return out.toString();
    }
}
