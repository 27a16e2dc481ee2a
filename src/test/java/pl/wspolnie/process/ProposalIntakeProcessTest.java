package pl.wspolnie.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.programme.NewProgramme;
import pl.wspolnie.programme.PriorityTask;
import pl.wspolnie.programme.Programme;
import pl.wspolnie.programme.ProgrammeKind;
import pl.wspolnie.programme.ProgrammeService;
import pl.wspolnie.programme.SectorSection;
import pl.wspolnie.programme.TaskForm;
import pl.wspolnie.proposal.Proposal;
import pl.wspolnie.proposal.ProposalService;
import pl.wspolnie.proposal.ProposalStatus;
import pl.wspolnie.proposal.ProposalSubmission;
import pl.wspolnie.proposal.SubmitterType;
import pl.wspolnie.shared.InvalidInputException;
import pl.wspolnie.support.ProcessTest;

/**
 * proposal-intake.bpmn and proposal-routing.dmn on the real services and database: the API start and the
 * Tasklist start form, every routing rule, the three triage outcomes, and refused input that leaves nothing
 * half-written. Programmes are for 2031–2033, so none of their timers is due.
 */
@ProcessTest
class ProposalIntakeProcessTest {

    private static final String PROCESS = "proposal-intake";
    private static final String NBSP = "\u00a0";

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    FormService forms;
    @Autowired
    HistoryService history;
    @Autowired
    DecisionService decisions;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    ProposalService proposals;
    @Autowired
    ObjectMapper json;

    @BeforeEach
    void init() {
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(processEngine);
    }

    // ---- API path ---------------------------------------------------------------------------------------

