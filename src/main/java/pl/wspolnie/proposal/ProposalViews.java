package pl.wspolnie.proposal;

import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.municipality.MunicipalityProfile;
import pl.wspolnie.programme.PriorityTask;
import pl.wspolnie.programme.Programme;
import pl.wspolnie.programme.ProgrammeService;
import pl.wspolnie.security.Groups;
import pl.wspolnie.shared.Money;
import pl.wspolnie.shared.NotFoundException;

/** Presenter: a proposal as the triaging team's form shows it, and as anyone holding its reference number may see it. */
@Component
@Transactional(readOnly = true)
public class ProposalViews {

    private final Proposals proposals;
    private final ProgrammeService programmes;
    private final MunicipalityProfile profile;

    ProposalViews(Proposals proposals, ProgrammeService programmes, MunicipalityProfile profile) {
        this.proposals = proposals;
        this.programmes = programmes;
        this.profile = profile;
    }

    /** What a triaging team member needs to see on the form. */
    public record Brief(String title, String submitter, String sectorName, String description, String justification,
                        String formLabel, String modeLabel, String amountText, String years, boolean sectorKnown) {
    }

    public Brief brief(Long proposalId) {
        Proposal p = proposals.findById(proposalId).orElseThrow(() -> new NotFoundException("Proposal", proposalId));
        String submitter = p.getSubmitterType() == SubmitterType.DEPARTMENT
                ? profile.department(p.getSubmitterCode()).map(d -> d.name() + " (" + d.code() + ")").orElse(p.getSubmitterCode())
                : p.getSubmitterName() + (p.getKrs() != null ? ", KRS " + p.getKrs() : "")
                        + (p.getEmail() != null ? ", " + p.getEmail() : "");
        // officials know the area by its name; its code is the system's
        String sector = profile.sector(p.getSectorCode()).map(s -> s.name())
                .orElse(p.getSectorCode() + " – sektor spoza profilu gminy");
        String amount = p.getPlannedAmount() == null ? "—" : Money.pln(p.getPlannedAmount());
        String years = p.getFirstYear() == p.getLastYear() ? String.valueOf(p.getFirstYear())
                : p.getFirstYear() + "–" + p.getLastYear();
        return new Brief(p.getTitle(), submitter, sector, p.getDescription(), p.getJustification(), p.getTaskForm().label(),
                p.getFundingMode() == null ? "—" : p.getFundingMode().label(), amount, years, programmes.hasSector(p.getSectorCode()));
    }

    // ---- public status by reference number ------------------------------------------------------------

    /**
     * What anyone holding a proposal's reference number may learn: where it stands, which team handles it and
     * how it was decided. Nothing about who submitted it.
     */
    public record PublicStatus(String reference, String programmeTitle, String title, String sectorName,
                               Instant receivedAt, ProposalStatus status, String team, String taskTitle, String reason) {
    }

    /** Whether the text can be a reference number at all (before looking it up). */
    public static boolean wellFormedReference(String typed) {
        return ProposalReference.normalise(typed).isPresent();
    }

    public Optional<PublicStatus> publicStatus(String typedReference) {
        return ProposalReference.normalise(typedReference).flatMap(proposals::findByReference).map(p -> {
            Programme programme = programmes.get(p.getProgrammeId());
            String taskTitle = p.getPriorityTaskId() == null ? null : programmes.priorityTasks(p.getProgrammeId()).stream()
                    .filter(t -> t.getId().equals(p.getPriorityTaskId())).map(PriorityTask::getTitle).findFirst().orElse(null);
            String sector = profile.sector(p.getSectorCode()).map(MunicipalityProfile.Sector::name).orElse(null);
            return new PublicStatus(p.getReference(), programme.getTitle(), p.getTitle(), sector, p.getCreatedAt(),
                    p.getStatus(), teamName(p.getRoutedGroup()), taskTitle, p.getTriageReason());
        });
    }

    /** The Polish name of the team behind a Tasklist group: the coordination team or a sectoral team. */
    private String teamName(String group) {
        if (group == null) {
            return null;
        }
        if (Groups.COORDINATION_TEAM.equals(group)) {
            return Route.COORDINATION.label();
        }
        return profile.sectors().stream().filter(s -> s.group().equals(group)).findFirst()
                .map(s -> Route.SECTOR_TEAM.label() + " „" + s.name() + "”").orElse(group);
    }
}
