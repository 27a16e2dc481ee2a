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

    /** A wait of {@code seconds} rounded up to whole minutes, as in "za 5 minut": 1 minutę, 2–4 minuty, 5 minut. */
    static String minutes(long seconds) {
        long n = Math.max(1, (seconds + 59) / 60);
        long tens = n % 100;
        String word = n == 1 ? "minutę" : n % 10 >= 2 && n % 10 <= 4 && (tens < 12 || tens > 14) ? "minuty" : "minut";
        return n + " " + word;
    }
}
