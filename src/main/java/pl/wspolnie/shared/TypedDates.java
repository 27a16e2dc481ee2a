package pl.wspolnie.shared;

import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

/**
 * A day as a Polish official types it in a form and as our forms, documents and registers write it back: "30.11.2026"
 * (DD.MM.RRRR). Read strictly, so "31.02.2027" is no date. Long dates ("30 listopada 2026 r.") are each page's own.
 */
public final class TypedDates {

    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT);

    private TypedDates() {
    }
}
