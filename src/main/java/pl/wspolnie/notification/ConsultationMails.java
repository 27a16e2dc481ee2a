package pl.wspolnie.notification;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import pl.wspolnie.consultation.CommentDecision;
import pl.wspolnie.consultation.CommentReceived;
import pl.wspolnie.consultation.ConsultationOpened;
import pl.wspolnie.consultation.ConsultationSignedOff;
import pl.wspolnie.municipality.MunicipalityProfile;
import pl.wspolnie.programme.ProgrammeService;
import pl.wspolnie.subscription.SubscriptionService;

/**
 * Mail to the people outside the city hall who wait on a consultation: a receipt for each comment, the answers at
 * sign-off (one message per commenter's address, with every comment sent from it), and news of a round opening to
 * confirmed subscribers. Runs in the transaction of the consultation change.
 */
@Component
class ConsultationMails {

    private final MailQueue queue;
    private final ProgrammeService programmes;
    private final SubscriptionService subscriptions;
    private final MunicipalityProfile profile;
    private final NotificationProperties properties;
    private final PublicLinks links;
    private final ZoneId zone;

    ConsultationMails(MailQueue queue, ProgrammeService programmes, SubscriptionService subscriptions,
                      MunicipalityProfile profile, NotificationProperties properties, PublicLinks links, ZoneId municipalityZone) {
        this.queue = queue;
        this.programmes = programmes;
        this.subscriptions = subscriptions;
        this.profile = profile;
        this.properties = properties;
        this.links = links;
        this.zone = municipalityZone;
    }

    @EventListener
    void on(CommentReceived event) {
        Map<String, Object> model = common(event.programmeId(), event.round());
        model.put("externalRef", event.externalRef());
        model.put("organisation", event.organisation());
        model.put("contactPerson", event.contactPerson());
        model.put("section", event.section());
        model.put("receivedAt", MailTemplates.dayTime(event.receivedAt(), zone));
        model.put("lastDay", MailTemplates.lastDayBefore(event.consultationClosesAt(), zone));
        queue.queueReceipt(MailKind.COMMENT_RECEIVED, event.email(), model, event.programmeId(), "comment:" + event.commentId(),
                List.of());
    }

    @EventListener
    void on(ConsultationSignedOff event) {
        Map<String, List<Map<String, Object>>> byAddress = new LinkedHashMap<>();
        for (var answer : event.answers()) {
            Map<String, Object> item = new HashMap<>();
            item.put("externalRef", answer.externalRef());
            item.put("organisation", answer.organisation());
            item.put("section", answer.section());
            item.put("proposedText", answer.proposedText());
            item.put("decision", label(answer.decision()));
            item.put("justification", answer.justification());
            byAddress.computeIfAbsent(answer.email().strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(item);
        }
        byAddress.forEach((address, answers) -> {
            Map<String, Object> model = common(event.programmeId(), event.round());
            model.put("answers", answers);
            model.put("count", answers.size());
            queue.queue(MailKind.ANSWERS_PUBLISHED, address, model, event.programmeId(), "answers:" + event.consultationId());
        });
    }

    @EventListener
    void on(ConsultationOpened event) {
        for (var subscription : subscriptions.confirmed()) {
            Map<String, Object> model = common(event.programmeId(), event.round());
            model.put("firstDay", MailTemplates.day(event.openedAt(), zone));
            model.put("lastDay", MailTemplates.lastDayBefore(event.closesAt(), zone));
            model.put("consultationUrl", properties.consultationUrl());
            model.put("email", subscription.getEmail());
            model.put("unsubscribeUrl", links.unsubscribeLink(subscription.getToken()));
            queue.queue(MailKind.CONSULTATION_OPENED, subscription.getEmail(), model, event.programmeId(),
                    "consultation-opened:" + event.consultationId());
        }
    }

    private Map<String, Object> common(Long programmeId, int round) {
        Map<String, Object> model = new HashMap<>();
        model.put("municipality", profile.name());
        model.put("programmeTitle", programmes.get(programmeId).getTitle());
        model.put("round", round);
        return model;
    }

    static String label(CommentDecision decision) {
        return decision == null ? "bez rozstrzygnięcia" : decision.label();
    }
}
