package pl.wspolnie.process;

import static pl.wspolnie.process.Vars.choice;
import static pl.wspolnie.process.Vars.codes;
import static pl.wspolnie.process.Vars.date;
import static pl.wspolnie.process.Vars.id;
import static pl.wspolnie.process.Vars.integer;
import static pl.wspolnie.process.Vars.text;
import static pl.wspolnie.process.Vars.userInput;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import pl.wspolnie.consultation.ConsultationService;
import pl.wspolnie.consultation.OpinionStatus;
import pl.wspolnie.council.CouncilService;
import pl.wspolnie.council.MayorChoice;
import pl.wspolnie.drafting.Completeness;
import pl.wspolnie.drafting.DraftStage;
import pl.wspolnie.drafting.DraftingService;
import pl.wspolnie.municipality.MunicipalityProfile;
import pl.wspolnie.programme.Calendar;
import pl.wspolnie.programme.CompletionDecision;
import pl.wspolnie.programme.DeadlineLevel;
import pl.wspolnie.programme.DraftDecision;
import pl.wspolnie.programme.NewProgramme;
import pl.wspolnie.programme.ProgrammeKind;
import pl.wspolnie.programme.ProgrammeSections;
import pl.wspolnie.programme.ProgrammeService;
import pl.wspolnie.programme.ProgrammeSummaries;
import pl.wspolnie.programme.SectionDecision;
import pl.wspolnie.programme.Stage;
import pl.wspolnie.programme.StageLabels;
import pl.wspolnie.shared.InvalidInputException;
import pl.wspolnie.shared.Limits;

/**
 * Service tasks of programme-drafting.bpmn, and the steps that record a user task's form as its end listener (ADR 0007):
 * each reads ids, calls one service, sets result variables.
 *
 * <p>Longer than 300 lines on purpose: one bean of a few lines per step of the largest model (about thirty), kept in
 * one place so the model's {@code delegateExpression}s can be read against one file; splitting by phase would scatter
 * the shared variable names.
 */
@Configuration
class DraftingDelegates {

    private final ProgrammeService programmes;
    private final DraftingService drafting;
    private final CouncilService council;
    private final Deadlines deadlines;
    private final PickLists pickLists;
    private final ConsultationService consultations;

    DraftingDelegates(ProgrammeService programmes, DraftingService drafting, CouncilService council, Deadlines deadlines,
            PickLists pickLists, ConsultationService consultations) {
        this.pickLists = pickLists;
        this.consultations = consultations;
        this.programmes = programmes;
        this.drafting = drafting;
        this.council = council;
        this.deadlines = deadlines;
    }

    private static Long programmeId(DelegateExecution execution) {
        return id(execution, "programmeId");
    }

    /** API start: the programme exists. Tasklist start: the start form's fields register it. Then the timers. */
    @Bean
    JavaDelegate registerProgramme() {
        return execution -> {
            Long id = programmeId(execution);
            if (id == null) {
                id = userInput(() -> programmes.registerForProcess(fromStartForm(execution), execution.getProcessInstanceId())).getId();
                execution.setVariable("programmeId", id);
                execution.setProcessBusinessKey(String.valueOf(id));
                // Tasklist's start form shows this after the start (scripts/start-confirmation.js)
                execution.setVariable(StartConfirmation.VARIABLE, StartConfirmation.programme(programmes.get(id)));
            } else {
                Long existing = id;
                userInput(() -> programmes.attachProcess(existing, execution.getProcessInstanceId()));
            }
            execution.setVariable(TaskTitle.CONTEXT, TaskTitle.of(programmes.get(id)));
            pickLists.sections(execution, id);
            Calendar c = programmes.get(id).getCalendar();
            execution.setVariable("proposalDeadline", deadlines.endOf(c.proposalDeadline()));
            execution.setVariable("sectionDueDate", deadlines.endOf(c.sectionsDue()));
            execution.setVariable("deadlineWarningDate", deadlines.startOf(c.councilDeadline().minusDays(14)));
            execution.setVariable("councilDeadlineEnd", deadlines.endOf(c.councilDeadline()));
        };
    }

