package pl.wspolnie.drafting.internal.redline;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Who made a change and when, for the revisions of a redline: by the unit of the programme's text the change lies
 * in (the Word bookmark {@code wsp_u<unitId>} that encloses it), else the default (the newer version's author and
 * date). Immutable.
 * <pre>{@code
 * Attribution a = Attribution.of(new Attribution.Author("Katarzyna Koordynatorka", versionCreatedAt),
 *         Map.of(Attribution.bookmark(42), new Attribution.Author("Anna Nowak", editedAt)));
 * Redline.compare(older, newer, a, "Porównanie wersji 2 … z wersją 1 …");
 * }</pre>
 */
public final class Attribution {

    /** Prefix of the bookmark that marks a unit of the programme's text in a rendered draft. */
    public static final String UNIT_BOOKMARK_PREFIX = "wsp_u";

    /** A revision's author (display name, written as {@code w:author}) and date ({@code w:date}). */
    public record Author(String name, Instant date) {
        public Author {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("author name is required");
            }
            name = name.strip();
            Objects.requireNonNull(date, "date");
        }
    }

    private final Author fallback;
    private final Map<String, Author> byBookmark;

    private Attribution(Author fallback, Map<String, Author> byBookmark) {
        this.fallback = Objects.requireNonNull(fallback, "fallback");
        this.byBookmark = Map.copyOf(byBookmark);
    }

    /** Every revision by one author at one date. */
    public static Attribution of(Author fallback) {
        return new Attribution(fallback, Map.of());
    }

    /** Revisions inside a unit bookmark named in {@code byBookmark} by that author; all others by {@code fallback}. */
    public static Attribution of(Author fallback, Map<String, Author> byBookmark) {
        return new Attribution(fallback, byBookmark);
    }

    /** The bookmark name of a unit of the programme's text: {@code wsp_u42} for unit 42. */
    public static String bookmark(long unitId) {
        return UNIT_BOOKMARK_PREFIX + unitId;
    }

    /** Whether a bookmark name marks a unit. */
    public static boolean isUnitBookmark(String name) {
        return name != null && name.startsWith(UNIT_BOOKMARK_PREFIX) && name.length() > UNIT_BOOKMARK_PREFIX.length();
    }

    /** Who made a change inside the unit bookmark {@code bookmarkName} (null: outside any unit). */
    public Author author(String bookmarkName) {
        return bookmarkName == null ? fallback : byBookmark.getOrDefault(bookmarkName, fallback);
    }

    /** The author of changes outside any unit named. */
    public Author fallback() {
        return fallback;
    }
}
