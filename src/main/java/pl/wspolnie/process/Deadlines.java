package pl.wspolnie.process;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.springframework.stereotype.Component;

/** Turns calendar days (deadlines in the municipality's time zone) into timer dates. */
@Component
class Deadlines {

    private final ZoneId zone;

    Deadlines(ZoneId municipalityZone) {
        this.zone = municipalityZone;
    }

    /** The moment a day is over: timers for "by day X" fire then. */
    Date endOf(LocalDate day) {
        return Date.from(day.plusDays(1).atStartOfDay(zone).toInstant());
    }

    Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(zone).toInstant());
    }

    static Date of(Instant instant) {
        return Date.from(instant);
    }
}
