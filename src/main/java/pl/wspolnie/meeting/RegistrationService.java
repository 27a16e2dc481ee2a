package pl.wspolnie.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.municipality.MunicipalityProfile;
import pl.wspolnie.shared.ConflictException;
import pl.wspolnie.shared.FieldErrors;
import pl.wspolnie.shared.InvalidInputException;
import pl.wspolnie.shared.NotFoundException;

/**
 * Registration for a published meeting: a seat while there is one, the waiting list after; one active registration
 * per e-mail address and meeting (a repeat returns it); cancellation by the secret link of the e-mail, which gives the
 * seat to whoever waited longest; reminders the day before, each sent once. An address that registers again after
 * cancelling gets a new registration (number, link, place at the end of the queue); the cancelled one stays as it was,
 * so its old link cancels nothing new and the teams see both.
 */
@Service
@Transactional
public class RegistrationService {

    public record Registered(Registration registration, boolean created) {
    }

    private final Meetings meetings;
    private final Registrations registrations;
    private final MunicipalityProfile profile;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ZoneId zone;

    RegistrationService(Meetings meetings, Registrations registrations, MunicipalityProfile profile,
                        ApplicationEventPublisher events, Clock clock, ZoneId municipalityZone) {
        this.meetings = meetings;
        this.registrations = registrations;
        this.profile = profile;
        this.events = events;
        this.clock = clock;
        this.zone = municipalityZone;
    }

    /** Every field error of the form, empty when it would be taken. */
    public static List<InvalidInputException.FieldError> validate(RegistrationForm f) {
        FieldErrors e = new FieldErrors();
        e.required(f.organisation(), "organisation").maxLength(f.organisation(), RegistrationForm.MAX_ORGANISATION, "organisation")
                .required(f.person(), "person").maxLength(f.person(), RegistrationForm.MAX_PERSON, "person")
                .required(f.email(), "email").maxLength(f.email(), RegistrationForm.MAX_EMAIL, "email")
                .maxLength(f.needs(), RegistrationForm.MAX_NEEDS, "needs");
        e.email(f.email(), "email").krs(f.krs(), "krs");
        return e.list();
    }

    /** 409 when the meeting takes no registrations now (not published, deadline passed, held). */
    @Transactional(readOnly = true)
    public Meeting requireOpen(Long meetingId) {
        Meeting meeting = meetings.findById(meetingId).orElseThrow(() -> new NotFoundException("Meeting", meetingId));
        if (meeting.getStatus() == MeetingStatus.PLANNED) {
            throw new NotFoundException("Meeting", meetingId);
        }
        if (!meeting.registrationOpen(clock.instant())) {
            throw new ConflictException("Registration for meeting " + meetingId + " is closed");
        }
        return meeting;
    }

    public Registered register(Long meetingId, RegistrationForm form) {
        new FieldErrors().addAll(validate(form)).throwIfAny();
        requireOpen(meetingId);
        Meeting meeting = meetings.lockById(meetingId).orElseThrow();
        Instant now = clock.instant();
        Optional<Registration> active = registrations.findByMeetingIdAndActiveKey(meetingId, Registration.key(form.email()));
        if (active.isPresent()) {
            return new Registered(active.get(), false);
        }
        RegistrationStatus status = registrations.countByMeetingIdAndStatus(meetingId, RegistrationStatus.CONFIRMED)
                < meeting.getCapacity() ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITING;
        Registration registration = registrations.save(new Registration(meetingId, reference(meeting), form, status,
                References.token(), now));
        events.publishEvent(new RegistrationMail(registration.getId(), status == RegistrationStatus.CONFIRMED
                ? RegistrationMail.Reason.CONFIRMED : RegistrationMail.Reason.WAITING));
        return new Registered(registration, true);
    }

