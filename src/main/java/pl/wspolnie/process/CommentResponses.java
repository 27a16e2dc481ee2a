package pl.wspolnie.process;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.consultation.ConsultationService;
import pl.wspolnie.shared.ConflictException;

/**
 * The comment-response processes of a consultation round: started one per comment, and the consultation moved on
 * once none is left unanswered. Also the repair when an administrator cancelled an answer's process on its own
 * (Cockpit): the comment keeps no team answering it and the consultation would wait for ever, so
 * {@link #resume} gives every unanswered comment without a running process a new one.
 */
@Component
public class CommentResponses {

    /** What {@link #resume} did: the comments that got a new process, how many still wait, whether the round moved on. */
    public record Resumed(Long consultationId, List<Long> restartedComments, int unanswered, boolean movedOn) {
    }

    private final RuntimeService runtime;
    private final ConsultationService consultations;

    CommentResponses(RuntimeService runtime, ConsultationService consultations) {
        this.runtime = runtime;
        this.consultations = consultations;
    }

    /** Starts the process in which the responsible team answers one comment (business key: the programme). */
    void start(Long programmeId, Long consultationId, Long commentId, Object draftUrl) {
        runtime.startProcessInstanceByKey(ProcessKeys.COMMENT_RESPONSE, String.valueOf(programmeId), Variables.createVariables()
                .putValue("programmeId", programmeId).putValue("consultationId", consultationId)
                .putValue("commentId", commentId).putValue("draftUrl", draftUrl));
    }

    /** Moves the round's consultation on from its wait for the answers; nothing when it no longer waits. */
    void moveOn(String businessKey, Long consultationId) {
        runtime.createMessageCorrelation(ProcessKeys.COMMENTS_ANSWERED_MESSAGE)
                .processInstanceBusinessKey(businessKey)
                .processInstanceVariableEquals("consultationId", consultationId)
                .correlateAllWithResult();
    }

    /**
     * For the programme's consultation waiting for answers: a new process for each unanswered comment that has none
     * running, or the consultation moved on if no comment is left unanswered. The round is locked while it is
     * looked at, so two repairs at once start each missing process once. 409 when no consultation waits for answers.
     */
    @Transactional
    public Resumed resume(Long programmeId) {
        String businessKey = String.valueOf(programmeId);
        ProcessInstance waiting = waitingForAnswers().processInstanceBusinessKey(businessKey).singleResult();
        if (waiting == null) {
            throw new ConflictException("No consultation of programme " + programmeId + " waits for answers to its comments");
        }
        Long consultationId = consultationId(waiting);
        List<Long> unanswered = consultations.unansweredLocked(consultationId);
        if (unanswered.isEmpty()) {
            moveOn(businessKey, consultationId);
            return new Resumed(consultationId, List.of(), 0, true);
        }
        List<Long> restarted = withoutProcess(waiting, consultationId, unanswered);
        Object draftUrl = runtime.getVariable(waiting.getId(), "draftUrl");
        restarted.forEach(commentId -> start(programmeId, consultationId, commentId, draftUrl));
        return new Resumed(consultationId, restarted, unanswered.size(), false);
    }

    /**
     * How many comments, over every consultation waiting for its answers, have no process answering them: what
     * {@link #resume} would restart (the operators' gauge wspolnie_comments_unassigned).
     */
    @Transactional(readOnly = true)
    public long unassigned() {
        long count = 0;
        for (ProcessInstance waiting : waitingForAnswers().list()) {
            Long consultationId = consultationId(waiting);
            count += withoutProcess(waiting, consultationId, consultations.unanswered(consultationId)).size();
        }
        return count;
    }

    private ProcessInstanceQuery waitingForAnswers() {
        return runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.CONSULTATION)
                .activityIdIn(ProcessKeys.ALL_COMMENTS_ANSWERED).active();
    }

    private Long consultationId(ProcessInstance consultation) {
        return ((Number) runtime.getVariable(consultation.getId(), "consultationId")).longValue();
    }

    /** Those of the round's unanswered comments that no running comment-response process answers. */
    private List<Long> withoutProcess(ProcessInstance consultation, Long consultationId, List<Long> unanswered) {
        Set<Long> answering = new HashSet<>();
        for (ProcessInstance running : runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.COMMENT_RESPONSE)
                .processInstanceBusinessKey(consultation.getBusinessKey()).variableValueEquals("consultationId", consultationId).list()) {
            answering.add(((Number) runtime.getVariable(running.getId(), "commentId")).longValue());
        }
        return unanswered.stream().filter(id -> !answering.contains(id)).toList();
    }
}
