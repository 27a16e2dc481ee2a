package pl.wspolnie.consultation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import pl.wspolnie.security.PersonalData;
import pl.wspolnie.shared.NotFoundException;

@RestController
@RequestMapping("/api/programmes/{programmeId}/consultation")
@Tag(name = "Consultation", description = "Public consultation (konsultacje): comments, answers, the Public Benefit Council opinion")
class ConsultationController {

    private final ConsultationService consultations;

    ConsultationController(ConsultationService consultations) {
        this.consultations = consultations;
    }

    record CommentView(Long id, String externalRef, int round, String organisation, String krs, String contactPerson,
                       String email, String section, String sector, String currentText, String proposedText,
                       String justification, CommentDecision decision, String responseJustification,
                       Instant respondedAt, String respondedBy, Instant createdAt, String createdBy, CommentChannel channel) {
    }

    record OpinionView(OpinionStatus status, String text, Instant recordedAt, String recordedBy) {
    }

    record ConsultationView(Long id, int round, ConsultationStatus status, Instant openedAt, Instant closesAt,
                            Instant opinionDeadline, Instant intakeClosedAt, Instant signedOffAt, String signedOffBy,
                            OpinionView opinion, Instant endedEarlyAt, String endedEarlyBy, String earlyEndReason) {
    }

    @GetMapping
    @Operation(summary = "The latest consultation round: window, status and the Public Benefit Council opinion")
    ConsultationView current(@PathVariable Long programmeId) {
        Consultation c = consultations.current(programmeId)
                .orElseThrow(() -> new NotFoundException("Consultation of programme", programmeId));
        OpinionView opinion = consultations.opinion(c.getId())
                .map(o -> new OpinionView(o.getStatus(), o.getOpinionText(), o.getRecordedAt(), o.getRecordedBy())).orElse(null);
        return new ConsultationView(c.getId(), c.getRound(), c.getStatus(), c.getOpenedAt(), c.getClosesAt(),
                c.getOpinionDeadline(), c.getIntakeClosedAt(), c.getSignedOffAt(), c.getSignedOffBy(), opinion,
                c.getEndedEarlyAt(), c.getEndedEarlyBy(), c.getEarlyEndReason());
    }

    @PostMapping("/comments")
    @Operation(summary = "Submit a comment while consultation is open (409 otherwise); a repeated externalRef returns the first (200)")
    ResponseEntity<CommentView> submit(@PathVariable Long programmeId, @RequestBody CommentSubmission body) {
        var result = pl.wspolnie.shared.Idempotent.submit(() -> consultations.submitComment(programmeId, body));
        var view = view(result.comment());
        var uri = URI.create("/api/programmes/" + programmeId + "/consultation/comments/" + view.id());
        return result.created() ? ResponseEntity.created(uri).body(view)
                : ResponseEntity.status(HttpStatus.OK).location(uri).body(view);
    }

    @GetMapping("/comments")
    @Operation(summary = "All comments of the cycle with their answers")
    List<CommentView> comments(@PathVariable Long programmeId) {
        boolean personal = PersonalData.visibleToCaller();
        return consultations.comments(programmeId).stream().map(c -> view(c, personal)).toList();
    }

    /** The submitter's own answer shows what it sent; lists show contact person and e-mail to the coordination team only. */
    private CommentView view(ConsultationComment c) {
        return view(c, true);
    }

    private CommentView view(ConsultationComment c, boolean personal) {
        int round = consultations.get(c.getConsultationId()).getRound();
        return new CommentView(c.getId(), c.getExternalRef(), round, c.getOrganisation(), c.getKrs(),
                personal ? c.getContactPerson() : null, personal ? c.getEmail() : null, c.getSection(), c.getSectorCode(), c.getCurrentText(), c.getProposedText(), c.getJustification(),
                c.getDecision(), c.getResponseJustification(), c.getRespondedAt(), c.getRespondedBy(), c.getCreatedAt(),
                c.getCreatedBy(), c.getChannel());
    }
}