    /**
     * Cancels by the link's token (a second click changes nothing); a freed seat goes to the first on the waiting
     * list. 409 once the meeting has started.
     */
    public Registration cancel(String token) {
        Registration registration = byToken(token).orElseThrow(() -> new NotFoundException("Registration", "by token"));
        Meeting meeting = meetings.lockById(registration.getMeetingId()).orElseThrow();
        if (registration.getStatus() == RegistrationStatus.CANCELLED) {
            return registration;
        }
        Instant now = clock.instant();
        if (!now.isBefore(meeting.getStartsAt()) || meeting.getStatus() == MeetingStatus.HELD) {
            throw new ConflictException("Meeting " + meeting.getId() + " has already started");
        }
        boolean hadSeat = registration.getStatus() == RegistrationStatus.CONFIRMED;
        registration.moveTo(RegistrationStatus.CANCELLED, now);
        events.publishEvent(new RegistrationMail(registration.getId(), RegistrationMail.Reason.CANCELLED));
        if (hadSeat) {
            registrations.findByMeetingIdAndStatusOrderByStatusAtAscIdAsc(meeting.getId(), RegistrationStatus.WAITING)
                    .stream().findFirst().ifPresent(next -> {
                        next.moveTo(RegistrationStatus.CONFIRMED, now);
                        events.publishEvent(new RegistrationMail(next.getId(), RegistrationMail.Reason.PROMOTED));
                    });
        }
        return registration;
    }

    /**
     * Reminds every confirmed registrant of a meeting that starts tomorrow (in the municipality's zone), once:
     * a registration reminded is marked and never reminded again. Returns how many were reminded.
     */
    public int sendDueReminders() {
        Instant now = clock.instant();
        LocalDate tomorrow = LocalDate.ofInstant(now, zone).plusDays(1);
        List<Registration> due = registrations.dueForReminder(tomorrow.atStartOfDay(zone).toInstant(),
                tomorrow.plusDays(1).atStartOfDay(zone).toInstant());
        for (Registration r : due) {
            r.reminded(now);
            events.publishEvent(new RegistrationMail(r.getId(), RegistrationMail.Reason.REMINDER));
        }
        return due.size();
    }

    @Transactional(readOnly = true)
    public Optional<Registration> byReference(String reference) {
        return reference == null ? Optional.empty() : registrations.findByReference(reference.strip().toUpperCase(java.util.Locale.ROOT));
    }

    @Transactional(readOnly = true)
    public Optional<Registration> byToken(String token) {
        return token == null || token.isBlank() ? Optional.empty() : registrations.findByCancelToken(token.strip());
    }

    /** Every registration of a meeting with personal data: for the meeting's team and the coordination team only. */
    @Transactional(readOnly = true)
    public List<Registration> of(Long meetingId) {
        return registrations.findByMeetingIdOrderByIdAsc(meetingId);
    }

    @Transactional(readOnly = true)
    public long seatsTaken(Long meetingId) {
        return registrations.countByMeetingIdAndStatus(meetingId, RegistrationStatus.CONFIRMED);
    }

    /** The message due to a registrant, with the calendar file for a confirmed seat. */
    @Transactional(readOnly = true)
    public RegistrationLetter letter(Long registrationId, RegistrationMail.Reason reason) {
        Registration r = registrations.findById(registrationId).orElseThrow(() -> new NotFoundException("Registration", registrationId));
        Meeting m = meetings.findById(r.getMeetingId()).orElseThrow();
        boolean seat = reason == RegistrationMail.Reason.CONFIRMED || reason == RegistrationMail.Reason.PROMOTED;
        return new RegistrationLetter(m.getProgrammeId(), r.getReference(), r.getEmail(), r.getPerson(), r.getOrganisation(),
                m.getKind().label(), m.getTopic(), MeetingDates.when(m.getStartsAt(), zone), MeetingDates.clock(m.getEndsAt(), zone),
                m.getPlace(), m.getOnlineLink(), m.getModerator(), r.getNeeds(), r.getCancelToken(),
                seat ? MeetingCalendar.FILE_NAME : null, seat ? MeetingCalendar.CONTENT_TYPE : null,
                seat ? MeetingCalendar.ics(m, profile.name()) : null);
    }

    private String reference(Meeting meeting) {
        int year = LocalDate.ofInstant(meeting.getStartsAt(), zone).getYear();
        String reference;
        do {
            reference = References.registration(year);
        } while (registrations.existsByReference(reference));
        return reference;
    }
}
