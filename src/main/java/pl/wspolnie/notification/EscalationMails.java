package pl.wspolnie.notification;

import java.util.HashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import pl.wspolnie.municipality.MunicipalityProfile;
import pl.wspolnie.programme.AdoptionDeadlineWarning;
import pl.wspolnie.programme.ProgrammeService;
import pl.wspolnie.programme.SectionOverdue;
import pl.wspolnie.programme.StageLabels;
import pl.wspolnie.security.Groups;

/**
 * Escalations and deadline warnings go to every member of the coordination team at once, not in the hourly
 * digest: a section that passed its due date, the adoption deadline approaching or missed.
 */
@Component
class EscalationMails {

    private final MailQueue queue;
    private final Recipients recipients;
    private final ProgrammeService programmes;
    private final MunicipalityProfile profile;
    private final PublicLinks links;

    EscalationMails(MailQueue queue, Recipients recipients, ProgrammeService programmes, MunicipalityProfile profile,
                    PublicLinks links) {
        this.queue = queue;
        this.recipients = recipients;
        this.programmes = programmes;
        this.profile = profile;
        this.links = links;
    }

    @EventListener
    void on(SectionOverdue event) {
        Map<String, Object> model = common(event.programmeId());
        model.put("sectorCode", event.sectorCode());
        model.put("sectorName", event.sectorName());
        model.put("teamName", recipients.teamName(event.candidateGroup()));
        model.put("dueDate", MailTemplates.day(event.dueDate()));
        toCoordinationTeam(MailKind.SECTION_OVERDUE, model, event.programmeId(), "section-overdue:" + event.sectionId());
    }

    @EventListener
    void on(AdoptionDeadlineWarning event) {
        Map<String, Object> model = common(event.programmeId());
        model.put("councilDeadline", MailTemplates.day(event.councilDeadline()));
        model.put("council", profile.council());
        model.put("stage", StageLabels.of(event.stage(), profile));
        MailKind kind = event.missed() ? MailKind.DEADLINE_MISSED : MailKind.DEADLINE_APPROACHING;
        toCoordinationTeam(kind, model, event.programmeId(), kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + event.programmeId());
    }

    private void toCoordinationTeam(MailKind kind, Map<String, Object> model, Long programmeId, String reference) {
        for (String address : recipients.addresses(Groups.COORDINATION_TEAM)) {
            queue.queue(kind, address, model, programmeId, reference);
        }
    }

    private Map<String, Object> common(Long programmeId) {
        Map<String, Object> model = new HashMap<>();
        model.put("municipality", profile.name());
        model.put("programmeId", programmeId);
        model.put("programmeTitle", programmes.get(programmeId).getTitle());
        model.put("tasklistUrl", links.tasklist());
        return model;
    }
}
