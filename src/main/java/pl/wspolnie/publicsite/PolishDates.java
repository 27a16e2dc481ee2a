package pl.wspolnie.publicsite;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as Polish pages write them: {@code 15 lipca 2031 r.} */
final class PolishDates {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy 'r.'", Locale.forLanguageTag("pl"));

    private PolishDates() {
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    static String date(Instant instant, ZoneId zone) {
        return instant == null ? "" : DATE.format(instant.atZone(zone));
    }
}