    private static NewProgramme fromStartForm(DelegateExecution execution) {
        String kind = text(execution, "kind");
        ProgrammeKind parsed = null;
        if (kind != null && !kind.isBlank()) {
            try {
                parsed = ProgrammeKind.valueOf(kind.strip());
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("kind", "must be ANNUAL or MULTI_YEAR");
            }
        }
        Calendar edited = new Calendar(date(execution, "proposalDeadline"), date(execution, "sectionsDue"),
                date(execution, "consultationStart"), date(execution, "consultationEnd"), null,
                date(execution, "councilDeadline"));
        return new NewProgramme(parsed, integer(execution, "firstYear"), integer(execution, "lastYear"),
                text(execution, "title"), edited);
    }

    private static String tasksAt(DelegateExecution execution) {
        return "/api/programmes/" + programmeId(execution) + "/priority-tasks";
    }

    @Bean
    JavaDelegate closeCallForProposals() {
        return execution -> programmes.moveTo(programmeId(execution), Stage.SECTOR_WORK);
    }

    /** Opens one team's section; its form variables are local to this sector's instance. */
    @Bean
    JavaDelegate openSectorSection(ProgrammeSections sections) {
        return execution -> {
            var work = sections.openSection(programmeId(execution), text(execution, "sectorCode"));
            execution.setVariableLocal("sectionId", work.sectionId());
            execution.setVariableLocal(TaskTitle.CONTEXT, work.sectorName() + ", " + text(execution, TaskTitle.CONTEXT));
            execution.setVariableLocal("sectorName", work.sectorName());
            execution.setVariableLocal("sectorGroup", work.candidateGroup());
            execution.setVariableLocal("sectionNarrative", work.narrative());
            execution.setVariableLocal("priorityTasksSummary", Shown.text(work.priorityTasksSummary(), tasksAt(execution)));
            execution.setVariableLocal("reviewRemarks", work.reviewRemarks());
            execution.setVariableLocal("sectionDecision", null);
        };
    }

    @Bean
    JavaDelegate escalateOverdueSection(TaskService tasks, ProgrammeSections sections) {
        return execution -> {
            var section = sections.markOverdue(id(execution, "sectionId"));
            tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                    .taskDefinitionKey("PrepareSectorSection").list().stream()
                    .filter(t -> section.getSectorCode().equals(tasks.getVariable(t.getId(), "sectorCode")))
                    .forEach(t -> {
                        tasks.addCandidateGroup(t.getId(), pl.wspolnie.security.Groups.COORDINATION_TEAM);
                        tasks.setPriority(t.getId(), 90);
                    });
        };
    }

    @Bean
    JavaDelegate submitSectorSection(ProgrammeSections sections) {
        return execution -> {
            userInput(() -> sections.submitSection(id(execution, "sectionId"), text(execution, "sectionNarrative")));
            // setVariable, not setVariableLocal: this runs as the end listener of PrepareSectorSection (ADR 0007), a scope
            // of its own (it has a boundary timer); the variables live in the sector's instance, where openSectorSection put them
            execution.setVariable("priorityTasksSummary", Shown.text(sections.sectionWork(id(execution, "sectionId")).priorityTasksSummary(),
                    tasksAt(execution)));
            // the reviewer decides afresh on every submission
            execution.setVariable("sectionDecision", null);
            execution.setVariable("reviewRemarks", null);
        };
    }

    @Bean
    JavaDelegate recordSectionReview(ProgrammeSections sections) {
        return execution -> userInput(() -> sections.reviewSection(id(execution, "sectionId"),
                choice(execution, "sectionDecision", SectionDecision.class), text(execution, "reviewRemarks")));
    }

