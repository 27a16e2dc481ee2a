package pl.wspolnie.meeting;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/** The calendar file (.ics, RFC 5545) of a meeting, attached to a registration's confirmation. Made by ical4j. */
final class MeetingCalendar {

    static final String CONTENT_TYPE = "text/calendar; charset=UTF-8; method=PUBLISH";
    static final String FILE_NAME = "spotkanie.ics";

    private MeetingCalendar() {
    }

    /** One event in UTC, with a stable UID per meeting, so a second file updates the same calendar entry. */
    static byte[] ics(Meeting m, String organiser) {
        VEvent event = new VEvent(m.getStartsAt(), m.getEndsAt(), m.getTopic());
        event.add(new Uid("meeting-" + m.getId() + "@wspolnie"));
        String where = m.getPlace() != null ? m.getPlace() + (m.getOnlineLink() != null ? " / " + m.getOnlineLink() : "")
                : m.getOnlineLink();
        event.add(new Location(where));
        event.add(new Description(m.getKind().label() + " – " + organiser + ". Prowadzi: " + m.getModerator() + "."));
        if (m.getOnlineLink() != null) {
            event.add(new Url(URI.create(m.getOnlineLink())));
        }
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Wspolnie//Spotkania z organizacjami//PL"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(event);
        return calendar.toString().getBytes(StandardCharsets.UTF_8);
    }
}
