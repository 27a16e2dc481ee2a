package pl.wspolnie.proposal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import pl.wspolnie.programme.FundingMode;
import pl.wspolnie.programme.TaskForm;

@RestController
@RequestMapping("/api/programmes/{programmeId}/proposals")
@Tag(name = "Proposals", description = "Proposals of priority public tasks from departments and NGOs")
class ProposalController {

    private final ProposalService proposals;

    ProposalController(ProposalService proposals) {
        this.proposals = proposals;
    }

    record View(Long id, Long programmeId, String reference, String externalRef, SubmitterType submitterType, String submitterCode,
                String submitterName, String krs, String email, String sector, String title, String description,
                String justification, TaskForm form, FundingMode mode, BigDecimal plannedAmountPln, List<Integer> years,
                ProposalStatus status, String routedGroup, String triageReason, Long priorityTaskId,
                Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {
        static View of(Proposal p) {
            return of(p, true);
        }

        /** An NGO contact's e-mail is shown to the coordination team and administrators only. */
        static View of(Proposal p, boolean personal) {
            return new View(p.getId(), p.getProgrammeId(), p.getReference(), p.getExternalRef(), p.getSubmitterType(), p.getSubmitterCode(),
                    p.getSubmitterName(), p.getKrs(), personal ? p.getEmail() : null, p.getSectorCode(), p.getTitle(), p.getDescription(),
                    p.getJustification(), p.getTaskForm(), p.getFundingMode(), p.getPlannedAmount(),
                    p.getFirstYear() == p.getLastYear() ? List.of(p.getFirstYear()) : List.of(p.getFirstYear(), p.getLastYear()),
                    p.getStatus(), p.getRoutedGroup(), p.getTriageReason(), p.getPriorityTaskId(), p.getCreatedAt(),
                    p.getCreatedBy(), p.getUpdatedAt(), p.getUpdatedBy());
        }
    }

    @PostMapping
    @Operation(summary = "Submit a proposal during the call; repeating an externalRef returns the first proposal (200)")
    ResponseEntity<View> submit(@PathVariable Long programmeId, @RequestBody ProposalSubmission body) {
        proposals.requireOwnDepartment(body, "submitter.code");
        var result = pl.wspolnie.shared.Idempotent.submit(() -> proposals.submit(programmeId, body));
        var uri = URI.create("/api/programmes/" + programmeId + "/proposals/" + result.proposal().getId());
        return result.created()
                ? ResponseEntity.created(uri).body(View.of(result.proposal()))
                : ResponseEntity.status(HttpStatus.OK).location(uri).body(View.of(result.proposal()));
    }

    @GetMapping
    @Operation(summary = "Proposals of a cycle with their triage state")
    List<View> list(@PathVariable Long programmeId) {
        boolean personal = pl.wspolnie.security.PersonalData.visibleToCaller();
        return proposals.of(programmeId).stream().map(p -> View.of(p, personal)).toList();
    }

    @GetMapping("/{proposalId}")
    View get(@PathVariable Long programmeId, @PathVariable Long proposalId) {
        Proposal p = proposals.get(proposalId);
        if (!p.getProgrammeId().equals(programmeId)) {
            throw new pl.wspolnie.shared.NotFoundException("Proposal", proposalId);
        }
        return View.of(p, pl.wspolnie.security.PersonalData.visibleToCaller());
    }
}