    @Bean
    JavaDelegate assembleDraft(ProgrammeSummaries texts) {
        return execution -> {
            Long id = programmeId(execution);
            programmes.moveTo(id, Stage.DRAFT_REVIEW);
            drafting.recordVersion(id, DraftStage.DRAFT_ASSEMBLED, null);
            execution.setVariable("sectionsSummary", Shown.text(texts.sectionsSummary(id), "/api/programmes/" + id));
            execution.setVariable("draftVersion", drafting.latestLabel(id));
            execution.setVariable("draftUrl", drafting.latestUrl(id));
            // the coordination team decides afresh on every assembled draft
            execution.setVariable("draftDecision", null);
            execution.setVariable("sectionsToReturn", null);
            execution.setVariable("draftRemarks", null);
        };
    }

    /**
     * Checks the latest version for every statutory element (art. 5a ust. 4) at the point named by the input
     * parameter {@code checkpoint}: {@code CONSULTATION} (after assembly) or {@code COUNCIL} (after the Mayor's
     * approval). Sets {@code draftComplete}, {@code missingElements} (one "• " line per gap, empty when complete) and
     * {@code completenessCheckpoint} for the form of CompleteMissingElements.
     */
    @Bean
    JavaDelegate checkCompleteness() {
        return execution -> {
            Long id = programmeId(execution);
            Object checkpoint = execution.getVariableLocal("checkpoint");
            String when;
            if ("CONSULTATION".equals(checkpoint)) {
                when = "przed konsultacjami";
            } else if ("COUNCIL".equals(checkpoint)) {
                when = "przed skierowaniem do Rady";
            } else {
                throw new IllegalStateException(execution.getCurrentActivityId()
                        + ": input parameter checkpoint must be CONSULTATION or COUNCIL, not " + checkpoint);
            }
            Completeness result = drafting.checkCompleteness(id, when);
            execution.setVariable("draftComplete", result.complete());
            execution.setVariable("missingElements", TaskTitle.shorten(result.text(), Limits.FORM_TEXT));
            execution.setVariable("completenessCheckpoint", checkpoint);
            // the coordination team answers afresh on every check
            execution.setVariable("completionDecision", null);
            execution.setVariable("completionNote", null);
        };
    }

    /** The coordination team's answer to an incomplete draft before consultation: return sections or check again. */
    @Bean
    JavaDelegate recordCompletion(ProgrammeSections sections) {
        return execution -> userInput(() -> sections.resolveIncompleteDraft(programmeId(execution),
                choice(execution, "completionDecision", CompletionDecision.class), codes(execution, "sectionsToReturn"), text(execution, "completionNote")));
    }

    /** The coordination team's answer to an incomplete draft before the council: it goes back to revision. */
    @Bean
    JavaDelegate recordCompletionBeforeCouncil() {
        return execution -> userInput(() -> programmes.returnForRevision(programmeId(execution), text(execution, "completionNote")));
    }

    @Bean
    JavaDelegate recordDraftReview(ProgrammeSections sections) {
        return execution -> userInput(() -> sections.reviewDraft(programmeId(execution), choice(execution, "draftDecision", DraftDecision.class),
                codes(execution, "sectionsToReturn"), text(execution, "draftRemarks")));
    }

    /** The revision's description is checked and recorded here; the version is made by {@link #createDraftVersion}. */
    /** The Public Benefit Council's opinion of the last consultation round, as the Mayor reads it before deciding. */
    private String opinionFor(Long programmeId) {
        var opinion = consultations.current(programmeId).flatMap(c -> consultations.opinion(c.getId()));
        if (opinion.isEmpty()) {
            return "Opinia Rady nie została jeszcze zapisana.";
        }
        return opinion.get().getStatus() == OpinionStatus.WAIVED
                ? "Rada nie wydała opinii w terminie – uznaje się, że odstąpiła od jej wyrażenia (art. 41i ust. 2)."
                : opinion.get().getOpinionText();
    }

    @Bean
    JavaDelegate recordRevision() {
        return execution -> {
            Long id = programmeId(execution);
            userInput(() -> drafting.recordRevision(id, text(execution, "revisionSummary")));
            programmes.moveTo(id, Stage.MAYOR_APPROVAL);
            execution.setVariable("benefitCouncilOpinion", opinionFor(id));
            // the Mayor decides afresh on every revision; the remarks of a return were shown on ReviseDraft
            execution.setVariable("mayorDecision", null);
            execution.setVariable("mayorRemarks", null);
        };
    }

