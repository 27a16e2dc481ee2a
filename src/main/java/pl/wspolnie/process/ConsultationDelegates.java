package pl.wspolnie.process;

import static pl.wspolnie.process.Vars.bool;
import static pl.wspolnie.process.Vars.date;
import static pl.wspolnie.process.Vars.id;
import static pl.wspolnie.process.Vars.text;
import static pl.wspolnie.process.Vars.userInput;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import pl.wspolnie.consultation.ConsultationService;
import pl.wspolnie.consultation.ConsultationSummaries;
import pl.wspolnie.drafting.DraftStage;
import pl.wspolnie.drafting.DraftingService;
import pl.wspolnie.programme.ConsultationSchedule;
import pl.wspolnie.programme.ProgrammeService;

/** Service tasks and listeners of public-consultation.bpmn; a comment's own process is in {@link CommentResponseDelegates}. */
@Configuration
class ConsultationDelegates {

    private final ConsultationService consultations;
    private final DraftingService drafting;
    private final ProgrammeService programmes;
    private final CommentAnswers answers;
    private final ConsultationSchedule schedule;
    private final CommentResponses responses;

    ConsultationDelegates(ConsultationService consultations, DraftingService drafting, ProgrammeService programmes,
                          CommentAnswers answers, ConsultationSchedule schedule, CommentResponses responses) {
        this.answers = answers;
        this.responses = responses;
        this.schedule = schedule;
        this.consultations = consultations;
        this.drafting = drafting;
        this.programmes = programmes;
    }

    /** The approved draft waits for the consultation's planned start day; the coordination team's task shows it. */
    @Bean
    JavaDelegate scheduleConsultation() {
        return execution -> {
            Long programmeId = id(execution, "programmeId");
            var opening = schedule.schedule(programmeId);
            var programme = programmes.get(programmeId);
            var calendar = programme.getCalendar();
            execution.setVariable(TaskTitle.CONTEXT, TaskTitle.of(programme));
            execution.setVariable("consultationWaits", opening.waits());
            execution.setVariable("consultationOpens", Deadlines.of(opening.at()));
            execution.setVariable("consultationOpensText", Deadlines.dayText(opening.day()));
            execution.setVariable("plannedConsultationEndText", Deadlines.dayText(calendar.consultationEnd()));
            execution.setVariable("draftVersion", drafting.latestLabel(programmeId));
            execution.setVariable("draftUrl", drafting.latestUrl(programmeId));
            execution.removeVariable("newConsultationStart");
        };
    }

    /** The coordination team moved the start of a consultation still waiting to open. */
    @Bean
    JavaDelegate rescheduleConsultation() {
        return execution -> userInput(() -> schedule.reschedule(id(execution, "programmeId"),
                date(execution, "newConsultationStart")));
    }

    @Bean
    JavaDelegate openConsultation() {
        return execution -> {
            Long programmeId = id(execution, "programmeId");
            drafting.recordVersion(programmeId, DraftStage.CONSULTATION, null);
            var consultation = consultations.open(programmeId);
            execution.setVariable("consultationId", consultation.getId());
            execution.setVariable(TaskTitle.CONTEXT, TaskTitle.of(programmes.get(programmeId)));
            execution.setVariable("consultationEnd", Deadlines.of(consultation.getClosesAt()));
            execution.setVariable("consultationEndText", Deadlines.lastDayText(consultation.getClosesAt()));
            execution.setVariable("opinionDeadline", Deadlines.of(consultation.getOpinionDeadline()));
            execution.setVariable("opinionDeadlineText", Deadlines.lastDayText(consultation.getOpinionDeadline()));
            execution.setVariable("draftVersion", drafting.latestLabel(programmeId));
            // the opinion and the answers to comments are written about this version: their forms link to it
            execution.setVariable("draftUrl", drafting.latestUrl(programmeId));
        };
    }

    @Bean
    JavaDelegate closeCommentIntake() {
        return execution -> consultations.closeIntake(id(execution, "consultationId"));
    }

    @Bean
    JavaDelegate recordEarlyEnd() {
        return execution -> userInput(() -> consultations.endEarly(id(execution, "consultationId"),
                text(execution, "earlyEndReason"), bool(execution, "earlyEndConfirmed")));
    }

    @Bean
    JavaDelegate recordOpinion() {
        return execution -> userInput(() -> consultations.recordOpinion(id(execution, "consultationId"), text(execution, "opinionText")));
    }

    @Bean
    JavaDelegate recordOpinionWaived() {
        return execution -> consultations.recordOpinionWaived(id(execution, "consultationId"));
    }

    /**
     * One comment-response process per comment of the round (business key: the programme), each with the ids it
     * works on and the draft its form links. One process per comment, not a multi-instance here: the engine re-read
     * every open answer's executions on each answer, so the 300th answer cost 300 times the first.
     */
    @Bean
    JavaDelegate handOutComments() {
        return execution -> {
            Long programmeId = id(execution, "programmeId");
            Long consultationId = id(execution, "consultationId");
            List<Long> commentIds = consultations.commentIds(consultationId);
            for (Long commentId : commentIds) {
                responses.start(programmeId, consultationId, commentId, execution.getVariable("draftUrl"));
            }
            execution.setVariable("commentsToAnswer", commentIds.size());
        };
    }

    /**
     * When an administrator cancels the consultation (Cockpit) while comments wait for answers, their processes are
     * cancelled with it, as a call activity's would be: no team is left answering a consultation that no longer runs.
     */
    @Bean
    ExecutionListener withdrawCommentResponses() {
        return execution -> {
            if (!execution.isCanceled()) {
                return;
            }
            RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
            List<String> open = runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.COMMENT_RESPONSE)
                    .processInstanceBusinessKey(execution.getProcessBusinessKey())
                    .variableValueEquals("consultationId", id(execution, "consultationId")).list().stream()
                    .map(ProcessInstance::getId).toList();
            if (!open.isEmpty()) {
                runtime.deleteProcessInstances(open, "Konsultacje przerwane", false, true);
            }
        };
    }

    @Bean
    JavaDelegate summariseResponses(ConsultationSummaries texts) {
        return execution -> {
            execution.setVariable("responsesSummary", Shown.text(texts.responsesSummary(id(execution, "consultationId")),
                    "/api/programmes/" + id(execution, "programmeId") + "/consultation"));
            answers.show(execution, id(execution, "programmeId"), id(execution, "consultationId"));
        };
    }

    @Bean
    JavaDelegate recordSignOff() {
        return execution -> userInput(() -> consultations.signOff(id(execution, "consultationId"),
                bool(execution, "signOffConfirmed"), text(execution, "signOffNote")));
    }
}
