package pl.wspolnie.notification;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import pl.wspolnie.meeting.RegistrationLetter;
import pl.wspolnie.meeting.RegistrationMail;
import pl.wspolnie.meeting.RegistrationService;
import pl.wspolnie.municipality.MunicipalityProfile;

/**
 * Mail to people registered for a meeting: the confirmation with the calendar file, the waiting list, a seat freed
 * for them, the reminder the day before, the cancellation. Every message links to cancelling by the secret token.
 * Runs in the transaction of the registration change.
 */
@Component
class MeetingMails {

    private final MailQueue queue;
    private final RegistrationService registrations;
    private final MunicipalityProfile profile;
    private final PublicLinks links;

    MeetingMails(MailQueue queue, RegistrationService registrations, MunicipalityProfile profile, PublicLinks links) {
        this.queue = queue;
        this.registrations = registrations;
        this.profile = profile;
        this.links = links;
    }

    @EventListener
    void on(RegistrationMail event) {
        RegistrationLetter letter = registrations.letter(event.registrationId(), event.reason());
        Map<String, Object> model = new HashMap<>();
        model.put("municipality", profile.name());
        model.put("reference", letter.reference());
        model.put("person", letter.person());
        model.put("organisation", letter.organisation());
        model.put("kind", letter.kind());
        model.put("topic", letter.topic());
        model.put("when", letter.when());
        model.put("until", letter.until());
        model.put("place", letter.place());
        model.put("onlineLink", letter.onlineLink());
        model.put("moderator", letter.moderator());
        model.put("needs", letter.needs());
        model.put("promoted", event.reason() == RegistrationMail.Reason.PROMOTED);
        model.put("cancelUrl", links.page("/spotkania/rezygnacja/" + letter.cancelToken()));
        MailKind kind = switch (event.reason()) {
            case CONFIRMED, PROMOTED -> MailKind.MEETING_REGISTERED;
            case WAITING -> MailKind.MEETING_WAITING;
            case REMINDER -> MailKind.MEETING_REMINDER;
            case CANCELLED -> MailKind.MEETING_CANCELLED;
        };
        List<MailFile> files = letter.ics() == null ? List.of()
                : List.of(new MailFile(letter.icsFileName(), letter.icsContentType(), letter.ics()));
        String reference = "meeting-registration:" + event.registrationId() + ":" + event.reason().name().toLowerCase(java.util.Locale.ROOT);
        // the answer to a registration form is a receipt (at most one per address per window); later news is not
        if (event.reason() == RegistrationMail.Reason.CONFIRMED || event.reason() == RegistrationMail.Reason.WAITING) {
            queue.queueReceipt(kind, letter.email(), model, letter.programmeId(), reference, files);
        } else {
            queue.queue(kind, letter.email(), model, letter.programmeId(), reference, files);
        }
    }
}
