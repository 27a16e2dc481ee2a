package pl.wspolnie.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.consultation.CommentChannel;
import pl.wspolnie.consultation.CommentDecision;
import pl.wspolnie.consultation.CommentSubmission;
import pl.wspolnie.consultation.Consultation;
import pl.wspolnie.consultation.ConsultationComment;
import pl.wspolnie.consultation.ConsultationService;
import pl.wspolnie.consultation.ConsultationStatus;
import pl.wspolnie.consultation.OpinionStatus;
import pl.wspolnie.history.ChangeHistory;
import pl.wspolnie.history.HistoryEntry;
import pl.wspolnie.programme.NewProgramme;
import pl.wspolnie.programme.Programme;
import pl.wspolnie.programme.ProgrammeKind;
import pl.wspolnie.programme.ProgrammeService;
import pl.wspolnie.programme.Stage;
import pl.wspolnie.shared.ConflictException;
import pl.wspolnie.support.Jobs;
import pl.wspolnie.support.ProcessTest;
import pl.wspolnie.text.TextService;
import pl.wspolnie.text.Unit;

/**
 * public-consultation.bpmn started on its own for a programme of 2031 (its drafting process waits for its call
 * for proposals elsewhere): comment intake and its window, the Public Benefit Council's opinion or its waiver,
 * one response per comment, and the sign-off.
 */
@ProcessTest
class PublicConsultationProcessTest {

    private static final String PROCESS = "public-consultation";

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    FormService forms;
    @Autowired
    ManagementService management;
    @Autowired
    HistoryService historyService;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    ConsultationService consultations;
    @Autowired
    ChangeHistory changes;
    @Autowired
    ObjectMapper json;
    @Autowired
    TextService text;

