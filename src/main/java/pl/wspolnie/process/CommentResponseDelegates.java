package pl.wspolnie.process;

import static pl.wspolnie.process.Vars.choice;
import static pl.wspolnie.process.Vars.id;
import static pl.wspolnie.process.Vars.text;
import static pl.wspolnie.process.Vars.userInput;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import pl.wspolnie.consultation.CommentDecision;
import pl.wspolnie.consultation.ConsultationService;

/** Service tasks of comment-response.bpmn: one comment of a consultation, routed, answered and reported. */
@Configuration
class CommentResponseDelegates {

    private final ConsultationService consultations;
    private final CommentResponses responses;

    CommentResponseDelegates(ConsultationService consultations, CommentResponses responses) {
        this.consultations = consultations;
        this.responses = responses;
    }

    /** Shows the comment on the response form and names the team that answers it. */
    @Bean
    JavaDelegate routeComment() {
        return execution -> {
            var brief = consultations.brief(id(execution, "commentId"));
            String whole = "/api/programmes/" + id(execution, "programmeId") + "/consultation/comments (uwaga nr " + brief.commentId() + ")";
            execution.setVariable("responseGroup", brief.responseGroup());
            execution.setVariable(TaskTitle.CONTEXT, TaskTitle.shorten(brief.section(), 120) + " – " + brief.organisation());
            execution.setVariable("commentOrganisation", brief.organisation());
            execution.setVariable("commentSection", brief.section());
            execution.setVariable("commentCurrentText", Shown.text(brief.currentText(), whole));
            execution.setVariable("commentProposedText", Shown.text(brief.proposedText(), whole));
            execution.setVariable("commentJustification", Shown.text(brief.justification(), whole));
        };
    }

    @Bean
    JavaDelegate recordCommentResponse() {
        return execution -> userInput(() -> consultations.respond(id(execution, "commentId"),
                choice(execution, "commentDecision", CommentDecision.class), text(execution, "responseJustification")));
    }

    /**
     * After the last open comment of the round got its answer, the consultation goes on to sum the answers up. The
     * round is locked while its open comments are counted, so of two last answers given at once one always sees
     * the other's (ConsultationService.allAnswered); an answer finding nobody waiting (the other one already moved
     * the consultation on) changes nothing.
     */
    @Bean
    JavaDelegate reportAnswer() {
        return execution -> {
            Long consultationId = id(execution, "consultationId");
            if (consultations.allAnswered(consultationId)) {
                responses.moveOn(execution.getProcessBusinessKey(), consultationId);
            }
        };
    }
}
