package pl.wspolnie.process;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Consultation", description = "Public consultation (konsultacje): comments, answers, the Public Benefit Council opinion")
class CommentResponsesController {

    private final CommentResponses responses;

    CommentResponsesController(CommentResponses responses) {
        this.responses = responses;
    }

    @PostMapping("/api/programmes/{programmeId}/consultation/comment-responses/resume")
    @Operation(summary = "Repair after an answer's process was cancelled on its own (Cockpit): every unanswered comment of the "
            + "round without a running comment-response process gets a new one, or the consultation moves on when none is "
            + "left unanswered (coordination team, admins; 409 when no consultation waits for answers)")
    CommentResponses.Resumed resume(@PathVariable Long programmeId) {
        return responses.resume(programmeId);
    }
}