    private Programme programme;
    private ProcessInstance pi;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(processEngine);
    }

    @Test
    void openingTakesCommentsRoutedBySectorUntilTheWindowCloses() {
        Consultation consultation = startAndOpen("intake");

        CommentSubmission culture = comment("C-2027-0001", "KULTURA");
        ConsultationComment first = consultations.submitComment(programme.getId(), culture).comment();
        ConsultationComment second = consultations.submitComment(programme.getId(), comment("C-2027-0002", "SPORT")).comment();
        ConsultationComment third = consultations.submitComment(programme.getId(), comment("C-2027-0003", null)).comment();

        assertThat(consultations.comments(programme.getId())).extracting(ConsultationComment::getId)
                .containsExactly(first.getId(), second.getId(), third.getId());
        assertThat(consultations.comments(programme.getId())).allSatisfy(c ->
                assertThat(c.getConsultationId()).isEqualTo(consultation.getId()));
        assertThat(consultations.brief(first.getId()).responseGroup()).isEqualTo("sector-culture");
        assertThat(consultations.brief(second.getId()).responseGroup()).isEqualTo("sector-sport");
        assertThat(consultations.brief(third.getId()).responseGroup()).isEqualTo("coordination-team");
        assertThat(first.getSectorCode()).isEqualTo("KULTURA");
        assertThat(third.getSectorCode()).isNull();
        assertThat(third.getCurrentText()).isEqualTo("Program realizowany jest we współpracy z organizacjami pozarządowymi.");

        // the same reference again returns the first comment, not a second one
        var repeated = consultations.submitComment(programme.getId(), new CommentSubmission(culture.externalRef(),
                "Inna organizacja", null, "Ktoś Inny", "inny@example.org", "§ 1", null, null, "Inna treść", "Inne uzasadnienie"));
        assertThat(repeated.created()).isFalse();
        assertThat(repeated.comment().getId()).isEqualTo(first.getId());
        assertThat(repeated.comment().getOrganisation()).isEqualTo("Stowarzyszenie Teatr Pod Mostem");
        assertThat(consultations.comments(programme.getId())).hasSize(3);

        // the API's comments are recorded as such; the office may enter an e-mailed one as EMAIL, never as the public form
        assertThat(first.getChannel()).isEqualTo(CommentChannel.API);
        CommentSubmission mailed = comment("C-2027-0006", null);
        ConsultationComment byMail = consultations.submitComment(programme.getId(), new CommentSubmission(mailed.externalRef(),
                mailed.organisation(), mailed.krs(), mailed.contactPerson(), mailed.email(), mailed.section(), null,
                mailed.currentText(), mailed.proposedText(), mailed.justification(), null, "EMAIL")).comment();
        assertThat(byMail.getChannel()).isEqualTo(CommentChannel.EMAIL);
        assertThatThrownBy(() -> consultations.submitComment(programme.getId(), new CommentSubmission("C-X-" + UUID.randomUUID(),
                mailed.organisation(), null, mailed.contactPerson(), mailed.email(), mailed.section(), null, null,
                mailed.proposedText(), mailed.justification(), null, "PUBLIC_FORM")))
                .isInstanceOf(pl.wspolnie.shared.InvalidInputException.class).hasMessageContaining("channel");

        // an unknown sector is refused
        assertThatThrownBy(() -> consultations.submitComment(programme.getId(), comment("C-2027-0004", "kultura")))
                .isInstanceOf(pl.wspolnie.shared.InvalidInputException.class).hasMessageContaining("sector");

        Jobs.fire(management, pi.getId(), "ConsultationWindowClosed");

        assertThat(pi).hasPassedInOrder("ConsultationWindowClosed", "CloseCommentIntake")
                .isWaitingAt("RecordBenefitCouncilOpinion").isNotWaitingAt("EndConsultationEarly")
                .hasNotPassed("HandOutComments");
        assertThat(answerTasks().count()).isZero();
        assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("EndConsultationEarly").count()).isZero();
        Consultation closed = consultations.get(consultation.getId());
        assertThat(closed.getStatus()).isEqualTo(ConsultationStatus.INTAKE_CLOSED);
        assertThat(closed.getEndedEarlyAt()).as("the cancelled task recorded no early end (ADR 0007)").isNull();
        assertThat(closed.getClosesAt()).isEqualTo(consultation.getClosesAt());
        assertThat(closed.getIntakeClosedAt()).isNotNull().isAfterOrEqualTo(closed.getOpenedAt());
        assertThat(history("COMMENT_INTAKE_CLOSED")).extracting(HistoryEntry::getDetail).containsExactly("4 comments");

        assertThatThrownBy(() -> consultations.submitComment(programme.getId(), comment("C-2027-0005", null)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("open for comments");
        assertThat(consultations.comments(programme.getId())).hasSize(4);
        // a repeated reference still answers with the first comment
        assertThat(consultations.submitComment(programme.getId(), culture).comment().getId()).isEqualTo(first.getId());
    }

    @Test
    void councilOpinionGivenIsStored() {
        Consultation consultation = startAndOpen("opinion-given");
        Task opinionTask = task("RecordBenefitCouncilOpinion", pi);
        assertThat(opinionTask).hasCandidateGroup("public-benefit-council");
        assertThat(opinionTask.getDueDate()).hasSameTimeAs(Date.from(consultation.getOpinionDeadline()));
        // the Council opines, and teams answer comments, on the version under consultation: both forms link to it
        // (walking a cycle in Tasklist found the opinion's form with no way to the draft)
        assertThat((String) runtime.getVariable(pi.getId(), "draftUrl")).matches("/api/programmes/" + programme.getId() + "/drafts/\\d+");
        for (String form : List.of("benefit-council-opinion", "comment-response")) {
            assertThat(formText(form)).contains("]({{draftUrl}})", "](/drafting/programmes/{{programmeId}})");
        }

        assertThatThrownBy(() -> tasks.complete(opinionTask.getId(), Map.of("opinionText", "  ")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("„Treść opinii Rady”");
        assertThat(consultations.opinion(consultation.getId())).isEmpty();
        assertThat(pi).isWaitingAt("RecordBenefitCouncilOpinion");

        complete(opinionTask, withVariables("opinionText", "Rada pozytywnie opiniuje projekt programu. "));

        assertThat(pi).hasPassedInOrder("RecordBenefitCouncilOpinion", "MergeOpinionPaths")
                .hasNotPassed("OpinionPeriodElapsed", "RecordOpinionWaived")
                .isWaitingAt("EndConsultationEarly").isNotWaitingAt("RecordBenefitCouncilOpinion");
        var opinion = consultations.opinion(consultation.getId()).orElseThrow();
        assertThat(opinion.getStatus()).isEqualTo(OpinionStatus.GIVEN);
        assertThat(opinion.getOpinionText()).isEqualTo("Rada pozytywnie opiniuje projekt programu.");
        assertThat(opinion.getRecordedAt()).isNotNull();
        // the boundary timer went with the task
        assertThat(management.createJobQuery().processInstanceId(pi.getId()).activityId("OpinionPeriodElapsed").count())
                .isZero();
        assertThat(consultations.get(consultation.getId()).getStatus()).isEqualTo(ConsultationStatus.OPEN);
    }

    @Test
    void councilOpinionIsWaivedWhenItsPeriodElapses() {
        Consultation consultation = startAndOpen("opinion-waived");
        assertThat(management.createJobQuery().processInstanceId(pi.getId()).activityId("OpinionPeriodElapsed")
                .singleResult().getDuedate()).hasSameTimeAs(Date.from(consultation.getOpinionDeadline()));

        Jobs.fire(management, pi.getId(), "OpinionPeriodElapsed");

        assertThat(pi).hasPassedInOrder("OpinionPeriodElapsed", "RecordOpinionWaived", "MergeOpinionPaths")
                .isNotWaitingAt("RecordBenefitCouncilOpinion").isWaitingAt("EndConsultationEarly");
        assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("RecordBenefitCouncilOpinion")
                .count()).isZero();
        var opinion = consultations.opinion(consultation.getId()).orElseThrow();
        assertThat(opinion.getStatus()).isEqualTo(OpinionStatus.WAIVED);
        assertThat(opinion.getOpinionText()).isNull();
        assertThat(history("OPINION_WAIVED")).hasSize(1);
    }

    @Test
    void aCommentAsLongAsTheApiAllowsNeitherBlocksTheOpinionNorTheTimer() {
        startAndOpen("long comment");
        CommentSubmission c = comment("C-2027-0001", "KULTURA");
        String proposed = "Nowe brzmienie przepisu o współpracy. ".repeat(270).substring(0, 10_000);
        ConsultationComment longOne = consultations.submitComment(programme.getId(), new CommentSubmission(c.externalRef(),
                c.organisation(), c.krs(), c.contactPerson(), c.email(), c.section(), c.sector(), proposed, proposed,
                proposed)).comment();

        Jobs.fire(management, pi.getId(), "ConsultationWindowClosed");
        // the council's opinion period elapses: the timer path must not fail into an incident either
        Jobs.fire(management, pi.getId(), "OpinionPeriodElapsed");

        assertThat(pi).isWaitingAt("AllCommentsAnswered");
        Task response = answerTasks().singleResult();
        for (String shown : List.of("commentCurrentText", "commentProposedText", "commentJustification")) {
            String text = (String) tasks.getVariable(response.getId(), shown);
            assertThat(text).hasSizeLessThanOrEqualTo(4000).startsWith("Nowe brzmienie przepisu")
                    .endsWith("(uwaga nr " + longOne.getId() + ")]").contains("skrócono");
        }
        complete(response, withVariables("commentDecision", "REJECTED", "responseJustification", "Przepis pozostaje bez zmian."));
        ConsultationComment answered = consultations.comments(programme.getId()).get(0);
        assertThat(answered.getDecision()).isEqualTo(CommentDecision.REJECTED);
        assertThat(answered.getProposedText()).isEqualTo(proposed);
        assertThat(pi).isWaitingAt("SignOffResponses");
    }

    @Test
    void oneResponsePerCommentByItsTeamThenSignOff() {
        Consultation consultation = startAndOpen("responses");
        ConsultationComment culture = consultations.submitComment(programme.getId(), comment("C-2027-0001", "KULTURA")).comment();
        ConsultationComment sport = consultations.submitComment(programme.getId(), comment("C-2027-0002", "SPORT")).comment();
        ConsultationComment general = consultations.submitComment(programme.getId(), comment("C-2027-0003", null)).comment();

        // the window closes first, the opinion comes afterwards
        Jobs.fire(management, pi.getId(), "ConsultationWindowClosed");
        assertThat(pi).isWaitingAt("RecordBenefitCouncilOpinion").hasNotPassed("HandOutComments");
        complete(task("RecordBenefitCouncilOpinion", pi), withVariables("opinionText", "Opinia pozytywna z uwagami."));

        assertThat(pi).isWaitingAt("AllCommentsAnswered").hasPassed("join", "CloseCommentIntake", "RecordBenefitCouncilOpinion")
                .hasPassedInOrder("HandOutComments", "CommentsToAnswer");
        List<Task> responses = answerTasks().list();
        assertThat(responses).hasSize(3);
        // one process per comment, not a multi-instance inside the consultation (whose tree each answer re-read)
        List<ProcessInstance> answering = runtime.createProcessInstanceQuery().processDefinitionKey("comment-response")
                .processInstanceBusinessKey(String.valueOf(programme.getId())).list();
        assertThat(answering).hasSize(3).allSatisfy(child -> assertThat(child).isWaitingAt("RespondToComment"));
        assertThat(runtime.createExecutionQuery().processInstanceId(pi.getId()).count()).isEqualTo(2);
        Map<Long, Task> byComment = responses.stream()
                .collect(Collectors.toMap(t -> (Long) tasks.getVariable(t.getId(), "commentId"), Function.identity()));
        assertThat(byComment).containsOnlyKeys(culture.getId(), sport.getId(), general.getId());
        assertThat(byComment.get(culture.getId())).hasCandidateGroup("sector-culture");
        assertThat(byComment.get(sport.getId())).hasCandidateGroup("sector-sport");
        assertThat(byComment.get(general.getId())).hasCandidateGroup("coordination-team");

        // each task shows its own comment: the variables are its own process's, not the consultation's
        Task generalTask = byComment.get(general.getId());
        Map<String, Object> own = runtime.getVariables(generalTask.getProcessInstanceId());
        assertThat(own)
                .containsEntry("programmeId", programme.getId())
                .containsEntry("consultationId", consultation.getId())
                .containsEntry("draftUrl", runtime.getVariable(pi.getId(), "draftUrl"))
                .containsEntry("responseGroup", "coordination-team")
                .containsEntry("commentOrganisation", "Caritas Parafii św. Józefa (KRS 0134858361)")
                .containsEntry("commentSection", general.getSection())
                .containsEntry("commentCurrentText", "Program realizowany jest we współpracy z organizacjami pozarządowymi.")
                .containsEntry("commentProposedText", general.getProposedText())
                .containsEntry("commentJustification", general.getJustification())
                .doesNotContainKeys("commentDecision", "responseJustification");
        Map<String, Object> cultureForm = forms.getTaskFormVariables(byComment.get(culture.getId()).getId());
        assertThat(cultureForm)
                .containsEntry("commentOrganisation", "Stowarzyszenie Teatr Pod Mostem (KRS 0438316465)")
                .containsEntry("commentCurrentText", "—")
                .containsEntry("commentProposedText", culture.getProposedText());
        assertThat(runtime.getVariables(pi.getId())).doesNotContainKeys("commentProposedText", "responseGroup",
                "commentDecision");

        // a missing justification is refused and nothing is recorded
        Task cultureTask = byComment.get(culture.getId());
        assertThatThrownBy(() -> tasks.complete(cultureTask.getId(), Map.of("commentDecision", "ACCEPTED")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("„Uzasadnienie stanowiska”");
        assertThat(consultations.comments(programme.getId())).allSatisfy(c -> {
            assertThat(c.getDecision()).isNull();
            assertThat(c.getResponseJustification()).isNull();
        });
        assertThat(history("COMMENT_ANSWERED")).isEmpty();
        assertThat(tasks.createTaskQuery().taskId(cultureTask.getId()).count()).isEqualTo(1);
        assertThat(runtime.getVariable(cultureTask.getProcessInstanceId(), "commentDecision")).isNull();

        complete(cultureTask, withVariables("commentDecision", "ACCEPTED",
                "responseJustification", "Zwiększamy pulę trybu pozakonkursowego."));
        complete(byComment.get(sport.getId()), withVariables("commentDecision", "PARTLY_ACCEPTED",
                "responseJustification", "Wskaźnik dodamy w części dotyczącej sportu."));
        assertThat(pi).isWaitingAt("AllCommentsAnswered").isNotWaitingAt("SignOffResponses");
        complete(generalTask, withVariables("commentDecision", "REJECTED",
                "responseJustification", "Priorytet wykracza poza zakres programu."));

        Map<Long, ConsultationComment> answered = consultations.comments(programme.getId()).stream()
                .collect(Collectors.toMap(ConsultationComment::getId, Function.identity()));
        assertThat(answered.get(culture.getId()).getDecision()).isEqualTo(CommentDecision.ACCEPTED);
        assertThat(answered.get(culture.getId()).getResponseJustification()).isEqualTo("Zwiększamy pulę trybu pozakonkursowego.");
        assertThat(answered.get(sport.getId()).getDecision()).isEqualTo(CommentDecision.PARTLY_ACCEPTED);
        assertThat(answered.get(sport.getId()).getResponseJustification()).isEqualTo("Wskaźnik dodamy w części dotyczącej sportu.");
        assertThat(answered.get(general.getId()).getDecision()).isEqualTo(CommentDecision.REJECTED);
        assertThat(answered.get(general.getId()).getResponseJustification()).isEqualTo("Priorytet wykracza poza zakres programu.");
        assertThat(answered.values()).allSatisfy(c -> assertThat(c.getRespondedAt()).isNotNull());
        assertThat(history("COMMENT_ANSWERED")).hasSize(3);

        // sign-off
        assertThat(pi).isWaitingAt("SignOffResponses")
                .hasPassedInOrder("HandOutComments", "CommentsToAnswer", "AllCommentsAnswered", "MergeAnswers", "SummariseResponses");
        assertThat(answering).allSatisfy(child -> assertThat(child).isEnded().hasPassedInOrder("CommentResponseStarted",
                "RouteComment", "RespondToComment", "ReportAnswer", "CommentAnswered"));
        assertThat(pi).task().hasDefinitionKey("SignOffResponses").hasCandidateGroup("coordination-team");
        String summary = (String) runtime.getVariable(pi.getId(), "responsesSummary");
        assertThat(summary).contains("Runda konsultacji: 1")
                .contains("Uwagi: 3 od 3 organizacji")
                .contains("Uwzględnione: 1, częściowo: 1, nieuwzględnione: 1, bez odpowiedzi: 0")
                .contains("Opinia Rady Pożytku: wydana");
        // the form lists each answer, short, and links the report that has them whole
        assertThat((String) runtime.getVariable(pi.getId(), "commentAnswers")).isEqualTo(String.join("\n",
                culture.getExternalRef() + " · " + culture.getOrganisation() + " · uwzględniona",
                sport.getExternalRef() + " · " + sport.getOrganisation() + " · uwzględniona częściowo",
                general.getExternalRef() + " · " + general.getOrganisation() + " · nieuwzględniona"));
        assertThat(runtime.getVariable(pi.getId(), "consultationReportUrl"))
                .isEqualTo("/api/programmes/" + programme.getId() + "/consultation/report");

        signOff(consultation);
    }

    @Test
    void withoutCommentsTheResponsesAreSkippedAndSignOffComesDirectly() {
        Consultation consultation = startAndOpen("no-comments");

        Jobs.fire(management, pi.getId(), "OpinionPeriodElapsed");
        Jobs.fire(management, pi.getId(), "ConsultationWindowClosed");

        assertThat(pi).isWaitingAt("SignOffResponses")
                .hasPassedInOrder("CloseCommentIntake", "HandOutComments", "CommentsToAnswer", "MergeAnswers", "SummariseResponses")
                .hasNotPassed("AllCommentsAnswered");
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("comment-response")
                .processInstanceBusinessKey(String.valueOf(programme.getId())).count()).isZero();
        assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).list()).extracting(Task::getTaskDefinitionKey)
                .containsExactly("SignOffResponses");
        assertThat((String) runtime.getVariable(pi.getId(), "responsesSummary"))
                .contains("Uwagi: 0 od 0 organizacji")
                .contains("Uwzględnione: 0, częściowo: 0, nieuwzględnione: 0, bez odpowiedzi: 0")
                .contains("Opinia Rady Pożytku: nie wydana w terminie (odstąpiono)");

        signOff(consultation);
    }

    @Test
    void theCoordinationTeamEndsTheWindowEarlyWithAReason() {
        Consultation consultation = startAndOpen("early end");
        consultations.submitComment(programme.getId(), comment("C-2027-0001", null));
        Task running = task("EndConsultationEarly", pi);
        assertThat(running).hasCandidateGroup("coordination-team").hasName("Konsultacje trwają – możesz je zakończyć wcześniej – program na rok 2031");
        assertThat(running.getDueDate()).hasSameTimeAs(Date.from(consultation.getClosesAt()));
        assertThat(forms.getTaskFormVariables(running.getId())).containsKey("consultationEndText");

        // without a reason, or unconfirmed, nothing changes
        assertThatThrownBy(() -> tasks.complete(running.getId(), Map.of("earlyEndReason", " ", "earlyEndConfirmed", true)))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("„Powód wcześniejszego zakończenia konsultacji”");
        assertThatThrownBy(() -> tasks.complete(running.getId(), Map.of("earlyEndReason", "Poprawiony harmonogram.",
                "earlyEndConfirmed", false)))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("„Potwierdzam zakończenie konsultacji teraz”");
        assertThat(pi).isWaitingAt("EndConsultationEarly");
        assertThat(consultations.acceptsComments(programme.getId())).isTrue();
        assertThat(consultations.get(consultation.getId()).getEndedEarlyAt()).isNull();

        Instant before = Instant.now();
        complete(running, withVariables("earlyEndReason", "  Harmonogram poprawiono uchwałą Zarządu Miasta.  ",
                "earlyEndConfirmed", true));

        assertThat(pi).hasPassedInOrder("EndConsultationEarly", "CloseCommentIntake")
                .hasNotPassed("ConsultationWindowClosed").isWaitingAt("RecordBenefitCouncilOpinion");
        // the window's timer went with the task
        assertThat(management.createJobQuery().processInstanceId(pi.getId()).activityId("ConsultationWindowClosed").count()).isZero();
        Consultation ended = consultations.get(consultation.getId());
        assertThat(ended.getEndedEarlyAt()).isAfterOrEqualTo(before);
        assertThat(ended.getEndedEarlyBy()).isEqualTo("system");
        assertThat(ended.getEarlyEndReason()).isEqualTo("Harmonogram poprawiono uchwałą Zarządu Miasta.");
        assertThat(ended.getClosesAt()).isEqualTo(ended.getEndedEarlyAt()).isBefore(consultation.getClosesAt());
        assertThat(ended.getStatus()).isEqualTo(ConsultationStatus.INTAKE_CLOSED);
        assertThat(consultations.acceptsComments(programme.getId())).isFalse();
        assertThatThrownBy(() -> consultations.submitComment(programme.getId(), comment("C-2027-0002", null)))
                .isInstanceOf(ConflictException.class);
        assertThat(history("CONSULTATION_ENDED_EARLY")).extracting(HistoryEntry::getDetail)
                .containsExactly("Harmonogram poprawiono uchwałą Zarządu Miasta.");

        Jobs.fire(management, pi.getId(), "OpinionPeriodElapsed");
        assertThat(pi).isWaitingAt("AllCommentsAnswered");
        assertThat(answerTasks().count()).isEqualTo(1);
    }

    @Test
    void aCommentOnASectorsUnitGoesToThatTeamAndTheCoordinationTeamMayTakeItOver() {
        startAndOpen("anchor routing");
        Unit culture = text.units(programme.getId()).stream().filter(u -> "KULTURA".equals(u.sector())).findFirst().orElseThrow();
        CommentSubmission c = comment("C-2027-0001", null);
        ConsultationComment onCulture = consultations.submitComment(programme.getId(), new CommentSubmission(c.externalRef(),
                c.organisation(), c.krs(), c.contactPerson(), c.email(), c.section(), null, c.currentText(), c.proposedText(),
                c.justification(), "u" + culture.id())).comment();
        ConsultationComment general = consultations.submitComment(programme.getId(), comment("C-2027-0003", null)).comment();
        Jobs.fire(management, pi.getId(), "ConsultationWindowClosed");
        Jobs.fire(management, pi.getId(), "OpinionPeriodElapsed");

        Map<Long, Task> byComment = answerTasks().list().stream().collect(Collectors.toMap(t -> (Long) tasks.getVariable(t.getId(), "commentId"), Function.identity()));
        Task cultureTask = byComment.get(onCulture.getId());
        assertThat(groups(cultureTask)).containsExactlyInAnyOrder("sector-culture", "coordination-team");
        assertThat(groups(byComment.get(general.getId()))).containsExactly("coordination-team");
        assertThat(taskIds("sector-culture")).containsExactly(cultureTask.getId());
        assertThat(taskIds("coordination-team")).contains(cultureTask.getId(), byComment.get(general.getId()).getId());
        assertThat(taskIds("sector-sport")).isEmpty();

        // the coordination team takes the culture comment over
        tasks.claim(cultureTask.getId(), "coordinator");
        complete(cultureTask, withVariables("commentDecision", "REJECTED", "responseJustification", "Przejęte przez koordynację."));
        assertThat(consultations.comments(programme.getId()).stream().filter(x -> x.getId().equals(onCulture.getId())).findFirst()
                .orElseThrow().getDecision()).isEqualTo(CommentDecision.REJECTED);
    }

    private List<String> groups(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream().filter(l -> "candidate".equals(l.getType()))
                .map(l -> l.getGroupId()).toList();
    }

    private List<String> taskIds(String group) {
        return answerTasks().taskCandidateGroup(group).list().stream().map(Task::getId).toList();
    }

    /** The answer tasks of this test's programme: each in its own comment-response process. */
    private TaskQuery answerTasks() {
        return tasks.createTaskQuery().processDefinitionKey("comment-response")
                .processInstanceBusinessKey(String.valueOf(programme.getId())).taskDefinitionKey("RespondToComment");
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    /** Refuses an unconfirmed sign-off, then signs off: the consultation closes and the programme goes to revision. */
    private void signOff(Consultation consultation) {
        Task signOff = task("SignOffResponses", pi);
        assertThatThrownBy(() -> tasks.complete(signOff.getId(), Map.of("signOffConfirmed", false)))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("„Potwierdzam, że każda uwaga ma odpowiedź”");
        assertThat(pi).isWaitingAt("SignOffResponses");
        assertThat(consultations.get(consultation.getId()).getStatus()).isEqualTo(ConsultationStatus.INTAKE_CLOSED);
        assertThat(programmes.get(programme.getId()).getStage()).isEqualTo(Stage.CONSULTATION);

        complete(signOff, withVariables("signOffConfirmed", true, "signOffNote", "Raport opublikowany w BIP."));

        assertThat(pi).isEnded().hasPassedInOrder("SignOffResponses", "ConsultationClosed");
        Consultation signedOff = consultations.get(consultation.getId());
        assertThat(signedOff.getStatus()).isEqualTo(ConsultationStatus.SIGNED_OFF);
        assertThat(signedOff.getSignOffNote()).isEqualTo("Raport opublikowany w BIP.");
        assertThat(signedOff.getSignedOffAt()).isNotNull();
        assertThat(signedOff.getSignedOffBy()).isEqualTo("system");
        assertThat(programmes.get(programme.getId()).getStage()).isEqualTo(Stage.REVISION);
    }

    /** A programme of 2031, its consultation process started directly, and the async OpenConsultation run. */
    private Consultation startAndOpen(String name) {
        programme = programmes.create(new NewProgramme(ProgrammeKind.ANNUAL, 2031, 2031,
                "Program współpracy 2031 (test " + name + ")", null));
        Map<String, Object> variables = new HashMap<>();
        variables.put("programmeId", programme.getId());
        pi = runtime.startProcessInstanceByKey(PROCESS, String.valueOf(programme.getId()), variables);

        // the planned start (in 2030) is ahead: the consultation waits for its day (ConsultationScheduleProcessTest)
        assertThat(pi).isStarted().hasBusinessKey(String.valueOf(programme.getId())).isWaitingAt("AwaitConsultationStart");
        assertThat(consultations.current(programme.getId())).isEmpty();

        Jobs.fire(management, pi.getId(), "ConsultationStartReached");
        assertThat(pi).isWaitingAt("OpenConsultation").hasNotPassed("OpenConsultation");
        Jobs.fire(management, pi.getId(), "OpenConsultation");

        assertThat(pi).hasPassedInOrder("ConsultationRequested", "ScheduleConsultation", "AwaitConsultationStart",
                        "OpenConsultation", "fork")
                .isWaitingAt("EndConsultationEarly", "RecordBenefitCouncilOpinion");
        Consultation consultation = consultations.current(programme.getId()).orElseThrow();
        assertThat(consultation.getStatus()).isEqualTo(ConsultationStatus.OPEN);
        assertThat(consultation.getRound()).isEqualTo(1);
        // the planned end for 2031 (35 days before 30 November 2030) is later than the 21-day minimum: the window
        // closes when that day is over in the municipality's time zone
        assertThat(programme.getCalendar().consultationEnd()).isEqualTo(LocalDate.of(2030, 10, 26));
        assertThat(consultation.getClosesAt())
                .isEqualTo(LocalDate.of(2030, 10, 27).atStartOfDay(ZoneId.of("Europe/Warsaw")).toInstant());
        assertThat(consultation.getOpinionDeadline()).isAfter(Instant.now()).isBefore(consultation.getClosesAt());
        assertThat(programmes.get(programme.getId()).getStage()).isEqualTo(Stage.CONSULTATION);
        assertThat(pi).variables()
                .containsEntry("consultationId", consultation.getId())
                .containsEntry("consultationEnd", Date.from(consultation.getClosesAt()))
                .containsEntry("opinionDeadline", Date.from(consultation.getOpinionDeadline()))
                .containsEntry("draftVersion", "wersja 1 – Projekt skierowany do konsultacji");
        assertThat(management.createJobQuery().processInstanceId(pi.getId()).activityId("ConsultationWindowClosed")
                .singleResult().getDuedate()).hasSameTimeAs(Date.from(consultation.getClosesAt()));
        return consultation;
    }

    private List<HistoryEntry> history(String action) {
        return changes.of(programme.getId(), List.of(action));
    }

    /** The n-th comment ("C-2027-000n") of src/main/resources/demo/comments.json with a unique reference and, optionally, a sector. */
    private CommentSubmission comment(String externalRef, String sector) {
        try (InputStream in = getClass().getResourceAsStream("/demo/comments.json")) {
            List<CommentSubmission> all = json.readValue(in, new TypeReference<List<CommentSubmission>>() {
            });
            CommentSubmission c = all.get(Integer.parseInt(externalRef.substring(externalRef.lastIndexOf('-') + 1)) - 1);
            return new CommentSubmission(externalRef + "-" + UUID.randomUUID().toString().substring(0, 8), c.organisation(),
                    c.krs(), c.contactPerson(), c.email(), c.section(), sector, c.currentText(), c.proposedText(),
                    c.justification());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String formText(String form) {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("forms", form + ".form"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

}
