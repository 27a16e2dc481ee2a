package pl.wspolnie.process;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.springframework.stereotype.Component;
import pl.wspolnie.shared.TypedDates;

/** Turns calendar days (deadlines in the municipality's time zone) into timer dates. */
@Component
class Deadlines {

    /**
     * The zone a date without time a person entered is read in when it arrives as an instant (a {@code Date}
     * variable); kept equal to {@code wspolnie.zone} by {@link #Deadlines}.
     */
    static volatile ZoneId MUNICIPALITY_ZONE = ZoneId.of("Europe/Warsaw");

    private final ZoneId zone;

    Deadlines(ZoneId municipalityZone) {
        this.zone = municipalityZone;
        MUNICIPALITY_ZONE = municipalityZone;
    }

    /** The moment a day is over: timers for "by day X" fire then. */
    Date endOf(LocalDate day) {
        return Date.from(day.plusDays(1).atStartOfDay(zone).toInstant());
    }

    Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(zone).toInstant());
    }

    /** The last day before {@code end} (a deadline's end-of-day instant) as officials write it: "14.12.2026". */
    static String lastDayText(Instant end) {
        return end == null ? null : TypedDates.DAY.format(end.minusNanos(1).atZone(MUNICIPALITY_ZONE));
    }

    /** A day as officials write it: "30.11.2026". */
    static String dayText(LocalDate day) {
        return day == null ? null : TypedDates.DAY.format(day);
    }

    static Date of(Instant instant) {
        return Date.from(instant);
    }
}
