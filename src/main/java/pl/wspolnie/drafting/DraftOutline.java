package pl.wspolnie.drafting;

import java.util.List;
import java.util.Optional;

/**
 * A stored draft DOCX as readable parts for the public page: the resolution's paragraphs (§) and the annex's
 * chapters, each with its points ("ust. n"). Every unit and point has an anchor (an HTML id) that is the same
 * every time the same version is read, e.g. {@code par-1}, {@code rozdzial-6}, {@code rozdzial-6-ust-2}.
 */
public record DraftOutline(List<Unit> units) {

    /** What a point is in the document: body text, an item of a list, a heading within a chapter, a table, a note. */
    public enum Kind { PARAGRAPH, LIST_ITEM, SUBHEADING, TABLE, NOTE }

    /**
     * A chapter ({@code rozdzial-n}) or a paragraph of the resolution ({@code par-n}), or its legal basis
     * ({@code podstawa-prawna}); {@code label} names it for a comment ("Rozdział 6. Priorytetowe zadania publiczne").
     */
    public record Unit(String anchor, String title, String label, String text, List<Point> points) {

        /** The unit's wording: its own text and its points', one per line (tables a row per line). */
        public String wording() {
            StringBuilder out = new StringBuilder(text == null ? "" : text);
            for (Point p : points) {
                if (!out.isEmpty()) {
                    out.append('\n');
                }
                out.append(p.wording());
            }
            return out.toString();
        }
    }

    /** A point of a unit: {@code number} is what the page shows ("ust. 2"); {@code rows} only for tables. */
    public record Point(String anchor, String number, String label, Kind kind, String text, List<List<String>> rows) {

        public String wording() {
            if (kind != Kind.TABLE) {
                return text;
            }
            StringBuilder out = new StringBuilder();
            for (List<String> row : rows) {
                if (!out.isEmpty()) {
                    out.append('\n');
                }
                out.append(String.join(" | ", row));
            }
            return out.toString();
        }
    }

    /** A unit or a point by its anchor: its label for the comment form and its current wording. */
    public record Part(String anchor, String label, String wording) {
    }

    public Optional<Part> part(String anchor) {
        if (anchor == null) {
            return Optional.empty();
        }
        for (Unit u : units) {
            if (u.anchor().equals(anchor)) {
                return Optional.of(new Part(u.anchor(), u.label(), u.wording()));
            }
            for (Point p : u.points()) {
                if (p.anchor().equals(anchor)) {
                    return Optional.of(new Part(p.anchor(), p.label(), p.wording()));
                }
            }
        }
        return Optional.empty();
    }
}