    @Bean
    JavaDelegate recordMayorDecision() {
        return execution -> userInput(() -> council.recordMayorDecision(programmeId(execution),
                choice(execution, "mayorDecision", MayorChoice.class), text(execution, "mayorRemarks")));
    }

    /** The print is recorded here; the version sent to the council is made by {@link #createDraftVersion}. */
    @Bean
    JavaDelegate recordCouncilSubmission() {
        return execution -> userInput(() -> council.submit(programmeId(execution), text(execution, "printNumber"),
                date(execution, "submittedOn")));
    }

    /**
     * Records the next version of the draft, document included, at the stage named by the input parameter
     * {@code versionStage} (a {@link DraftStage}), with the optional input parameter {@code versionNote} as its note.
     * Runs as a job of its own (asyncBefore): a document that cannot be made is an incident to retry in Cockpit,
     * never a refused task.
     */
    @Bean
    JavaDelegate createDraftVersion() {
        return execution -> {
            Long id = programmeId(execution);
            Object stage = execution.getVariableLocal("versionStage");
            DraftStage parsed;
            try {
                parsed = DraftStage.valueOf(String.valueOf(stage).strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(execution.getCurrentActivityId() + ": input parameter versionStage must be one of "
                        + java.util.Arrays.toString(DraftStage.values()) + ", not " + stage, e);
            }
            Object note = execution.getVariableLocal("versionNote");
            drafting.recordVersion(id, parsed, note == null ? null : note.toString());
            execution.setVariable("draftVersion", drafting.latestLabel(id));
            execution.setVariable("draftUrl", drafting.latestUrl(id));
        };
    }

    @Bean
    JavaDelegate recordAmendments() {
        return execution -> userInput(() -> drafting.recordAmendments(programmeId(execution), text(execution, "amendmentsSummary")));
    }

    @Bean
    JavaDelegate reopenAfterRejection() {
        return execution -> {
            programmes.startNewRound(programmeId(execution));
            // a new round asks every question afresh: no form opens pre-filled with the last round's answers
            for (String name : new String[] {"revisionSummary", "printNumber", "submittedOn", "mayorDecision",
                    "mayorRemarks", "amendmentsSummary"}) {
                execution.setVariable(name, null);
            }
        };
    }

    @Bean
    JavaDelegate closeCycle() {
        return execution -> {
            Long id = programmeId(execution);
            drafting.recordVersion(id, DraftStage.ADOPTED, text(execution, "amendmentsSummary"));
            programmes.moveTo(id, Stage.ADOPTED);
        };
    }

    /** Warns that the adoption deadline is near or missed: a record and a task for the coordination team. */
    @Bean
    JavaDelegate escalateDeadline(RuntimeService runtime, MunicipalityProfile profile) {
        return execution -> {
            Long id = programmeId(execution);
            DeadlineLevel level = choice(execution, "level", DeadlineLevel.class);
            programmes.recordDeadlineWarning(id, level);
            var programme = programmes.get(id);
            boolean missed = level == DeadlineLevel.MISSED;
            Map<String, Object> warning = new HashMap<>();
            warning.put("programmeId", id);
            warning.put("deadlineLevel", level.name());
            warning.put("deadlineHeadline", level.label());
            warning.put("programmeTitle", programme.getTitle());
            warning.put("councilDeadlineText", Deadlines.dayText(programme.getCalendar().councilDeadline()));
            warning.put("stageLabel", StageLabels.of(programme.getStage(), profile));
            warning.put("deadlineWhatToDo", DeadlineAdvice.of(programme.getStage(), missed));
            warning.put("deadlinePriority", missed ? 100 : 80);
            warning.put(TaskTitle.CONTEXT, (missed ? "minął " : "mija ") + Deadlines.dayText(programme.getCalendar().councilDeadline())
                    + ", " + TaskTitle.of(programme));
            runtime.startProcessInstanceByKey(ProcessKeys.DEADLINE_WARNING, String.valueOf(id), warning);
        };
    }

}