    @Test
    void apiSubmissionIsRoutedToTheSectorTeamAndAcceptedAsAPriorityTaskSplitPerYear() {
        Programme programme = programme("accept");
        // P-2027-0016: Wydział Kultury, KULTURA, open competition, 1 477 000,00 zł – here over the three years
        ProposalSubmission submission = sample("P-2027-0016").withYears(2031, 2033).build();

        var submitted = proposals.submit(programme.getId(), submission);

        assertThat(submitted.created()).isTrue();
        Long proposalId = submitted.proposal().getId();
        ProcessInstance pi = intakeOf(proposalId);
        assertThat(pi).isStarted().hasBusinessKey(String.valueOf(proposalId)).isWaitingAt("TriageProposal")
                .hasPassedInOrder("ProposalReceived", "RegisterProposal", "RouteProposal", "AssignTriage");
        assertThat(pi).task().hasDefinitionKey("TriageProposal").hasCandidateGroup("sector-culture");
        assertThat(pi).variables()
                .containsEntry("proposalId", proposalId)
                .containsEntry("programmeId", programme.getId())
                .containsEntry("route", "SECTOR_TEAM")
                .containsEntry("triageGroup", "sector-culture")
                .as("the routing table's inputs are transient").doesNotContainKeys("sectorKnown", "proposalForm",
                        "proposalAmount", "smallGrantMaxAmount", "submitterType");
        assertThat(routingInputs(pi)).containsEntry("sectorKnown", true).containsEntry("proposalForm", "OTWARTY_KONKURS_OFERT")
                .containsEntry("proposalAmount", 1477000.0);
        assertRoutedBy(pi, "Rule_SectorTeam", "SECTOR_TEAM");

        // what the proposal-triage form shows (Tasklist loads it as the task's form variables)
        Map<String, Object> form = forms.getTaskFormVariables(task(pi).getId());
        assertThat(form)
                .containsEntry("proposalTitle", submission.title())
                .containsEntry("proposalSubmitter", "Wydział Kultury i Dziedzictwa Narodowego (WKL)")
                .containsEntry("proposalSectorName", "Kultura i sztuka")
                .containsEntry("proposalDescription", submission.description())
                .containsEntry("proposalJustification", submission.justification())
                .containsEntry("proposalFormLabel", "Otwarty konkurs ofert")
                .containsEntry("proposalModeLabel", "Powierzanie")
                .containsEntry("proposalAmountText", "1" + NBSP + "477" + NBSP + "000,00" + NBSP + "zł")
                .containsEntry("proposalYears", "2031–2033")
                .containsEntry("existingTasksSummary", "Brak zadań priorytetowych.");
        assertThat((String) form.get("routingReason")).contains("Kultura i sztuka").contains("zespół branżowy");

        Proposal routed = proposals.get(proposalId);
        assertThat(routed.getStatus()).isEqualTo(ProposalStatus.ROUTED);
        assertThat(routed.getRoutedGroup()).isEqualTo("sector-culture");
        assertThat(routed.getProcessInstanceId()).isEqualTo(pi.getId());

        // the same reference again: the first proposal, no second intake
        var again = proposals.submit(programme.getId(), sample("P-2027-0016").ref(submission.externalRef())
                .title("Inny tytuł").build());
        assertThat(again.created()).isFalse();
        assertThat(again.proposal().getId()).isEqualTo(proposalId);
        assertThat(again.proposal().getTitle()).isEqualTo(submission.title());
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS)
                .processInstanceBusinessKey(String.valueOf(proposalId)).count()).isEqualTo(1);
        assertThat(proposals.of(programme.getId())).hasSize(1);

        complete(task(pi), withVariables("triageDecision", "ACCEPT", "targetSector", "", "triageReason", ""));

        assertThat(pi).isEnded().hasPassedInOrder("ProposalReceived", "RegisterProposal", "RouteProposal",
                "AssignTriage", "TriageProposal", "ProposalTriaged");
        Proposal accepted = proposals.get(proposalId);
        assertThat(accepted.getStatus()).isEqualTo(ProposalStatus.ACCEPTED);
        assertThat(accepted.getTriageReason()).isNull();
        List<PriorityTask> created = programmes.priorityTasks(programme.getId());
        assertThat(created).hasSize(1);
        PriorityTask task = created.get(0);
        assertThat(task.getId()).isEqualTo(accepted.getPriorityTaskId());
        assertThat(task.getSectionId()).isEqualTo(section(programme, "KULTURA").getId());
        assertThat(task.getTitle()).isEqualTo(submission.title());
        assertThat(task.getTaskForm()).isEqualTo(TaskForm.OTWARTY_KONKURS_OFERT);
        assertThat(task.getFundingMode()).isEqualTo(pl.wspolnie.programme.FundingMode.POWIERZANIE);
        assertThat(task.getResponsibleDepartment()).isEqualTo("Wydział Kultury i Dziedzictwa Narodowego");
        // 1 477 000,00 / 3: 492 333 zł in each year but the last, which takes the remaining 492 334 zł
        assertThat(amounts(task)).containsExactly(
                tuple(2031, new BigDecimal("492333.00")),
                tuple(2032, new BigDecimal("492333.00")),
                tuple(2033, new BigDecimal("492334.00")));
        assertThat(task.total()).isEqualByComparingTo("1477000.00");
    }

    @Test
    void aTaskAcceptedAfterADuplicateArrivedIsOfferedWhenTheTeamTakesTheDuplicate() {
        Programme programme = programme("duplicate");
        Long firstId = proposals.submit(programme.getId(), sample("P-2027-0016").build()).proposal().getId();
        Long secondId = proposals.submit(programme.getId(), sample("P-2027-0016").build()).proposal().getId();
        Task duplicate = task(intakeOf(secondId));
        assertThat(tasks.getVariables(duplicate.getId())).containsEntry("existingTasksSummary", "Brak zadań priorytetowych.");

        complete(task(intakeOf(firstId)), withVariables("triageDecision", "ACCEPT"));
        PriorityTask accepted = programmes.priorityTasks(programme.getId()).get(0);
        tasks.claim(duplicate.getId(), "culture");

        assertThat(tasks.getVariables(duplicate.getId()))
                .containsEntry("existingTasksSummary", "nr " + accepted.getId() + ": " + accepted.getTitle() + " ("
                        + amountText(accepted) + ")");
        assertThat(tasks.getVariable(duplicate.getId(), "mergeTargetOptions").toString())
                .contains("nr " + accepted.getId() + ": " + accepted.getTitle(), "\"value\":\"" + accepted.getId() + "\"");
    }

    private static String amountText(PriorityTask task) {
        return pl.wspolnie.shared.Money.pln(task.total());
    }

    @Test
    void mergeAddsTheProposalsAmountsToTheTaskCreatedBefore() {
        Programme programme = programme("merge");
        Long firstId = proposals.submit(programme.getId(),
                sample("P-2027-0016").amount("60000.00").withYears(2031, 2032).build()).proposal().getId();
        complete(task(intakeOf(firstId)), withVariables("triageDecision", "ACCEPT"));
        PriorityTask existing = programmes.priorityTasks(programme.getId()).get(0);
        assertThat(amounts(existing)).containsExactly(tuple(2031, new BigDecimal("30000.00")),
                tuple(2032, new BigDecimal("30000.00")));

        // P-2027-0009: an NGO's culture proposal, 664 000,00 zł, here for 2032–2033
        ProposalSubmission second = sample("P-2027-0009").withYears(2032, 2033).build();
        Long secondId = proposals.submit(programme.getId(), second).proposal().getId();
        ProcessInstance pi = intakeOf(secondId);
        assertThat(pi).isWaitingAt("TriageProposal");
        assertThat(pi).task().hasCandidateGroup("sector-culture");
        Task triage = task(pi);
        assertThat(tasks.getVariables(triage.getId()))
                .containsEntry("proposalSubmitter", "Fundacja Zielony Kraków, KRS 0229703378, kontakt9@example.org")
                .containsEntry("existingTasksSummary", "nr " + existing.getId() + ": " + existing.getTitle()
                        + " (60" + NBSP + "000,00" + NBSP + "zł)");

        // MERGE needs the task and a reason; a task of no programme is refused
        assertThatThrownBy(() -> tasks.complete(triage.getId(), Map.of("triageDecision", "MERGE")))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("„Zadanie, z którym połączyć propozycję”").hasMessageContaining("„Uzasadnienie rozstrzygnięcia”");
        assertThatThrownBy(() -> tasks.complete(triage.getId(), Map.of("triageDecision", "MERGE",
                "mergeIntoTaskId", 999_999, "triageReason", "Ten sam zakres")))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessage("Sprawdź pole „Zadanie, z którym połączyć propozycję”.");
        assertThat(pi).isWaitingAt("TriageProposal");
        assertThat(proposals.get(secondId).getStatus()).isEqualTo(ProposalStatus.ROUTED);

        // the form's number field arrives as an Integer
        complete(triage, withVariables("triageDecision", "MERGE", "mergeIntoTaskId", existing.getId().intValue(),
                "triageReason", "Ten sam zakres co zadanie Wydziału Kultury – łączymy środki."));

        assertThat(pi).isEnded().hasPassedInOrder("TriageProposal", "ProposalTriaged");
        Proposal merged = proposals.get(secondId);
        assertThat(merged.getStatus()).isEqualTo(ProposalStatus.MERGED);
        assertThat(merged.getPriorityTaskId()).isEqualTo(existing.getId());
        assertThat(merged.getTriageReason()).isEqualTo("Ten sam zakres co zadanie Wydziału Kultury – łączymy środki.");
        List<PriorityTask> after = programmes.priorityTasks(programme.getId());
        assertThat(after).extracting(PriorityTask::getId).containsExactly(existing.getId());
        assertThat(amounts(after.get(0))).containsExactly(
                tuple(2031, new BigDecimal("30000.00")),
                tuple(2032, new BigDecimal("362000.00")),
                tuple(2033, new BigDecimal("332000.00")));
        assertThat(after.get(0).total()).isEqualByComparingTo("724000.00");
    }

    @Test
    void rejectStoresTheReasonAndCreatesNoTask() {
        Programme programme = programme("reject");
        // P-2027-0019: MOPS, non-financial cooperation
        Long proposalId = proposals.submit(programme.getId(), sample("P-2027-0019").build()).proposal().getId();
        ProcessInstance pi = intakeOf(proposalId);
        assertThat(pi).task().hasCandidateGroup("sector-inclusion");
        assertThat(routingInputs(pi)).containsEntry("proposalForm", "POZAFINANSOWA").containsEntry("proposalAmount", 0.0);

        complete(task(pi), withVariables("triageDecision", "REJECT",
                "triageReason", "  Zadanie realizuje już MOPS w ramach zadań własnych.  "));

        assertThat(pi).isEnded().hasPassedInOrder("TriageProposal", "ProposalTriaged");
        Proposal rejected = proposals.get(proposalId);
        assertThat(rejected.getStatus()).isEqualTo(ProposalStatus.REJECTED);
        assertThat(rejected.getTriageReason()).isEqualTo("Zadanie realizuje już MOPS w ramach zadań własnych.");
        assertThat(rejected.getPriorityTaskId()).isNull();
        assertThat(programmes.priorityTasks(programme.getId())).isEmpty();
    }

    // ---- routing ----------------------------------------------------------------------------------------

    @Test
    void aSectorWithoutATeamGoesToTheCoordinationTeamWhichNamesTheSector() {
        Programme programme = programme("unknown-sector");
        Long proposalId = proposals.submit(programme.getId(), sample("P-2027-0016").sector("KOSMOS").build())
                .proposal().getId();
        ProcessInstance pi = intakeOf(proposalId);

        assertThat(pi).isWaitingAt("TriageProposal");
        assertThat(pi).task().hasCandidateGroup("coordination-team");
        assertThat(routingInputs(pi)).containsEntry("sectorKnown", false);
        assertThat(pi).variables().containsEntry("route", "COORDINATION")
                .containsEntry("triageGroup", "coordination-team")
                .containsEntry("proposalSectorName", "KOSMOS – sektor spoza profilu gminy");
        assertThat((String) runtime.getVariable(pi.getId(), "routingReason")).contains("KOSMOS")
                .contains("nie należy do żadnego zespołu branżowego");
        assertRoutedBy(pi, "Rule_SectorWithoutTeam", "COORDINATION");
        assertThat(proposals.get(proposalId).getRoutedGroup()).isEqualTo("coordination-team");

        // accepting needs a sector the programme has
        Task triage = task(pi);
        assertThatThrownBy(() -> tasks.complete(triage.getId(), Map.of("triageDecision", "ACCEPT")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("„Obszar docelowy”");
        assertThat(programmes.priorityTasks(programme.getId())).isEmpty();

        complete(triage, withVariables("triageDecision", "ACCEPT", "targetSector", " kultura "));

        assertThat(pi).isEnded();
        assertThat(proposals.get(proposalId).getStatus()).isEqualTo(ProposalStatus.ACCEPTED);
        assertThat(programmes.priorityTasks(programme.getId())).singleElement()
                .extracting(PriorityTask::getSectionId).isEqualTo(section(programme, "KULTURA").getId());
    }

    @ParameterizedTest(name = "tryb pozakonkursowy {0} zł → {1}")
    @CsvSource({
            "4000.00,  sector-culture,    SECTOR_TEAM,  Rule_SectorTeam",
            "10000.00, sector-culture,    SECTOR_TEAM,  Rule_SectorTeam"})
    void smallGrantsWithinTheArt19aLimitGoToTheSectorTeam(String amount, String group, String route, String rule) {
        Programme programme = programme("art19a-" + amount);
        // P-2027-0032: Wydział Kultury, tryb pozakonkursowy, 4 000,00 zł
        Long proposalId = proposals.submit(programme.getId(), sample("P-2027-0032").amount(amount).build())
                .proposal().getId();
        ProcessInstance pi = intakeOf(proposalId);

        assertThat(pi).isWaitingAt("TriageProposal");
        assertThat(pi).task().hasCandidateGroup(group);
        assertThat(routingInputs(pi)).containsEntry("proposalForm", "TRYB_POZAKONKURSOWY")
                .containsEntry("proposalAmount", Double.valueOf(amount));
        assertThat(pi).variables().containsEntry("route", route);
        assertRoutedBy(pi, rule, route);
        assertThat(proposals.get(proposalId).getRoutedGroup()).isEqualTo(group);
    }

    @ParameterizedTest(name = "tryb pozakonkursowy {0} zł w latach {1}–{2} odrzucony")
    @CsvSource({"10000.01, 2031, 2031, plannedAmountPln", "4000.00, 2031, 2032, years"})
    void smallGrantsBeyondTheArt19aLimitsAreRefusedAtIntake(String amount, int first, int last, String field) {
        Programme programme = programme("art19a-refused-" + amount + first + last);
        var submission = sample("P-2027-0032").amount(amount).withYears(first, last).build();

        assertThatThrownBy(() -> proposals.submit(programme.getId(), submission))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining(field).hasMessageContaining("art. 19a");
        assertThat(proposals.received(programme.getId(), submission.externalRef())).isEmpty();
    }

    @Test
    void theRoutingTableReadsTheConfiguredSmallGrantLimit() {
        var atFiveThousand = decisions.evaluateDecisionTableByKey("proposal-routing")
                .variables(Variables.createVariables().putValue("sectorKnown", true).putValue("proposalForm", "TRYB_POZAKONKURSOWY")
                        .putValue("proposalAmount", 6000.0).putValue("smallGrantMaxAmount", 5000.0)).evaluate();
        assertThat((String) atFiveThousand.getSingleResult().getSingleEntry()).isEqualTo("COORDINATION");
        var atTenThousand = decisions.evaluateDecisionTableByKey("proposal-routing")
                .variables(Variables.createVariables().putValue("sectorKnown", true).putValue("proposalForm", "TRYB_POZAKONKURSOWY")
                        .putValue("proposalAmount", 6000.0).putValue("smallGrantMaxAmount", 10000.0)).evaluate();
        assertThat((String) atTenThousand.getSingleResult().getSingleEntry()).isEqualTo("SECTOR_TEAM");
    }

    @ParameterizedTest(name = "sectorKnown={0}, {1}, {2} zł → {3} ({4})")
    @CsvSource({
            "false, OTWARTY_KONKURS_OFERT, 50000,    COORDINATION, Rule_SectorWithoutTeam",
            "false, TRYB_POZAKONKURSOWY,   20000,    COORDINATION, Rule_SectorWithoutTeam",
            "false, POZAFINANSOWA,         0,        COORDINATION, Rule_SectorWithoutTeam",
            "true,  TRYB_POZAKONKURSOWY,   10000.01, COORDINATION, Rule_SmallGrantAboveLimit",
            "true,  TRYB_POZAKONKURSOWY,   250000,   COORDINATION, Rule_SmallGrantAboveLimit",
            "true,  TRYB_POZAKONKURSOWY,   10000,    SECTOR_TEAM,  Rule_SectorTeam",
            "true,  TRYB_POZAKONKURSOWY,   0,        SECTOR_TEAM,  Rule_SectorTeam",
            "true,  OTWARTY_KONKURS_OFERT, 1477000,  SECTOR_TEAM,  Rule_SectorTeam",
            "true,  POZAFINANSOWA,         0,        SECTOR_TEAM,  Rule_SectorTeam"})
    void routingTableFirstMatchingRuleWins(boolean sectorKnown, String form, double amount, String route, String rule) {
        Set<String> before = routingDecisions().stream().map(HistoricDecisionInstance::getId).collect(Collectors.toSet());

        var result = decisions.evaluateDecisionTableByKey("proposal-routing")
                .variables(Variables.createVariables().putValue("sectorKnown", sectorKnown)
                        .putValue("proposalForm", form).putValue("proposalAmount", amount).putValue("smallGrantMaxAmount", 10000.0))
                .evaluate();

        assertThat(result).hasSize(1);
        assertThat((String) result.getSingleResult().getSingleEntry()).isEqualTo(route);
        List<HistoricDecisionInstance> evaluated = routingDecisions().stream().filter(d -> !before.contains(d.getId())).toList();
        assertThat(evaluated).hasSize(1);
        assertThat(evaluated.get(0).getOutputs()).extracting(HistoricDecisionOutputInstance::getRuleId,
                HistoricDecisionOutputInstance::getVariableName, HistoricDecisionOutputInstance::getValue)
                .containsExactly(tuple(rule, "route", route));
    }

    // ---- Tasklist start form ----------------------------------------------------------------------------

    @Test
    void tasklistStartFormRegistersTheProposalUnderTheProcessAndNamesItByTheProposalId() {
        Programme programme = programme("start-form");
        String ref = unique("WE-2031-01");
        Map<String, Object> startForm = new HashMap<>();
        startForm.put("programmeId", programme.getId().intValue());
        startForm.put("externalRef", ref);
        startForm.put("submitterType", "DEPARTMENT");
        startForm.put("submitterCode", "WE");
        startForm.put("email", "wydzial@example.org");
        startForm.put("sector", "kultura");
        startForm.put("title", "Warsztaty teatralne dla uczniów szkół podstawowych");
        startForm.put("description", "Cykl warsztatów teatralnych w szkołach podstawowych Nowej Huty.");
        startForm.put("justification", "Zgłoszenia dyrektorów szkół; w zeszłym roku 140 chętnych uczniów.");
        startForm.put("form", "OTWARTY_KONKURS_OFERT");
        startForm.put("mode", "WSPIERANIE");
        startForm.put("plannedAmountPln", "12500,50");
        startForm.put("firstYearOfTask", 2031);
        startForm.put("lastYearOfTask", 2032L);

        ProcessInstance started = runtime.startProcessInstanceByKey(PROCESS, startForm);

        Proposal proposal = proposals.of(programme.getId()).stream().filter(p -> p.getExternalRef().equals(ref))
                .findFirst().orElseThrow();
        ProcessInstance pi = runtime.createProcessInstanceQuery().processInstanceId(started.getId()).singleResult();
        assertThat(pi).hasBusinessKey(String.valueOf(proposal.getId())).isWaitingAt("TriageProposal")
                .hasPassedInOrder("ProposalReceived", "RegisterProposal", "RouteProposal", "AssignTriage");
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(pi.getId()).singleResult()
                .getBusinessKey()).isEqualTo(String.valueOf(proposal.getId()));
        assertThat(proposal.getProcessInstanceId()).isEqualTo(pi.getId());
        assertThat(proposal.getSubmitterType()).isEqualTo(SubmitterType.DEPARTMENT);
        assertThat(proposal.getSubmitterCode()).isEqualTo("WE");
        assertThat(proposal.getSectorCode()).isEqualTo("KULTURA");
        assertThat(proposal.getTaskForm()).isEqualTo(TaskForm.OTWARTY_KONKURS_OFERT);
        assertThat(proposal.getPlannedAmount()).isEqualByComparingTo("12500.50");
        assertThat(proposal.getFirstYear()).isEqualTo(2031);
        assertThat(proposal.getLastYear()).isEqualTo(2032);
        assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.ROUTED);
        assertThat(runtime.getVariables(pi.getId())).as("no contact e-mail among the task's variables").doesNotContainKey("email");
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).variableName("email").includeDeleted().count())
                .as("nor in the history the sector team reads").isZero();
        assertThat(history.createHistoricDetailQuery().processInstanceId(pi.getId()).variableUpdates().list())
                .extracting(d -> ((HistoricVariableUpdate) d).getVariableName()).contains("proposalId").doesNotContain("email");
        assertThat(proposal.getEmail()).as("kept with the proposal").isEqualTo("wydzial@example.org");
        assertThat(pi).variables().containsEntry("proposalId", proposal.getId())
                .containsEntry("programmeId", programme.getId())
                .containsEntry("route", "SECTOR_TEAM")
                // what Tasklist shows the person right after sending the start form (scripts/start-confirmation.js)
                .containsEntry("startConfirmation", "Propozycja zadania została zgłoszona – numer zgłoszenia: "
                        + proposal.getReference() + ". Pod tym numerem zgłaszający może sprawdzić, co się z nią dzieje.");
        assertThat(proposal.getReference()).startsWith("WSP-");
        assertThat(pi).task().hasCandidateGroup("sector-culture");
        assertThat(tasks.getVariables(task(pi).getId()))
                .containsEntry("proposalSubmitter", "Wydział Edukacji (WE)")
                .containsEntry("proposalAmountText", "12" + NBSP + "500,50" + NBSP + "zł")
                .containsEntry("proposalYears", "2031–2032");
        assertThat(routingInputs(pi)).containsEntry("proposalAmount", 12500.5);
        // the form's copies of the proposal live in the instance while the task is open, never in its history
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).includeDeleted().list())
                .extracting(HistoricVariableInstance::getName).contains("proposalId", "route", "triageGroup")
                .doesNotContain("proposalTitle", "proposalSubmitter", "proposalDescription", "proposalAmountText",
                        "routingReason", "existingTasksSummary", "sectorOptions", "mergeTargetOptions", "taskContext");

        complete(task(pi), withVariables("triageDecision", "ACCEPT"));

        assertThat(pi).isEnded();
        PriorityTask task = programmes.priorityTasks(programme.getId()).get(0);
        assertThat(task.getResponsibleDepartment()).isEqualTo("Wydział Edukacji");
        assertThat(amounts(task)).containsExactly(tuple(2031, new BigDecimal("6250.00")),
                tuple(2032, new BigDecimal("6250.50")));
    }

    // ---- refused input ----------------------------------------------------------------------------------

    @Test
    void rejectWithoutAReasonIsRefusedAndNothingIsWritten() {
        Programme programme = programme("refused-triage");
        Long proposalId = proposals.submit(programme.getId(), sample("P-2027-0009").build()).proposal().getId();
        ProcessInstance pi = intakeOf(proposalId);
        Task triage = task(pi);

        assertThatThrownBy(() -> tasks.complete(triage.getId(), Map.of("triageDecision", "REJECT", "triageReason", " ")))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("„Uzasadnienie rozstrzygnięcia”");

        assertThat(pi).isWaitingAt("TriageProposal").hasNotPassed("ProposalTriaged");
        assertThat(task(pi).getId()).isEqualTo(triage.getId());
        assertThat(runtime.getVariables(pi.getId())).doesNotContainKeys("triageDecision", "triageReason");
        Proposal unchanged = proposals.get(proposalId);
        assertThat(unchanged.getStatus()).isEqualTo(ProposalStatus.ROUTED);
        assertThat(unchanged.getTriageReason()).isNull();

        // an unknown decision is refused too
        assertThatThrownBy(() -> tasks.complete(triage.getId(), Map.of("triageDecision", "POSTPONE")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("„Rozstrzygnięcie”");

        complete(triage, withVariables("triageDecision", "REJECT", "triageReason", "Poza zakresem programu."));
        assertThat(pi).isEnded();
        assertThat(proposals.get(proposalId).getStatus()).isEqualTo(ProposalStatus.REJECTED);
    }

    @Test
    void startFormWithABadKrsIsRefusedWithoutAProcessOrAProposal() {
        Programme programme = programme("refused-start");
        long instancesBefore = history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS).count();
        Map<String, Object> startForm = new HashMap<>();
        startForm.put("programmeId", programme.getId().intValue());
        startForm.put("externalRef", unique("NGO-2031-07"));
        startForm.put("submitterType", "NGO");
        startForm.put("submitterName", "Fundacja Zielony Kraków");
        startForm.put("krs", "12345");
        startForm.put("email", "kontakt@example.org");
        startForm.put("sector", "SRODOWISKO");
        startForm.put("title", "Ogrody społeczne");
        startForm.put("description", "Zakładanie ogrodów społecznych na podwórkach.");
        startForm.put("justification", "Potrzeba zgłaszana przez mieszkańców.");
        startForm.put("form", "OTWARTY_KONKURS_OFERT");
        startForm.put("mode", "WSPIERANIE");
        startForm.put("plannedAmountPln", "80000");
        startForm.put("firstYearOfTask", 2031);

        assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROCESS, startForm))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessage("Numer KRS ma 10 cyfr, np. 0000123456.");

        assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS).count())
                .isEqualTo(instancesBefore);
        assertThat(proposals.of(programme.getId())).isEmpty();

        // without programmeId the form means "the programme whose call is open": with several open, none is guessed
        programme("refused-start-second-open-call");
        Map<String, Object> withoutProgramme = new HashMap<>(startForm);
        withoutProgramme.remove("programmeId");
        withoutProgramme.put("krs", "0229703378");
        assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROCESS, withoutProgramme))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessage("Nabór trwa w kilku programach – wpisz w polu „Numer programu”, do którego programu zgłaszasz propozycję.");
        assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS).count())
                .isEqualTo(instancesBefore);

        // the same form with a valid KRS goes through
        startForm.put("krs", "0229703378");
        ProcessInstance pi = runtime.startProcessInstanceByKey(PROCESS, startForm);
        assertThat(pi).isWaitingAt("TriageProposal");
        assertThat(proposals.of(programme.getId())).singleElement()
                .satisfies(p -> assertThat(p.getKrs()).isEqualTo("0229703378"));
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    private Programme programme(String name) {
        return programmes.create(new NewProgramme(ProgrammeKind.MULTI_YEAR, 2031, 2033,
                "Program współpracy 2031–2033 (test " + name + ")", null));
    }

    private ProcessInstance intakeOf(Long proposalId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS)
                .processInstanceBusinessKey(String.valueOf(proposalId)).singleResult();
    }

    private SectorSection section(Programme programme, String sectorCode) {
        return programmes.sections(programme.getId()).stream().filter(s -> s.getSectorCode().equals(sectorCode))
                .findFirst().orElseThrow();
    }

    private void assertRoutedBy(ProcessInstance pi, String ruleId, String route) {
        HistoricDecisionInstance decision = history.createHistoricDecisionInstanceQuery().processInstanceId(pi.getId())
                .decisionDefinitionKey("proposal-routing").includeOutputs().singleResult();
        assertThat(decision.getActivityId()).isEqualTo("RouteProposal");
        assertThat(decision.getOutputs()).extracting(HistoricDecisionOutputInstance::getRuleId,
                HistoricDecisionOutputInstance::getValue).containsExactly(tuple(ruleId, route));
    }

    /** What the routing table read, by input (its inputs are transient variables, gone after the transaction). */
    private Map<String, Object> routingInputs(ProcessInstance pi) {
        HistoricDecisionInstance decision = history.createHistoricDecisionInstanceQuery().processInstanceId(pi.getId())
                .decisionDefinitionKey("proposal-routing").includeInputs().singleResult();
        Map<String, Object> inputs = new HashMap<>();
        decision.getInputs().forEach(i -> inputs.put(i.getClauseId().replaceFirst("^Input_", ""), i.getValue()));
        return inputs;
    }

    private List<HistoricDecisionInstance> routingDecisions() {
        return history.createHistoricDecisionInstanceQuery().decisionDefinitionKey("proposal-routing")
                .includeOutputs().list();
    }

    private static List<org.assertj.core.groups.Tuple> amounts(PriorityTask task) {
        return task.getAmounts().stream().map(a -> tuple(a.getBudgetYear(), a.getAmount())).toList();
    }

    private static String unique(String ref) {
        return ref + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A proposal from src/main/resources/demo/proposals.json, moved to 2031 and given a unique reference. */
    private Sample sample(String externalRef) {
        try (InputStream in = getClass().getResourceAsStream("/demo/proposals.json")) {
            List<ProposalSubmission> all = json.readValue(in, new TypeReference<List<ProposalSubmission>>() {
            });
            ProposalSubmission s = all.stream().filter(p -> p.externalRef().equals(externalRef)).findFirst().orElseThrow();
            return new Sample(s).ref(unique(externalRef)).withYears(s.years().stream().map(y -> y + 4).toList());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class Sample {
        private ProposalSubmission s;

        Sample(ProposalSubmission s) {
            this.s = s;
        }

        Sample ref(String ref) {
            s = new ProposalSubmission(ref, s.submitter(), s.sector(), s.title(), s.description(), s.justification(),
                    s.form(), s.mode(), s.plannedAmountPln(), s.years());
            return this;
        }

        Sample sector(String sector) {
            s = new ProposalSubmission(s.externalRef(), s.submitter(), sector, s.title(), s.description(), s.justification(),
                    s.form(), s.mode(), s.plannedAmountPln(), s.years());
            return this;
        }

        Sample title(String title) {
            s = new ProposalSubmission(s.externalRef(), s.submitter(), s.sector(), title, s.description(), s.justification(),
                    s.form(), s.mode(), s.plannedAmountPln(), s.years());
            return this;
        }

        Sample amount(String amount) {
            s = new ProposalSubmission(s.externalRef(), s.submitter(), s.sector(), s.title(), s.description(),
                    s.justification(), s.form(), s.mode(), amount, s.years());
            return this;
        }

        Sample withYears(Integer... years) {
            return withYears(List.of(years));
        }

        Sample withYears(List<Integer> years) {
            s = new ProposalSubmission(s.externalRef(), s.submitter(), s.sector(), s.title(), s.description(),
                    s.justification(), s.form(), s.mode(), s.plannedAmountPln(), years);
            return this;
        }

        ProposalSubmission build() {
            return s;
        }
    }
}
