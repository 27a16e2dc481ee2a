package pl.wspolnie.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import pl.wspolnie.shared.TypedDates;

/**
 * Dates and times as a Polish official types them: "15.03.2027" (DD.MM.RRRR; ISO 2027-03-15 is taken too) and
 * "17:30", read as that day and time in the municipality's zone, never shifted by a browser or server zone.
 */
public final class MeetingDates {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy 'r.'", Locale.forLanguageTag("pl"));
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy 'r.', 'godz.' H:mm",
            Locale.forLanguageTag("pl"));

    private MeetingDates() {
    }

    /** The day typed, or null when it is not a real date in either form. */
    public static LocalDate day(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String text = typed.strip();
        try {
            return text.contains(".") ? LocalDate.parse(text, TypedDates.DAY) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The time typed ("9:00", "17:30"), or null. */
    public static LocalTime time(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(typed.strip(), TIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** "15.03.2027", as forms show a date back. */
    public static String typed(Instant instant, ZoneId zone) {
        return instant == null ? "" : TypedDates.DAY.format(instant.atZone(zone));
    }

    /** "17:30". */
    public static String clock(Instant instant, ZoneId zone) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("HH:mm").format(instant.atZone(zone));
    }

    /** "15 marca 2027 r." */
    public static String longDay(Instant instant, ZoneId zone) {
        return instant == null ? "" : LONG.format(instant.atZone(zone));
    }

    /** "poniedziałek, 15 marca 2027 r., godz. 17:00" */
    public static String when(Instant instant, ZoneId zone) {
        return instant == null ? "" : WEEKDAY.format(instant.atZone(zone));
    }
}
