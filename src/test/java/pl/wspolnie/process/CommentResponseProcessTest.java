package pl.wspolnie.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import pl.wspolnie.consultation.CommentDecision;
import pl.wspolnie.consultation.CommentSubmission;
import pl.wspolnie.consultation.ConsultationService;
import pl.wspolnie.programme.NewProgramme;
import pl.wspolnie.programme.Programme;
import pl.wspolnie.programme.ProgrammeKind;
import pl.wspolnie.programme.ProgrammeService;
import pl.wspolnie.shared.ConflictException;
import pl.wspolnie.support.Jobs;
import pl.wspolnie.support.ProcessTest;

/**
 * comment-response.bpmn: one process per consultation comment, started by the consultation, which waits until the
 * last of them is answered. What PublicConsultationProcessTest leaves out: two last answers given at the same moment,
 * a consultation cancelled while comments wait for answers, and the repair after one answer's process was cancelled.
 */
@ProcessTest
class CommentResponseProcessTest {

    private static final String ANSWER = "responseJustification";

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    ManagementService management;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    ConsultationService consultations;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    CommentResponses responses;
    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    private Programme programme;
    private ProcessInstance consultation;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(processEngine);
    }

    @Test
    void theLastTwoAnswersGivenAtTheSameMomentMoveTheConsultationOn() throws Exception {
        List<Task> answers = consultationWithComments("at once", 2);
        CountDownLatch firstCounted = new CountDownLatch(1);
        CountDownLatch firstMayCommit = new CountDownLatch(1);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            // the first answer is recorded and has counted one comment still open, but has not committed yet
            CompletableFuture<Void> first = CompletableFuture.runAsync(() -> new TransactionTemplate(transactions).executeWithoutResult(s -> {
                tasks.complete(answers.get(0).getId(), Map.of("commentDecision", "ACCEPTED", ANSWER, "Uwzględniamy."));
                firstCounted.countDown();
                await(firstMayCommit);
            }), two);
            assertThat(firstCounted.await(30, TimeUnit.SECONDS)).isTrue();
            // the second waits for the round the first holds, instead of counting the first comment as still open
            CompletableFuture<Void> second = CompletableFuture.runAsync(() -> tasks.complete(answers.get(1).getId(),
                    Map.of("commentDecision", "REJECTED", ANSWER, "Nie uwzględniamy.")), two);
            assertThatThrownBy(() -> second.get(500, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
            firstMayCommit.countDown();
            first.get(30, TimeUnit.SECONDS);
            second.get(30, TimeUnit.SECONDS);
        } finally {
            firstMayCommit.countDown();
            two.shutdownNow();
        }

        assertThat(consultation).isWaitingAt("SignOffResponses").hasPassed("AllCommentsAnswered");
        assertThat(consultations.comments(programme.getId())).extracting(c -> c.getDecision())
                .containsExactlyInAnyOrder(CommentDecision.ACCEPTED, CommentDecision.REJECTED);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("comment-response")
                .processInstanceBusinessKey(businessKey()).count()).isZero();
    }

    @Test
    void cancellingTheConsultationWithdrawsTheAnswersItStillWaitsFor() {
        List<Task> answers = consultationWithComments("cancelled", 3);
        tasks.complete(answers.get(0).getId(), Map.of("commentDecision", "ACCEPTED", ANSWER, "Uwzględniamy."));
        assertThat(consultation).isWaitingAt("AllCommentsAnswered");

        // an administrator cancels the consultation in Cockpit
        runtime.deleteProcessInstance(consultation.getId(), "Przerwane przez administratora");

        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("comment-response")
                .processInstanceBusinessKey(businessKey()).count()).isZero();
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(businessKey()).count()).isZero();
        assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("comment-response")
                .processInstanceBusinessKey(businessKey()).list())
                .extracting(h -> h.getDeleteReason()).containsExactlyInAnyOrder(null, "Konsultacje przerwane", "Konsultacje przerwane");
    }

    @Test
    void anAnswerCancelledOnItsOwnGetsANewProcessFromTheRepair() {
        List<Task> answers = consultationWithComments("repaired", 3);
        tasks.complete(answers.get(0).getId(), Map.of("commentDecision", "ACCEPTED", ANSWER, "Uwzględniamy."));
        double othersUnassigned = unassigned();   // other tests' programmes share the database
        // an administrator cancels one answer's process by mistake (Cockpit, custom listeners skipped)
        String cancelled = answers.get(1).getProcessInstanceId();
        Object commentId = runtime.getVariable(cancelled, "commentId");
        runtime.deleteProcessInstance(cancelled, "Anulowane przez pomyłkę", true, true);
        assertThat(consultation).isWaitingAt("AllCommentsAnswered");
        assertThat(unassigned()).as("the operators' gauge").isEqualTo(othersUnassigned + 1);

        var resumed = responses.resume(programme.getId());
        assertThat(unassigned()).isEqualTo(othersUnassigned);
        assertThat(resumed.restartedComments()).containsExactly((Long) commentId);
        assertThat(resumed.unanswered()).isEqualTo(2);
        assertThat(resumed.movedOn()).isFalse();
        assertThat(responses.resume(programme.getId()).restartedComments()).as("a second repair starts nothing").isEmpty();

        List<Task> open = tasks.createTaskQuery().processDefinitionKey("comment-response").processInstanceBusinessKey(businessKey())
                .taskDefinitionKey("RespondToComment").list();
        assertThat(open).extracting(t -> runtime.getVariable(t.getProcessInstanceId(), "commentId"))
                .containsExactlyInAnyOrder(commentId, runtime.getVariable(answers.get(2).getProcessInstanceId(), "commentId"));
        open.forEach(t -> tasks.complete(t.getId(), Map.of("commentDecision", "REJECTED", ANSWER, "Nie uwzględniamy.")));
        assertThat(consultation).isWaitingAt("SignOffResponses");
        assertThatThrownBy(() -> responses.resume(programme.getId())).isInstanceOf(ConflictException.class);
    }

    @Test
    void aRepairFindingEveryCommentAnsweredMovesTheConsultationOn() {
        List<Task> answers = consultationWithComments("answered, then cancelled", 1);
        // the answer was recorded, but its process was cancelled before it could report it
        Long commentId = (Long) runtime.getVariable(answers.get(0).getProcessInstanceId(), "commentId");
        consultations.respond(commentId, CommentDecision.PARTLY_ACCEPTED, "Częściowo.");
        runtime.deleteProcessInstance(answers.get(0).getProcessInstanceId(), "Anulowane przez pomyłkę", true, true);
        assertThat(consultation).isWaitingAt("AllCommentsAnswered");

        var resumed = responses.resume(programme.getId());

        assertThat(resumed.movedOn()).isTrue();
        assertThat(resumed.restartedComments()).isEmpty();
        assertThat(consultation).isWaitingAt("SignOffResponses");
    }

    /** The operators' gauge wspolnie_comments_unassigned (read afresh: tests sample every time). */
    private double unassigned() {
        return meters.get("wspolnie.comments.unassigned").gauge().value();
    }

    /** A programme whose consultation closed with {@code count} comments and waits for their answers. */
    private List<Task> consultationWithComments(String name, int count) {
        programme = programmes.create(new NewProgramme(ProgrammeKind.ANNUAL, 2031, 2031,
                "Program współpracy 2031 (odpowiedzi, " + name + ")", null));
        consultation = runtime.startProcessInstanceByKey("public-consultation", businessKey(), Map.of("programmeId", programme.getId()));
        Jobs.fire(management, consultation.getId(), "ConsultationStartReached");
        Jobs.fire(management, consultation.getId(), "OpenConsultation");
        for (int i = 1; i <= count; i++) {
            consultations.submitComment(programme.getId(), new CommentSubmission("R-" + i + "-" + UUID.randomUUID(),
                    "Fundacja nr " + i, null, "Anna Nowak", "anna@example.org", "§ 3", null, null,
                    "Nowe brzmienie nr " + i + ".", "Uzasadnienie nr " + i + "."));
        }
        Jobs.fire(management, consultation.getId(), "ConsultationWindowClosed");
        Jobs.fire(management, consultation.getId(), "OpinionPeriodElapsed");
        assertThat(consultation).isWaitingAt("AllCommentsAnswered");
        List<Task> answers = tasks.createTaskQuery().processDefinitionKey("comment-response").processInstanceBusinessKey(businessKey())
                .taskDefinitionKey("RespondToComment").list();
        assertThat(answers).hasSize(count);
        return answers;
    }

    private String businessKey() {
        return String.valueOf(programme.getId());
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never let the first answer commit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
