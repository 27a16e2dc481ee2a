package pl.wspolnie.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import pl.wspolnie.consultation.ConsultationService;
import pl.wspolnie.council.CouncilDecision;
import pl.wspolnie.council.CouncilService;
import pl.wspolnie.council.DecisionRequest;
import pl.wspolnie.council.MayorDecision;
import pl.wspolnie.drafting.DraftStage;
import pl.wspolnie.drafting.DraftSummary;
import pl.wspolnie.drafting.DraftingService;
import pl.wspolnie.history.ChangeHistory;
import pl.wspolnie.history.HistoryEntry;
import pl.wspolnie.programme.Calendar;
import pl.wspolnie.programme.FundingMode;
import pl.wspolnie.programme.NewPriorityTask;
import pl.wspolnie.programme.NewProgramme;
import pl.wspolnie.programme.PriorityTaskService;
import pl.wspolnie.programme.Programme;
import pl.wspolnie.programme.ProgrammeKind;
import pl.wspolnie.programme.ProgrammeService;
import pl.wspolnie.programme.SectionStatus;
import pl.wspolnie.programme.SectorSection;
import pl.wspolnie.programme.Stage;
import pl.wspolnie.programme.TaskForm;
import pl.wspolnie.shared.ConflictException;
import pl.wspolnie.shared.InvalidInputException;
import pl.wspolnie.support.Jobs;
import pl.wspolnie.support.ProcessTest;

/**
 * programme-drafting.bpmn end to end with the real services and database: every gateway outcome, every timer
 * and the council's message. Timers and async continuations are fired by the test (job executor off).
 *
 * <p>The application clock is fixed at 25 November 2030 (a few days before the adoption deadline of a 2031
 * programme), so the dates a council office really enters for such a programme — submitted on 20 November,
 * decided on 24 November — are "not in the future" as the services require. The engine's own clock is not
 * touched: the timers below are due in 2030 and are fired explicitly.
 */
@ProcessTest
class ProgrammeDraftingProcessTest {

    static final Instant NOW = Instant.parse("2030-11-25T09:00:00Z");
    static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    static final String PROCESS = "programme-drafting";
    static final String NARRATIVE = "Zespół opisuje cele współpracy w swoim obszarze, formy wsparcia organizacji "
            + "i zadania priorytetowe na rok objęty programem.";

    /** Sector codes of krakow.json in profile order, with their sectoral team groups. */
    static final Map<String, String> SECTOR_GROUPS = linked(
            "KULTURA", "sector-culture",
            "EDUKACJA", "sector-education",
            "SRODOWISKO", "sector-environment",
            "GOSPODARKA", "sector-economy",
            "SPORT", "sector-sport",
            "OBYWATELE", "sector-civil-society",
            "ZDROWIE", "sector-health",
            "WYKLUCZENIE", "sector-inclusion");

    /**
     * The programme template, read on every generation: a copy of the shipped one the tests may spoil, as a
     * municipality's clerk might, and restore after each test.
     */
    static final Path TEMPLATE = temporaryFile("programme-template", ".docx");

    @DynamicPropertySource
    static void template(DynamicPropertyRegistry properties) {
        properties.add("wspolnie.drafting.template", () -> TEMPLATE.toUri().toString());
    }

    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        Clock testClock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @Autowired ProcessEngine processEngine;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired HistoryService historyService;
    @Autowired IdentityService identity;
    @Autowired ProgrammeService programmes;
    @Autowired PriorityTaskService priorityTasks;
    @Autowired CouncilService council;
    @Autowired DraftingService drafting;
    @Autowired ConsultationService consultations;
    @Autowired ChangeHistory history;

    /** One drafting cycle under test: the programme and its process instance. */
    record Cycle(Long programmeId, ProcessInstance instance) {
        String id() {
            return instance.getId();
        }
    }

    @BeforeEach
    void setUp() {
        init(processEngine);
        SecurityContextHolder.clearContext();
        identity.clearAuthentication();
    }

    @AfterEach
    void tearDown() throws IOException {
        SecurityContextHolder.clearContext();
        identity.clearAuthentication();
        restoreTemplate();
    }

    // ---- start ------------------------------------------------------------------------------------------

    @Test
    void apiStartRegistersTheCalendarAndWaitsForTheCallForProposalsToClose() {
        Cycle cycle = startAnnual2031WithoutTasks("Roczny program współpracy na rok 2031 – start z API");

        Programme programme = programmes.get(cycle.programmeId());
        assertThat(cycle.instance().getBusinessKey()).isEqualTo(String.valueOf(cycle.programmeId()));
        assertThat(programme.getProcessInstanceId()).isEqualTo(cycle.id());
        assertThat(programme.getStage()).isEqualTo(Stage.CALL_FOR_PROPOSALS);
        assertThat(programme.getRound()).isEqualTo(1);
        assertThat(programme.getCalendar()).isEqualTo(new Calendar(LocalDate.of(2030, 7, 31), LocalDate.of(2030, 9, 14),
                LocalDate.of(2030, 10, 5), LocalDate.of(2030, 10, 26), LocalDate.of(2030, 10, 19), LocalDate.of(2030, 11, 30)));

        assertThat(cycle.instance()).isStarted().hasPassedInOrder("StartProgramme", "RegisterProgramme", "ProgrammeCycleStarted")
                .isWaitingAt("CallForProposalsClosed").hasNotPassed("CloseCallForProposals");
        // "by day X" timers fire when the day is over in Warsaw; the warning fires when its day begins
        Date proposalDeadline = warsaw(2030, 8, 1);
        Date sectionDueDate = warsaw(2030, 9, 15);
        Date deadlineWarningDate = warsaw(2030, 11, 16);
        Date councilDeadlineEnd = warsaw(2030, 12, 1);
        assertThat(runtime.getVariables(cycle.id())).containsEntry("programmeId", cycle.programmeId())
                .containsEntry("proposalDeadline", proposalDeadline)
                .containsEntry("sectionDueDate", sectionDueDate)
                .containsEntry("deadlineWarningDate", deadlineWarningDate)
                .containsEntry("councilDeadlineEnd", councilDeadlineEnd);
        assertThat(timer(cycle, "CallForProposalsClosed").getDuedate()).isEqualTo(proposalDeadline);
        assertThat(timer(cycle, "DeadlineApproaching").getDuedate()).isEqualTo(deadlineWarningDate);
        assertThat(timer(cycle, "DeadlineMissed").getDuedate()).isEqualTo(councilDeadlineEnd);
        assertThat(history.of(cycle.programmeId())).extracting(HistoryEntry::getAction, HistoryEntry::getActor)
                .containsExactly(tuple("CREATED", "coordinator"), tuple("TEXT_CREATED", "coordinator"));
    }

    @Test
    void tasklistStartFormRegistersTheProgrammeWithItsCalendarAndBusinessKey() {
        Map<String, Object> form = new HashMap<>();
        form.put("kind", "MULTI_YEAR");
        form.put("firstYear", 2032);
        form.put("lastYear", 2035);
        form.put("title", "Wieloletni program współpracy na lata 2032–2035");
        form.put("consultationStart", "2031-10-01");
        form.put("proposalDeadline", "");

        ProcessInstance started;
        identity.setAuthentication("coordinator", List.of("coordination-team"));
        try {
            started = runtime.startProcessInstanceByKey(PROCESS, form);
        } finally {
            identity.clearAuthentication();
        }

        Long programmeId = (Long) runtime.getVariable(started.getId(), "programmeId");
        assertThat(programmeId).isNotNull();
        ProcessInstance stored = runtime.createProcessInstanceQuery().processInstanceId(started.getId()).singleResult();
        assertThat(stored.getBusinessKey()).isEqualTo(String.valueOf(programmeId));
        Programme programme = programmes.get(programmeId);
        assertThat(programme.getKind()).isEqualTo(ProgrammeKind.MULTI_YEAR);
        assertThat(programme.getFirstYear()).isEqualTo(2032);
        assertThat(programme.getLastYear()).isEqualTo(2035);
        assertThat(programme.getTitle()).isEqualTo("Wieloletni program współpracy na lata 2032–2035");
        assertThat(programme.getProcessInstanceId()).isEqualTo(started.getId());
        assertThat(programme.getCreatedBy()).isEqualTo("coordinator");
        // the date from the form wins, the others follow from it and from 30 November 2031
        assertThat(programme.getCalendar()).isEqualTo(new Calendar(LocalDate.of(2031, 7, 27), LocalDate.of(2031, 9, 10),
                LocalDate.of(2031, 10, 1), LocalDate.of(2031, 10, 26), LocalDate.of(2031, 10, 15), LocalDate.of(2031, 11, 30)));
        assertThat(runtime.getVariables(started.getId())).containsEntry("initiator", "coordinator")
                .containsEntry("proposalDeadline", warsaw(2031, 7, 28))
                .containsEntry("sectionDueDate", warsaw(2031, 9, 11))
                .containsEntry("deadlineWarningDate", warsaw(2031, 11, 16))
                .containsEntry("councilDeadlineEnd", warsaw(2031, 12, 1));
        assertThat(stored).isWaitingAt("CallForProposalsClosed");
        assertThat(history.of(programmeId)).extracting(HistoryEntry::getAction, HistoryEntry::getActor)
                .containsExactly(tuple("CREATED", "coordinator"), tuple("TEXT_CREATED", "coordinator"));
    }

    @Test
    void badStartFormIsRefusedAndLeavesNothingBehind() {
        String title = "Roczny program z błędnym okresem";
        long programmesBefore = programmes.list().size();
        long instancesBefore = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS).count();
        Map<String, Object> form = Map.of("kind", "ANNUAL", "firstYear", 2032, "lastYear", 2033, "title", title);

        assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROCESS, form))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessage("W programie rocznym ostatni rok obowiązywania jest taki sam jak pierwszy.");

        assertThat(programmes.list()).hasSize((int) programmesBefore).noneMatch(p -> p.getTitle().equals(title));
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS).count()).isEqualTo(instancesBefore);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).variableValueEquals("title", title).count()).isZero();
    }

    // ---- sector work ------------------------------------------------------------------------------------

    @Test
    void closingTheCallOpensOneSectionTaskPerSectorForItsTeam() {
        Cycle cycle = startAnnual2031WithoutTasks("Program 2031 – prace sektorowe");

        closeCallForProposals(cycle);

        assertThat(programmes.get(cycle.programmeId()).getStage()).isEqualTo(Stage.SECTOR_WORK);
        assertThat(cycle.instance()).hasPassedInOrder("CallForProposalsClosed", "CloseCallForProposals", "OpenSectorSection")
                .isWaitingAt("PrepareSectorSection");
        List<Task> prepare = tasks(cycle, "PrepareSectorSection");
        assertThat(prepare).hasSize(8);
        Date due = warsaw(2030, 9, 15);
        for (var sector : SECTOR_GROUPS.entrySet()) {
            Task task = sectionTask(cycle, "PrepareSectorSection", sector.getKey());
            assertThat(task).hasCandidateGroup(sector.getValue()).isNotAssigned();
            assertThat(candidateGroups(task)).containsExactly(sector.getValue());
            assertThat(task.getDueDate()).isEqualTo(due);
            assertThat(task.getPriority()).isEqualTo(Task.PRIORITY_NORMAL);
            assertThat(tasks.getVariable(task.getId(), "sectorGroup")).isEqualTo(sector.getValue());
            assertThat(tasks.getVariable(task.getId(), "priorityTasksSummary"))
                    .isEqualTo("Brak zadań priorytetowych z przyjętych propozycji.");
        }
        assertThat(tasks.getVariable(sectionTask(cycle, "PrepareSectorSection", "SPORT").getId(), "sectorName"))
                .isEqualTo("Rekreacja, sport i turystyka");
        assertThat(programmes.sections(cycle.programmeId())).extracting(SectorSection::getSectorCode, SectorSection::getStatus)
                .containsExactlyElementsOf(SECTOR_GROUPS.keySet().stream().map(c -> tuple(c, SectionStatus.IN_PROGRESS)).toList());
        assertThat(management.createJobQuery().processInstanceId(cycle.id()).activityId("SectionOverdue").count()).isEqualTo(8);
    }

    @Test
    void sectionIsReturnedWithRemarksAndThenAccepted() {
        Cycle cycle = startAnnual2031("Program 2031 – zwrot części");
        closeCallForProposals(cycle);
        Task kultura = sectionTask(cycle, "PrepareSectorSection", "KULTURA");

        // the narrative is too short
        assertThatThrownBy(() -> tasks.complete(kultura.getId(), Map.of("sectionNarrative", "Za krótko.")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("„Treść części sektorowej”");
        assertThat(task(kultura.getId())).isNotNull();
        assertThat(section(cycle, "KULTURA").getStatus()).isEqualTo(SectionStatus.IN_PROGRESS);

        tasks.complete(kultura.getId(), Map.of("sectionNarrative", NARRATIVE));
        assertThat(section(cycle, "KULTURA").getStatus()).isEqualTo(SectionStatus.SUBMITTED);
        assertThat(section(cycle, "KULTURA").getNarrative()).isEqualTo(NARRATIVE);
        Task review = sectionTask(cycle, "ReviewSectorSection", "KULTURA");
        assertThat(review).hasCandidateGroup("coordination-team");
        assertThat(tasks.getVariable(review.getId(), "sectionNarrative")).isEqualTo(NARRATIVE);
        assertThat(tasks(cycle, "PrepareSectorSection")).hasSize(7);

        // RETURN needs remarks
        assertThatThrownBy(() -> tasks.complete(review.getId(), Map.of("sectionDecision", "RETURN")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("„Uwagi do poprawy”");
        assertThat(task(review.getId())).isNotNull();
        assertThat(section(cycle, "KULTURA").getStatus()).isEqualTo(SectionStatus.SUBMITTED);

        String remarks = "Proszę dopisać zadania dotyczące edukacji kulturalnej.";
        tasks.complete(review.getId(), Map.of("sectionDecision", "RETURN", "reviewRemarks", remarks));

        assertThat(section(cycle, "KULTURA").getStatus()).isEqualTo(SectionStatus.RETURNED);
        assertThat(section(cycle, "KULTURA").getReviewRemarks()).isEqualTo(remarks);
        List<Task> prepare = tasks(cycle, "PrepareSectorSection");
        assertThat(prepare).hasSize(8);
        assertThat(prepare.stream().filter(t -> "KULTURA".equals(tasks.getVariable(t.getId(), "sectorCode")))).hasSize(1);
        Task again = sectionTask(cycle, "PrepareSectorSection", "KULTURA");
        assertThat(again.getId()).isNotEqualTo(kultura.getId());
        assertThat(again).hasCandidateGroup("sector-culture");
        assertThat(tasks.getVariable(again.getId(), "reviewRemarks")).isEqualTo(remarks);
        assertThat(tasks.getVariable(again.getId(), "sectionNarrative")).isEqualTo(NARRATIVE);
        // the other sectors never saw the remark
        assertThat(tasks.getVariable(sectionTask(cycle, "PrepareSectorSection", "SPORT").getId(), "reviewRemarks")).isNull();
        assertThat(tasks(cycle, "ReviewSectorSection")).isEmpty();

        String better = NARRATIVE + " Edukacja kulturalna dzieci i młodzieży jest zadaniem priorytetowym.";
        tasks.complete(again.getId(), Map.of("sectionNarrative", better));
        Task secondReview = sectionTask(cycle, "ReviewSectorSection", "KULTURA");
        assertThat(tasks.getVariable(secondReview.getId(), "reviewRemarks")).as("a new submission is reviewed afresh").isNull();
        tasks.complete(secondReview.getId(), Map.of("sectionDecision", "ACCEPT"));

        assertThat(section(cycle, "KULTURA").getStatus()).isEqualTo(SectionStatus.ACCEPTED);
        assertThat(section(cycle, "KULTURA").getNarrative()).isEqualTo(better);
        assertThat(cycle.instance()).hasPassedInOrder("ReviewSectorSection", "SectionAcceptedGateway",
                "PrepareSectorSection", "SectionAccepted").isWaitingAt("PrepareSectorSection");
        assertThat(tasks(cycle, "PrepareSectorSection")).hasSize(7)
                .noneMatch(t -> "KULTURA".equals(tasks.getVariable(t.getId(), "sectorCode")));
        assertThat(actions(cycle, "SECTION_SUBMITTED", "SECTION_RETURNED", "SECTION_ACCEPTED"))
                .containsExactly("SECTION_SUBMITTED", "SECTION_RETURNED", "SECTION_SUBMITTED", "SECTION_ACCEPTED");
    }

    @Test
    void overdueSectionIsEscalatedWithoutInterruptingTheTeam() {
        Cycle cycle = startAnnual2031("Program 2031 – zaległa część");
        closeCallForProposals(cycle);
        Task sport = sectionTask(cycle, "PrepareSectorSection", "SPORT");
        Long sectionId = section(cycle, "SPORT").getId();

        management.executeJob(sectionOverdueTimer(cycle, "SPORT").getId());

        Task same = task(sport.getId());
        assertThat(same).as("the non-interrupting timer leaves the task open").isNotNull();
        assertThat(same).hasCandidateGroup("sector-sport").hasCandidateGroup("coordination-team");
        assertThat(candidateGroups(same)).containsExactlyInAnyOrder("sector-sport", "coordination-team");
        assertThat(same.getPriority()).isEqualTo(90);
        for (Task other : tasks(cycle, "PrepareSectorSection")) {
            if (!other.getId().equals(sport.getId())) {
                assertThat(candidateGroups(other)).doesNotContain("coordination-team");
                assertThat(other.getPriority()).isEqualTo(Task.PRIORITY_NORMAL);
            }
        }
        assertThat(cycle.instance()).hasPassed("SectionOverdue", "EscalateOverdueSection", "OverdueEscalated")
                .isWaitingAt("PrepareSectorSection");
        assertThat(tasks(cycle, "PrepareSectorSection")).hasSize(8);
        assertThat(management.createJobQuery().processInstanceId(cycle.id()).activityId("SectionOverdue").count()).isEqualTo(7);
        List<HistoryEntry> overdue = history.of(cycle.programmeId(), List.of("SECTION_OVERDUE"));
        assertThat(overdue).singleElement().satisfies(e -> {
            assertThat(e.getEntityType()).isEqualTo("SectorSection");
            assertThat(e.getEntityId()).isEqualTo(sectionId);
            assertThat(e.getActor()).isEqualTo("system");
            assertThat(e.getDetail()).isEqualTo("SPORT – Rekreacja, sport i turystyka: termin 2030-09-14 minął");
        });

        // the team can still hand in its late section
        tasks.complete(sport.getId(), Map.of("sectionNarrative", NARRATIVE));
        assertThat(sectionTask(cycle, "ReviewSectorSection", "SPORT")).hasCandidateGroup("coordination-team");
        assertThat(section(cycle, "SPORT").getStatus()).isEqualTo(SectionStatus.SUBMITTED);
    }

    // ---- whole draft ------------------------------------------------------------------------------------

    @Test
    void wholeDraftIsAssembledReturnedForTwoSectionsAndApprovedForConsultation() {
        Cycle cycle = startAnnual2031("Program 2031 – ocena całego projektu");
        closeCallForProposals(cycle);
        acceptAllSections(cycle);

        assertThat(cycle.instance()).hasPassed("SectionAccepted").isWaitingAt("AssembleDraft");
        Jobs.fire(management, cycle.id(), "AssembleDraft");

        assertThat(drafting.versions(cycle.programmeId())).extracting(DraftSummary::number, DraftSummary::stage)
                .containsExactly(tuple(1, DraftStage.DRAFT_ASSEMBLED));
        assertThat(programmes.get(cycle.programmeId()).getStage()).isEqualTo(Stage.DRAFT_REVIEW);
        assertThat(cycle.instance()).isWaitingAt("ReviewWholeDraft");
        Task review = single(cycle, "ReviewWholeDraft");
        assertThat(review).hasCandidateGroup("coordination-team");
        assertThat(tasks.getVariable(review.getId(), "draftVersion")).isEqualTo("wersja 1 – Projekt złożony z części sektorowych");
        assertThat((String) tasks.getVariable(review.getId(), "sectionsSummary")).startsWith("KULTURA – Kultura i sztuka: przyjęta")
                .contains("SPORT – Rekreacja, sport i turystyka: przyjęta").doesNotContain("zwrócona").hasLineCount(8);

        // an unknown code is refused, naming the field
        assertThatThrownBy(() -> tasks.complete(review.getId(), Map.of("draftDecision", "RETURN", "sectionsToReturn", "SPORT, TEATR")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("„Części do zwrotu”");
        assertThat(task(review.getId())).isNotNull();
        assertThat(programmes.sections(cycle.programmeId())).allMatch(s -> s.getStatus() == SectionStatus.ACCEPTED);

        tasks.complete(review.getId(), Map.of("draftDecision", "RETURN", "sectionsToReturn", "SPORT, KULTURA",
                "draftRemarks", "Brak zadań dla seniorów."));

        assertThat(programmes.get(cycle.programmeId()).getStage()).isEqualTo(Stage.SECTOR_WORK);
        assertThat(programmes.sections(cycle.programmeId())).filteredOn(s -> s.getStatus() != SectionStatus.ACCEPTED)
                .extracting(SectorSection::getSectorCode, SectorSection::getStatus, SectorSection::getReviewRemarks)
                .containsExactly(tuple("KULTURA", SectionStatus.IN_PROGRESS, "Brak zadań dla seniorów."),
                        tuple("SPORT", SectionStatus.IN_PROGRESS, "Brak zadań dla seniorów."));
        List<Task> returned = tasks(cycle, "PrepareSectorSection");
        assertThat(returned).extracting(t -> tasks.getVariable(t.getId(), "sectorCode")).containsExactlyInAnyOrder("KULTURA", "SPORT");
        assertThat(sectionTask(cycle, "PrepareSectorSection", "KULTURA")).hasCandidateGroup("sector-culture");
        assertThat(sectionTask(cycle, "PrepareSectorSection", "SPORT")).hasCandidateGroup("sector-sport");
        assertThat(tasks.getVariable(returned.get(0).getId(), "reviewRemarks")).isEqualTo("Brak zadań dla seniorów.");
        assertThat(cycle.instance()).hasPassedInOrder("ReviewWholeDraft", "DraftApprovedGateway",
                "MergeBeforeSectorWork").hasNotPassed("PublicConsultation");

        acceptAllSections(cycle);
        Jobs.fire(management, cycle.id(), "AssembleDraft");
        assertThat(drafting.versions(cycle.programmeId())).extracting(DraftSummary::number, DraftSummary::stage)
                .containsExactly(tuple(1, DraftStage.DRAFT_ASSEMBLED), tuple(2, DraftStage.DRAFT_ASSEMBLED));
        Task secondReview = single(cycle, "ReviewWholeDraft");
        assertThat(tasks.getVariable(secondReview.getId(), "draftVersion")).isEqualTo("wersja 2 – Projekt złożony z części sektorowych");
        assertThat(tasks.getVariable(secondReview.getId(), "draftDecision")).isNull();
        assertThat(tasks.getVariable(secondReview.getId(), "sectionsToReturn")).isNull();

        tasks.complete(secondReview.getId(), Map.of("draftDecision", "APPROVE"));

        assertThat(cycle.instance()).isWaitingAt("PublicConsultation");
        assertThat(cycle.instance()).calledProcessInstance("public-consultation")
                .hasBusinessKey(String.valueOf(cycle.programmeId())).isWaitingAt("OpenConsultation");
        ProcessInstance consultation = consultationInstance(cycle);
        assertThat(runtime.getVariable(consultation.getId(), "programmeId")).isEqualTo(cycle.programmeId());
        assertThat(history.of(cycle.programmeId(), List.of("DRAFT_APPROVED_FOR_CONSULTATION"))).singleElement()
                .satisfies(e -> assertThat(e.getDetail()).as("the remarks of the earlier return are not carried over").isNull());
    }

    // ---- statutory completeness (art. 5a ust. 4) ---------------------------------------------------------------

    @Test
    void anIncompleteDraftGoesBackToTheSectionThatLacksPriorityTasksBeforeConsultation() {
        Cycle cycle = startAnnual2031("Program 2031 – sport bez zadań", List.of("SPORT"));
        closeCallForProposals(cycle);
        acceptAllSections(cycle);
        Jobs.fire(management, cycle.id(), "AssembleDraft");

        assertThat(cycle.instance()).hasPassedInOrder("AssembleDraft", "CheckCompletenessBeforeConsultation",
                "CompleteForConsultationGateway").isWaitingAt("CompleteMissingElements").hasNotPassed("ReviewWholeDraft");
        String missing = "• Część „Rekreacja, sport i turystyka” (§ 6 ust. 6) nie ma żadnego zadania priorytetowego.";
        assertThat(runtime.getVariables(cycle.id())).containsEntry("draftComplete", false).containsEntry("missingElements", missing)
                .containsEntry("completenessCheckpoint", "CONSULTATION");
        Task complete = single(cycle, "CompleteMissingElements");
        assertThat(complete).hasCandidateGroup("coordination-team");
        assertThat(complete.getName()).isEqualTo("Uzupełnij brakujące elementy projektu – program na rok 2031");
        assertThat(history.of(cycle.programmeId(), List.of("DRAFT_INCOMPLETE"))).singleElement()
                .satisfies(e -> assertThat(e.getDetail()).isEqualTo("wersja 1, przed konsultacjami: brakuje:\n" + missing));

        // the note is required, and a return names the sections
        assertThatThrownBy(() -> tasks.complete(complete.getId(), Map.of("completionDecision", "RETURN_SECTIONS",
                "sectionsToReturn", "SPORT"))).isInstanceOf(FormFieldValidationException.class).hasMessageContaining("„Jak braki zostaną uzupełnione”");
        assertThatThrownBy(() -> tasks.complete(complete.getId(), Map.of("completionDecision", "RETURN_SECTIONS",
                "completionNote", "Zespół sportu uzupełni zadania.")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("„Części do zwrotu”");
        assertThat(task(complete.getId())).isNotNull();
        assertThat(programmes.get(cycle.programmeId()).getStage()).isEqualTo(Stage.DRAFT_REVIEW);

        completeAs("coordinator", "coordination-team", complete, Map.of("completionDecision", "RETURN_SECTIONS",
                "sectionsToReturn", "sport", "completionNote", "Zespół sportu uzupełni zadania priorytetowe."));

        assertThat(cycle.instance()).hasPassedInOrder("CompleteMissingElements", "CompletionDecisionGateway",
                "MergeBeforeSectorWork").isWaitingAt("PrepareSectorSection");
        assertThat(programmes.get(cycle.programmeId()).getStage()).isEqualTo(Stage.SECTOR_WORK);
        Task sport = sectionTask(cycle, "PrepareSectorSection", "SPORT");
        assertThat(tasks(cycle, "PrepareSectorSection")).hasSize(1);
        assertThat(tasks.getVariable(sport.getId(), "reviewRemarks")).isEqualTo("Zespół sportu uzupełni zadania priorytetowe.");
        assertThat(history.of(cycle.programmeId(), List.of("MISSING_ELEMENTS_ADDRESSED"))).singleElement().satisfies(e -> {
            assertThat(e.getActor()).isEqualTo("coordinator");
            assertThat(e.getDetail()).isEqualTo("zwrot części: Zespół sportu uzupełni zadania priorytetowe.");
        });

        // the team's section now has a task; the draft assembled again is complete
        addTask(cycle, "SPORT", TaskForm.TRYB_POZAKONKURSOWY, Map.of(2031, new BigDecimal("9000.00")));
        acceptAllSections(cycle);
        Jobs.fire(management, cycle.id(), "AssembleDraft");

        assertThat(cycle.instance()).isWaitingAt("ReviewWholeDraft");
        assertThat(runtime.getVariables(cycle.id())).containsEntry("draftComplete", true).containsEntry("missingElements", "");
        assertThat(drafting.versions(cycle.programmeId())).extracting(DraftSummary::number, DraftSummary::stage)
                .containsExactly(tuple(1, DraftStage.DRAFT_ASSEMBLED), tuple(2, DraftStage.DRAFT_ASSEMBLED));
        assertThat(drafting.completeness(cycle.programmeId()).complete()).isTrue();
        assertThat(actions(cycle, "DRAFT_INCOMPLETE", "DRAFT_COMPLETE")).containsExactly("DRAFT_INCOMPLETE", "DRAFT_COMPLETE");
    }

    @Test
    void anIncompleteDraftIsAssembledAndCheckedAgainAfterTheDataIsCorrected() {
        Cycle cycle = startAnnual2031WithoutTasks("Program 2031 – bez środków");
        for (String sector : SECTOR_GROUPS.keySet()) {
            addTask(cycle, sector, TaskForm.POZAFINANSOWA, Map.of());
        }
        closeCallForProposals(cycle);
        acceptAllSections(cycle);
        Jobs.fire(management, cycle.id(), "AssembleDraft");

        String noMoney = "• Projekt nie planuje środków na realizację programu (razem 0,00\u00a0zł).";
        assertThat(runtime.getVariable(cycle.id(), "missingElements")).isEqualTo(noMoney);
        Task complete = single(cycle, "CompleteMissingElements");

        // checking again without a correction finds the same gap in a new version
        tasks.complete(complete.getId(), Map.of("completionDecision", "RECHECK", "completionNote", "Sprawdzamy ponownie."));
        assertThat(cycle.instance()).hasPassedInOrder("CompleteMissingElements", "CompletionDecisionGateway", "MergeBeforeAssembleDraft")
                .isWaitingAt("AssembleDraft");
        Jobs.fire(management, cycle.id(), "AssembleDraft");
        Task again = single(cycle, "CompleteMissingElements");
        assertThat(tasks.getVariable(again.getId(), "missingElements")).isEqualTo(noMoney);
        assertThat(tasks.getVariable(again.getId(), "completionDecision")).as("asked afresh").isNull();
        assertThat(tasks.getVariable(again.getId(), "completionNote")).isNull();

        // the budget is corrected (a financial task is added) and the draft passes
        addTask(cycle, "ZDROWIE", TaskForm.OTWARTY_KONKURS_OFERT, Map.of(2031, new BigDecimal("250000.00")));
        tasks.complete(again.getId(), Map.of("completionDecision", "RECHECK", "completionNote", "Dodano zadanie z budżetem."));
        Jobs.fire(management, cycle.id(), "AssembleDraft");

        assertThat(cycle.instance()).isWaitingAt("ReviewWholeDraft");
        assertThat(tasks(cycle, "PrepareSectorSection")).as("no section was returned").isEmpty();
        assertThat(lastVersion(cycle).number()).isEqualTo(3);
        assertThat(tasks.getVariable(single(cycle, "ReviewWholeDraft").getId(), "draftVersion"))
                .isEqualTo("wersja 3 – Projekt złożony z części sektorowych");
        assertThat(history.of(cycle.programmeId(), List.of("MISSING_ELEMENTS_ADDRESSED"))).extracting(HistoryEntry::getDetail)
                .containsExactly("ponowne złożenie projektu: Sprawdzamy ponownie.", "ponowne złożenie projektu: Dodano zadanie z budżetem.");
    }

    @Test
    void aChapterMissingFromTheVersionApprovedByTheMayorSendsTheDraftBackToRevision() throws IOException {
        Cycle cycle = startAnnual2031("Program 2031 – brak rozdziału przed Radą");
        driveToReviewWholeDraft(cycle);
        approveDraft(cycle);
        runConsultation(cycle);
        // the chapter on competition committees no longer carries its statutory element in the programme's text
        setStatutoryElement(cycle.programmeId(), "COMPETITION_COMMITTEES", null);
        reviseAndApprove(cycle);

        assertThat(cycle.instance()).hasPassedInOrder("MayorApprovedGateway", "CheckCompletenessBeforeCouncil",
                "CompleteForCouncilGateway").isWaitingAt("CompleteMissingElementsBeforeCouncil").hasNotPassed("SubmitToCouncil");
        String missing = "• Brak rozdziału „Tryb powoływania i zasady działania komisji konkursowych” (art. 5a ust. 4 pkt 11).";
        Task complete = single(cycle, "CompleteMissingElementsBeforeCouncil");
        assertThat(complete).hasCandidateGroup("coordination-team");
        assertThat(tasks.getVariables(complete.getId())).containsEntry("missingElements", missing)
                .containsEntry("completenessCheckpoint", "COUNCIL").containsEntry("draftVersion", "wersja 3 – Projekt po konsultacjach");
        assertThat(history.of(cycle.programmeId(), List.of("DRAFT_INCOMPLETE"))).singleElement()
                .satisfies(e -> assertThat(e.getDetail()).isEqualTo("wersja 3, przed skierowaniem do Rady: brakuje:\n" + missing));

        assertThatThrownBy(() -> tasks.complete(complete.getId(), Map.of()))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("„Jak braki zostaną uzupełnione”");
        completeAs("coordinator", "coordination-team", complete, Map.of("completionNote", "Przywracamy rozdział o komisjach konkursowych."));

        assertThat(cycle.instance()).hasPassedInOrder("CompleteMissingElementsBeforeCouncil", "MergeBeforeReviseDraft").isWaitingAt("ReviseDraft");
        assertThat(programmes.get(cycle.programmeId()).getStage()).isEqualTo(Stage.REVISION);
        assertThat(tasks.getVariable(single(cycle, "ReviseDraft").getId(), "missingElements")).as("shown on the revision form")
                .isEqualTo(missing);

        // the text is put right; the revised version goes to the Mayor again and then to the council
        setStatutoryElement(cycle.programmeId(), null, "COMPETITION_COMMITTEES");
        reviseAndApprove(cycle);
        assertThat(cycle.instance()).isWaitingAt("SubmitToCouncil");
        assertThat(runtime.getVariables(cycle.id())).containsEntry("draftComplete", true).containsEntry("missingElements", "");
        assertThat(drafting.versions(cycle.programmeId())).extracting(DraftSummary::stage).containsExactly(
                DraftStage.DRAFT_ASSEMBLED, DraftStage.CONSULTATION, DraftStage.AFTER_CONSULTATION, DraftStage.AFTER_CONSULTATION);
        assertThat(council.mayorDecisions(cycle.programmeId())).extracting(MayorDecision::getDecision).containsExactly("APPROVE", "APPROVE");
        assertThat(actions(cycle, "DRAFT_COMPLETE", "DRAFT_INCOMPLETE", "MISSING_ELEMENTS_ADDRESSED"))
                .containsExactly("DRAFT_COMPLETE", "DRAFT_INCOMPLETE", "MISSING_ELEMENTS_ADDRESSED", "DRAFT_COMPLETE");
        submitToCouncil(cycle, "5678");
    }

    // ---- after consultation -------------------------------------------------------------------------------

    @Test
    void revisionMayorReturnAndApprovalAndSubmissionToTheCouncil() {
        Cycle cycle = startAnnual2031("Program 2031 – po konsultacjach");
        driveToReviewWholeDraft(cycle);
        approveDraft(cycle);
        ProcessInstance consultation = consultationInstance(cycle);
        runConsultation(cycle);

        assertThat(consultation).isEnded().hasPassed("RecordBenefitCouncilOpinion", "CloseCommentIntake", "SignOffResponses")
                .hasNotPassed("RecordOpinionWaived");
        assertThat(cycle.instance()).hasPassedInOrder("PublicConsultation", "MergeBeforeReviseDraft").isWaitingAt("ReviseDraft");
        assertThat(programmes.get(cycle.programmeId()).getStage()).isEqualTo(Stage.REVISION);
        Task revise = single(cycle, "ReviseDraft");
        assertThat(revise).hasCandidateGroup("coordination-team");
        assertThat((String) tasks.getVariable(revise.getId(), "responsesSummary")).contains("Uwagi: 0").contains("Opinia Rady Pożytku: wydana");
        assertThat(tasks.getVariable(revise.getId(), "commentAnswers")).isEqualTo("W tej rundzie konsultacji nie wpłynęły uwagi.");
        assertThat(tasks.getVariable(revise.getId(), "consultationReportUrl"))
                .isEqualTo("/api/programmes/" + cycle.programmeId() + "/consultation/report");

        assertThatThrownBy(() -> tasks.complete(revise.getId(), Map.of()))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("„Opis zmian w projekcie po konsultacjach”");
        assertThat(task(revise.getId())).isNotNull();
        completeAs("coordinator", "coordination-team", revise, Map.of("revisionSummary", "Uwzględniono opinię Rady Pożytku."));

        // the click is recorded at once; the version is a job of its own
        assertThat(cycle.instance()).hasPassed("ReviseDraft").isWaitingAt("CreateVersionAfterConsultation");
        assertThat(lastVersion(cycle).stage()).isEqualTo(DraftStage.CONSULTATION);
        assertThat(history.of(cycle.programmeId(), List.of("DRAFT_REVISED")))
                .extracting(HistoryEntry::getActor, HistoryEntry::getDetail)
                .containsExactly(tuple("coordinator", "Uwzględniono opinię Rady Pożytku."));
        Jobs.fire(management, cycle.id(), "CreateVersionAfterConsultation");

        assertThat(lastVersion(cycle).stage()).isEqualTo(DraftStage.AFTER_CONSULTATION);
        assertThat(lastVersion(cycle).note()).isEqualTo("Uwzględniono opinię Rady Pożytku.");
        assertThat(programmes.get(cycle.programmeId()).getStage()).isEqualTo(Stage.MAYOR_APPROVAL);
        Task mayor = single(cycle, "ApproveAsMayor");
        assertThat(mayor).hasCandidateGroup("mayor-office");
        assertThat(tasks.getVariable(mayor.getId(), "draftVersion")).isEqualTo("wersja 3 – Projekt po konsultacjach");

        // RETURN needs remarks
        assertThatThrownBy(() -> tasks.complete(mayor.getId(), Map.of("mayorDecision", "RETURN")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("„Uwagi do poprawy”");
        assertThat(task(mayor.getId())).isNotNull();
        tasks.complete(mayor.getId(), Map.of("mayorDecision", "RETURN", "mayorRemarks", "Proszę doprecyzować kwoty."));

        assertThat(cycle.instance()).hasPassedInOrder("ApproveAsMayor", "MayorApprovedGateway",
                "MergeBeforeReviseDraft").isWaitingAt("ReviseDraft").hasNotPassed("SubmitToCouncil");
        assertThat(programmes.get(cycle.programmeId()).getStage()).isEqualTo(Stage.REVISION);
        Task reviseAgain = single(cycle, "ReviseDraft");
        assertThat(tasks.getVariable(reviseAgain.getId(), "mayorRemarks")).isEqualTo("Proszę doprecyzować kwoty.");
        tasks.complete(reviseAgain.getId(), Map.of("revisionSummary", "Doprecyzowano kwoty."));
        Jobs.fire(management, cycle.id(), "CreateVersionAfterConsultation");
        assertThat(drafting.versions(cycle.programmeId())).extracting(DraftSummary::stage).containsExactly(
                DraftStage.DRAFT_ASSEMBLED, DraftStage.CONSULTATION, DraftStage.AFTER_CONSULTATION, DraftStage.AFTER_CONSULTATION);

        // the Mayor decides afresh: the approval form sends no remarks (the field is hidden unless RETURN)
        Task mayorAgain = single(cycle, "ApproveAsMayor");
        tasks.complete(mayorAgain.getId(), Map.of("mayorDecision", "APPROVE"));
        assertThat(cycle.instance()).isWaitingAt("CheckCompletenessBeforeCouncil");
        Jobs.fire(management, cycle.id(), "CheckCompletenessBeforeCouncil");

        assertThat(council.mayorDecisions(cycle.programmeId())).extracting(MayorDecision::getDecision, MayorDecision::getRemarks)
                .containsExactly(tuple("RETURN", "Proszę doprecyzować kwoty."), tuple("APPROVE", null));
        assertThat(programmes.get(cycle.programmeId()).getStage()).isEqualTo(Stage.COUNCIL_SUBMISSION);
        assertThat(cycle.instance()).isWaitingAt("SubmitToCouncil");
        Task submit = single(cycle, "SubmitToCouncil");
        assertThat(submit).hasCandidateGroup("council-office");

        // a date after today (25 November 2030) is refused
        assertThatThrownBy(() -> tasks.complete(submit.getId(), Map.of("printNumber", "1234", "submittedOn", "2030-12-02")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("„Data przekazania Radzie”");
        assertThat(task(submit.getId())).isNotNull();
        assertThat(council.submissions(cycle.programmeId())).isEmpty();

        tasks.complete(submit.getId(), Map.of("printNumber", "1234", "submittedOn", "2030-11-20"));

        // the print is recorded; until its version is made, the council's decision cannot be taken in
        assertThat(cycle.instance()).isWaitingAt("CreateCouncilVersion");
        assertThat(programmes.get(cycle.programmeId()).getStage()).isEqualTo(Stage.AWAITING_COUNCIL);
        assertThatThrownBy(() -> council.recordDecision(cycle.programmeId(),
                new DecisionRequest(CouncilDecision.ADOPTED, "LXX/1/30", LocalDate.of(2030, 11, 24), null)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("not waiting for the council's decision");
        assertThat(council.submissions(cycle.programmeId())).singleElement().satisfies(s -> assertThat(s.getDecision()).isNull());
        Jobs.fire(management, cycle.id(), "CreateCouncilVersion");

        assertThat(council.submissions(cycle.programmeId())).singleElement().satisfies(s -> {
            assertThat(s.getPrintNumber()).isEqualTo("1234");
            assertThat(s.getSubmittedOn()).isEqualTo(LocalDate.of(2030, 11, 20));
            assertThat(s.getRound()).isEqualTo(1);
            assertThat(s.getDecision()).isNull();
        });
        assertThat(lastVersion(cycle).stage()).isEqualTo(DraftStage.COUNCIL);
        assertThat(lastVersion(cycle).note()).isEqualTo("druk nr 1234");
        assertThat(runtime.getVariable(cycle.id(), "draftVersion")).isEqualTo("wersja 5 – Projekt skierowany do Rady Miasta");
        assertThat(programmes.get(cycle.programmeId()).getStage()).isEqualTo(Stage.AWAITING_COUNCIL);
        assertThat(cycle.instance()).isWaitingAt("RecordCouncilDecision");
        assertThat(runtime.createEventSubscriptionQuery().processInstanceId(cycle.id()).eventType("message")
                .eventName("CouncilDecision").count()).isEqualTo(1);
    }

    @Test
    void aVersionThatCannotBeMadeIsARetriableJobWhileThePersonsRevisionStays() throws IOException {
        Cycle cycle = startAnnual2031("Program 2031 – szablon uszkodzony po konsultacjach");
        driveToReviewWholeDraft(cycle);
        approveDraft(cycle);
        runConsultation(cycle);
        Files.write(TEMPLATE, "to nie jest plik Word".getBytes(StandardCharsets.UTF_8));

        completeAs("coordinator", "coordination-team", single(cycle, "ReviseDraft"), Map.of("revisionSummary", "Poprawiono § 3."));

        assertThat(cycle.instance()).isWaitingAt("CreateVersionAfterConsultation");
        assertThatThrownBy(() -> Jobs.fire(management, cycle.id(), "CreateVersionAfterConsultation"))
                .hasStackTraceContaining("Cannot render projekt uchwały");
        Job failed = management.createJobQuery().processInstanceId(cycle.id()).activityId("CreateVersionAfterConsultation").singleResult();
        assertThat(failed.getRetries()).as("the job executor tries again, then Cockpit shows an incident").isEqualTo(2);
        assertThat(failed.getExceptionMessage()).contains("Cannot render projekt uchwały");
        assertThat(tasks(cycle, "ReviseDraft")).as("the revision is not handed back").isEmpty();
        assertThat(actions(cycle, "DRAFT_REVISED")).containsExactly("DRAFT_REVISED");
        assertThat(lastVersion(cycle).stage()).isEqualTo(DraftStage.CONSULTATION);

        // the clerk restores the template; the retry makes the version and the Mayor gets the draft
        restoreTemplate();
        management.executeJob(failed.getId());
        assertThat(lastVersion(cycle).stage()).isEqualTo(DraftStage.AFTER_CONSULTATION);
        assertThat(lastVersion(cycle).note()).isEqualTo("Poprawiono § 3.");
        assertThat(single(cycle, "ApproveAsMayor")).hasCandidateGroup("mayor-office");
    }

    // ---- council decision ---------------------------------------------------------------------------------

    @Test
    void councilAdoptsTheProgrammeAndTheCycleEndsWithAFullAttributedHistory() {
        Cycle cycle = as("coordinator", () -> startAnnual2031("Program 2031 – przyjęty przez Radę"));
        closeCallForProposals(cycle);
        // Tasklist users complete their tasks (the demo users of each group)
        for (String sector : SECTOR_GROUPS.keySet()) {
            String group = SECTOR_GROUPS.get(sector);
            completeAs(group.substring("sector-".length()), group, sectionTask(cycle, "PrepareSectorSection", sector),
                    Map.of("sectionNarrative", NARRATIVE));
        }
        for (String sector : SECTOR_GROUPS.keySet()) {
            completeAs("coordinator", "coordination-team", sectionTask(cycle, "ReviewSectorSection", sector),
                    Map.of("sectionDecision", "ACCEPT"));
        }
        Jobs.fire(management, cycle.id(), "AssembleDraft");
        completeAs("coordinator", "coordination-team", single(cycle, "ReviewWholeDraft"), Map.of("draftDecision", "APPROVE"));
        runConsultation(cycle);
        completeAs("coordinator", "coordination-team", single(cycle, "ReviseDraft"), Map.of("revisionSummary", "Bez zmian merytorycznych."));
        Jobs.fire(management, cycle.id(), "CreateVersionAfterConsultation");
        completeAs("mayor", "mayor-office", single(cycle, "ApproveAsMayor"), Map.of("mayorDecision", "APPROVE"));
        Jobs.fire(management, cycle.id(), "CheckCompletenessBeforeCouncil");
        completeAs("council", "council-office", single(cycle, "SubmitToCouncil"), Map.of("printNumber", "2345", "submittedOn", "2030-11-20"));
        Jobs.fire(management, cycle.id(), "CreateCouncilVersion");
        assertThat(cycle.instance()).isWaitingAt("RecordCouncilDecision");

        var decided = as("council", () -> council.recordDecision(cycle.programmeId(),
                new DecisionRequest(CouncilDecision.ADOPTED, "LXX/1999/30", LocalDate.of(2030, 11, 24), null)));

        assertThat(decided.getDecision()).isEqualTo(CouncilDecision.ADOPTED);
        assertThat(runtime.getVariable(cycle.id(), "councilDecision")).isEqualTo("ADOPTED");
        assertThat(cycle.instance()).hasPassed("CouncilDecisionReceived").hasNotPassed("CouncilDecisionGateway");
        Jobs.fire(management, cycle.id(), "CouncilDecisionReceived");
        assertThat(cycle.instance()).isWaitingAt("CloseCycle");
        Jobs.fire(management, cycle.id(), "CloseCycle");

        assertThat(cycle.instance()).isEnded()
                .hasPassedInOrder("RegisterProgramme", "CallForProposalsClosed", "CloseCallForProposals", "SectorWork",
                        "AssembleDraft", "CheckCompletenessBeforeConsultation", "CompleteForConsultationGateway",
                        "ReviewWholeDraft", "DraftApprovedGateway", "PublicConsultation", "ReviseDraft",
                        "CreateVersionAfterConsultation", "ApproveAsMayor", "MayorApprovedGateway",
                        "CheckCompletenessBeforeCouncil", "CompleteForCouncilGateway", "SubmitToCouncil",
                        "CreateCouncilVersion", "CouncilDecisionReceived", "CouncilDecisionGateway", "MergeBeforeCloseCycle",
                        "CloseCycle",
                        "ProgrammeAdopted", "ProgrammeCycleCompleted")
                .hasPassed("ProgrammeCycle")
                .hasNotPassed("CompleteMissingElements", "CompleteMissingElementsBeforeCouncil",
                        "IncorporateAmendments", "ReopenAfterRejection", "WarnDeadlineApproaching",
                        "EscalateMissedDeadline", "EscalateOverdueSection");
        assertThat(management.createJobQuery().processInstanceId(cycle.id()).count()).as("deadline timers are gone").isZero();
        Programme programme = programmes.get(cycle.programmeId());
        assertThat(programme.getStage()).isEqualTo(Stage.ADOPTED);
        assertThat(drafting.versions(cycle.programmeId())).extracting(DraftSummary::number, DraftSummary::stage)
                .containsExactly(tuple(1, DraftStage.DRAFT_ASSEMBLED), tuple(2, DraftStage.CONSULTATION),
                        tuple(3, DraftStage.AFTER_CONSULTATION), tuple(4, DraftStage.COUNCIL), tuple(5, DraftStage.ADOPTED));

        // recording a decision again: the programme is not awaiting one
        assertThatThrownBy(() -> council.recordDecision(cycle.programmeId(),
                new DecisionRequest(CouncilDecision.REJECTED, null, LocalDate.of(2030, 11, 24), null)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("not awaiting a council decision");

        List<HistoryEntry> entries = history.of(cycle.programmeId());
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.getActor()).isNotBlank();
            assertThat(e.getAt()).isEqualTo(NOW);
        });
        assertThat(entries).extracting(HistoryEntry::getId).isSorted();
        assertThat(entries.get(0).getAction()).isEqualTo("CREATED");
        assertThat(entries).extracting(HistoryEntry::getAction, HistoryEntry::getActor).containsSubsequence(
                tuple("CREATED", "coordinator"),
                tuple("STAGE_CHANGED", "system"),
                tuple("SECTION_OPENED", "system"),
                tuple("SECTION_SUBMITTED", "culture"),
                tuple("SECTION_SUBMITTED", "inclusion"),
                tuple("SECTION_ACCEPTED", "coordinator"),
                tuple("DRAFT_VERSION_1", "system"),
                tuple("DRAFT_COMPLETE", "system"),
                tuple("DRAFT_APPROVED_FOR_CONSULTATION", "coordinator"),
                tuple("CONSULTATION_SCHEDULED", "coordinator"),
                tuple("DRAFT_VERSION_2", "system"),
                tuple("CONSULTATION_OPENED", "system"),
                tuple("OPINION_GIVEN", "krdpp"),
                tuple("COMMENT_INTAKE_CLOSED", "system"),
                tuple("CONSULTATION_SIGNED_OFF", "coordinator"),
                tuple("DRAFT_REVISED", "coordinator"),
                tuple("DRAFT_VERSION_3", "system"),
                tuple("MAYOR_APPROVED", "mayor"),
                tuple("DRAFT_COMPLETE", "system"),
                tuple("SUBMITTED_TO_COUNCIL", "council"),
                tuple("DRAFT_VERSION_4", "system"),
                tuple("COUNCIL_ADOPTED", "council"),
                tuple("DRAFT_VERSION_5", "system"),
                tuple("STAGE_CHANGED", "system"));
        assertThat(entries.get(entries.size() - 1).getDetail()).isEqualTo("AWAITING_COUNCIL → ADOPTED");
        assertThat(entries).filteredOn(e -> e.getAction().equals("STAGE_CHANGED")).extracting(HistoryEntry::getDetail).containsExactly(
                "CALL_FOR_PROPOSALS → SECTOR_WORK", "SECTOR_WORK → DRAFT_REVIEW",
                "DRAFT_REVIEW → CONSULTATION_SCHEDULED", "CONSULTATION_SCHEDULED → CONSULTATION",
                "CONSULTATION → REVISION", "REVISION → MAYOR_APPROVAL", "MAYOR_APPROVAL → COUNCIL_SUBMISSION",
                "COUNCIL_SUBMISSION → AWAITING_COUNCIL", "AWAITING_COUNCIL → ADOPTED");
        assertThat(entries).filteredOn(e -> e.getAction().startsWith("SECTION_")).hasSize(24);
        assertThat(entries).filteredOn(e -> e.getAction().startsWith("DRAFT_COMPLETE")).extracting(HistoryEntry::getDetail)
                .containsExactly("wersja 1, przed konsultacjami: wszystkie elementy art. 5a ust. 4",
                        "wersja 3, przed skierowaniem do Rady: wszystkie elementy art. 5a ust. 4");
        assertThat(entries).filteredOn(e -> e.getAction().equals("COUNCIL_ADOPTED")).singleElement()
                .satisfies(e -> assertThat(e.getDetail()).isEqualTo("uchwała nr LXX/1999/30 z 2030-11-24"));
    }

    @Test
    void councilAdoptsWithAmendmentsWhichAreIncorporatedBeforeTheCycleCloses() {
        Cycle cycle = startAnnual2031("Program 2031 – przyjęty z poprawkami");
        driveToCouncil(cycle, "3456");

        // amendments are required for this decision
        assertThatThrownBy(() -> council.recordDecision(cycle.programmeId(),
                new DecisionRequest(CouncilDecision.ADOPTED_WITH_AMENDMENTS, "LXX/2000/30", LocalDate.of(2030, 11, 24), null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("amendments: is required");
        assertThat(cycle.instance()).isWaitingAt("RecordCouncilDecision");

        assertThat(single(cycle, "RecordCouncilDecision")).hasCandidateGroup("council-office");
        council.recordDecision(cycle.programmeId(), new DecisionRequest(CouncilDecision.ADOPTED_WITH_AMENDMENTS, "LXX/2000/30",
                LocalDate.of(2030, 11, 24), "W § 5 zwiększa się kwotę na sport o 50 000 zł."));
        assertThat(tasks(cycle, "RecordCouncilDecision")).as("the decision came by the API: the office's task is gone").isEmpty();
        Jobs.fire(management, cycle.id(), "CouncilDecisionReceived");

        assertThat(cycle.instance()).isWaitingAt("IncorporateAmendments").hasNotPassed("CloseCycle");
        assertThat(programmes.get(cycle.programmeId()).getStage()).isEqualTo(Stage.AMENDMENTS);
        Task amendments = single(cycle, "IncorporateAmendments");
        assertThat(amendments).hasCandidateGroup("coordination-team");
        assertThat(tasks.getVariable(amendments.getId(), "councilAmendments")).isEqualTo("W § 5 zwiększa się kwotę na sport o 50 000 zł.");
        assertThatThrownBy(() -> tasks.complete(amendments.getId(), Map.of()))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("„Opis wprowadzonych poprawek”");
        assertThat(task(amendments.getId())).isNotNull();

        tasks.complete(amendments.getId(), Map.of("amendmentsSummary", "Zmieniono § 5 zgodnie z uchwałą."));
        assertThat(cycle.instance()).isWaitingAt("CloseCycle");
        Jobs.fire(management, cycle.id(), "CloseCycle");

        assertThat(cycle.instance()).isEnded().hasPassedInOrder("CouncilDecisionGateway", "IncorporateAmendments",
                "MergeBeforeCloseCycle", "CloseCycle", "ProgrammeAdopted").hasNotPassed("ReopenAfterRejection");
        assertThat(programmes.get(cycle.programmeId()).getStage()).isEqualTo(Stage.ADOPTED);
        assertThat(lastVersion(cycle).stage()).isEqualTo(DraftStage.ADOPTED);
        assertThat(lastVersion(cycle).note()).isEqualTo("Zmieniono § 5 zgodnie z uchwałą.");
        assertThat(council.submissions(cycle.programmeId())).singleElement().satisfies(s -> {
            assertThat(s.getDecision()).isEqualTo(CouncilDecision.ADOPTED_WITH_AMENDMENTS);
            assertThat(s.getAmendments()).isEqualTo("W § 5 zwiększa się kwotę na sport o 50 000 zł.");
            assertThat(s.getResolutionNumber()).isEqualTo("LXX/2000/30");
        });
        assertThat(actions(cycle, "COUNCIL_ADOPTED_WITH_AMENDMENTS", "AMENDMENTS_INCORPORATED", "DRAFT_VERSION_5"))
                .containsExactly("COUNCIL_ADOPTED_WITH_AMENDMENTS", "AMENDMENTS_INCORPORATED", "DRAFT_VERSION_5");
    }

    @Test
    void theCouncilOfficeRecordsTheDecisionInItsTaskWithAPolishDateAndBadInputIsRefusedNamingTheField() {
        Cycle cycle = startAnnual2031("Program 2031 – decyzja Rady zapisana w Tasklist");
        driveToCouncil(cycle, "3457");
        Task task = single(cycle, "RecordCouncilDecision");
        assertThat(task).hasCandidateGroup("council-office");

        assertThatThrownBy(() -> completeAs("council", "council-office", task, Map.of("decision", "ADOPTED",
                "resolutionNumber", "LXX/2002/30", "decisionDate", "31.02.2030")))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessage("W polu „Data podjęcia uchwały” wpisz datę w postaci DD.MM.RRRR, np. 30.11.2026.");
        assertThatThrownBy(() -> completeAs("council", "council-office", task, Map.of("decision", "ADOPTED_WITH_AMENDMENTS",
                "resolutionNumber", "LXX/2002/30", "decisionDate", "24.11.2030")))
                .isInstanceOf(FormFieldValidationException.class).hasMessage("Uzupełnij pole „Poprawki Rady”.");
        assertThatThrownBy(() -> completeAs("council", "council-office", task, Map.of("decision", "ADOPTED",
                "resolutionNumber", "LXX/2002/30", "decisionDate", "19.11.2030")))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessage("Data w polu „Data podjęcia uchwały” nie może być wcześniejsza niż 20.11.2030.");
        assertThatThrownBy(() -> completeAs("council", "council-office", task, Map.of("decision", "",
                "decisionDate", "24.11.2030"))).isInstanceOf(FormFieldValidationException.class)
                .hasMessage("Uzupełnij pole „Decyzja Rady”.");
        assertThat(task(task.getId())).as("a refused form stays open").isNotNull();
        assertThat(council.submissions(cycle.programmeId())).singleElement().satisfies(s -> assertThat(s.getDecision()).isNull());

        completeAs("council", "council-office", task, Map.of("decision", "ADOPTED_WITH_AMENDMENTS",
                "resolutionNumber", " LXX/2002/30 ", "decisionDate", "24.11.2030", "amendments", "W § 6 skreśla się pkt 3."));
        assertThat(runtime.getVariable(cycle.id(), "councilDecision")).isEqualTo("ADOPTED_WITH_AMENDMENTS");
        Jobs.fire(management, cycle.id(), "RecordCouncilDecision");

        assertThat(cycle.instance()).hasPassedInOrder("RecordCouncilDecision", "CouncilDecisionGateway")
                .hasNotPassed("CouncilDecisionReceived").isWaitingAt("IncorporateAmendments");
        assertThat(tasks.getVariable(single(cycle, "IncorporateAmendments").getId(), "councilAmendments"))
                .isEqualTo("W § 6 skreśla się pkt 3.");
        assertThat(programmes.get(cycle.programmeId()).getStage()).isEqualTo(Stage.AMENDMENTS);
        assertThat(council.submissions(cycle.programmeId())).singleElement().satisfies(s -> {
            assertThat(s.getDecision()).isEqualTo(CouncilDecision.ADOPTED_WITH_AMENDMENTS);
            assertThat(s.getResolutionNumber()).isEqualTo("LXX/2002/30");
            assertThat(s.getDecisionDate()).isEqualTo(LocalDate.of(2030, 11, 24));
        });
        assertThat(history.of(cycle.programmeId(), List.of("COUNCIL_ADOPTED_WITH_AMENDMENTS"))).singleElement()
                .satisfies(e -> assertThat(e.getActor()).isEqualTo("council"));
        // the API now finds nothing awaiting a decision
        assertThatThrownBy(() -> council.recordDecision(cycle.programmeId(),
                new DecisionRequest(CouncilDecision.REJECTED, null, LocalDate.of(2030, 11, 24), null)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void councilRejectsTheDraftAndANewRoundStartsAtAssembly() {
        Cycle cycle = startAnnual2031("Program 2031 – odrzucony w pierwszej rundzie");

        // nothing is awaiting a decision before the draft reaches the council
        driveToReviewWholeDraft(cycle);
        assertThatThrownBy(() -> council.recordDecision(cycle.programmeId(),
                new DecisionRequest(CouncilDecision.ADOPTED, "LXX/1/30", LocalDate.of(2030, 11, 24), null)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("stage DRAFT_REVIEW");
        assertThat(cycle.instance()).isWaitingAt("ReviewWholeDraft");

        approveDraft(cycle);
        runConsultation(cycle);
        reviseAndApprove(cycle);
        submitToCouncil(cycle, "4567");
        council.recordDecision(cycle.programmeId(), new DecisionRequest(CouncilDecision.REJECTED, null, LocalDate.of(2030, 11, 24), null));
        Jobs.fire(management, cycle.id(), "CouncilDecisionReceived");

        assertThat(cycle.instance()).hasPassedInOrder("CouncilDecisionGateway", "ReopenAfterRejection", "MergeBeforeAssembleDraft")
                .isWaitingAt("AssembleDraft").hasNotPassed("CloseCycle", "IncorporateAmendments");
        Programme programme = programmes.get(cycle.programmeId());
        assertThat(programme.getRound()).isEqualTo(2);
        assertThat(programme.getStage()).isEqualTo(Stage.DRAFT_REVIEW);
        assertThat(history.of(cycle.programmeId(), List.of("NEW_ROUND"))).singleElement()
                .satisfies(e -> assertThat(e.getDetail()).isEqualTo("round 2"));

        Jobs.fire(management, cycle.id(), "AssembleDraft");
        assertThat(cycle.instance()).isWaitingAt("ReviewWholeDraft");
        assertThat(lastVersion(cycle).number()).isEqualTo(5);
        assertThat(lastVersion(cycle).stage()).isEqualTo(DraftStage.DRAFT_ASSEMBLED);
        assertThat(tasks(cycle, "PrepareSectorSection")).as("accepted sections are not reopened").isEmpty();

        // the second round goes all the way to adoption
        approveDraft(cycle);
        runConsultation(cycle);
        assertThat(consultations.current(cycle.programmeId()).orElseThrow().getRound()).isEqualTo(2);
        reviseAndApprove(cycle);
        submitToCouncil(cycle, "4568");
        council.recordDecision(cycle.programmeId(), new DecisionRequest(CouncilDecision.ADOPTED, "LXX/2001/30", LocalDate.of(2030, 11, 25), null));
        Jobs.fire(management, cycle.id(), "CouncilDecisionReceived");
        Jobs.fire(management, cycle.id(), "CloseCycle");

        assertThat(cycle.instance()).isEnded();
        assertThat(programmes.get(cycle.programmeId()).getStage()).isEqualTo(Stage.ADOPTED);
        assertThat(council.submissions(cycle.programmeId()))
                .extracting(s -> s.getRound(), s -> s.getPrintNumber(), s -> s.getDecision())
                .containsExactly(tuple(1, "4567", CouncilDecision.REJECTED), tuple(2, "4568", CouncilDecision.ADOPTED));
        assertThat(drafting.versions(cycle.programmeId())).extracting(DraftSummary::stage).containsExactly(
                DraftStage.DRAFT_ASSEMBLED, DraftStage.CONSULTATION, DraftStage.AFTER_CONSULTATION, DraftStage.COUNCIL,
                DraftStage.DRAFT_ASSEMBLED, DraftStage.CONSULTATION, DraftStage.AFTER_CONSULTATION, DraftStage.COUNCIL,
                DraftStage.ADOPTED);
    }

    // ---- deadline event subprocesses ----------------------------------------------------------------------

    @Test
    void deadlineWarningsRaiseTasksForCoordinationWhileTheMainFlowContinues() {
        Cycle cycle = startAnnual2031("Program 2031 – terminy uchwalenia");

        Jobs.fire(management, cycle.id(), "DeadlineApproaching");

        assertThat(cycle.instance()).hasPassedInOrder("DeadlineApproaching", "WarnDeadlineApproaching", "DeadlineWarningSent")
                .isWaitingAt("CallForProposalsClosed").hasNotPassed("CloseCallForProposals", "EscalateMissedDeadline");
        assertThat(programmes.get(cycle.programmeId()).getStage()).isEqualTo(Stage.CALL_FOR_PROPOSALS);
        String approaching = "Zbliża się termin uchwalenia programu: 2030-11-30 (art. 5a ust. 1); etap: CALL_FOR_PROPOSALS";
        assertThat(history.of(cycle.programmeId(), List.of("DEADLINE_APPROACHING", "DEADLINE_MISSED")))
                .extracting(HistoryEntry::getAction, HistoryEntry::getActor, HistoryEntry::getDetail)
                .containsExactly(tuple("DEADLINE_APPROACHING", "system", approaching));
        Task warning = warningTask(cycle, "APPROACHING");
        assertThat(warning).hasCandidateGroup("coordination-team").hasName("Termin uchwalenia programu – mija 30.11.2030, program na rok 2031");
        assertThat(warning.getPriority()).isEqualTo(80);
        assertThat(warning.getProcessInstanceId()).as("a warning process of its own, not holding the cycle").isNotEqualTo(cycle.id());
        assertThat(tasks.getVariables(warning.getId())).containsEntry("councilDeadlineText", "30.11.2030")
                .containsEntry("stageLabel", "nabór propozycji")
                .containsEntry("deadlineHeadline", "Zbliża się termin uchwalenia programu")
                .hasEntrySatisfying("deadlineWhatToDo", what -> assertThat((String) what).startsWith("Nabór propozycji jeszcze trwa."));
        assertThat(management.createJobQuery().processInstanceId(cycle.id()).activityId("DeadlineApproaching").count())
                .as("the warning fires once").isZero();
        assertThat(timer(cycle, "CallForProposalsClosed").getDuedate()).isEqualTo(warsaw(2030, 8, 1));

        // the main flow goes on, and the missed deadline during sector work does not stop it either
        closeCallForProposals(cycle);
        Jobs.fire(management, cycle.id(), "DeadlineMissed");

        String missed = "Minął termin uchwalenia programu: 2030-11-30 (art. 5a ust. 1); etap: SECTOR_WORK";
        assertThat(history.of(cycle.programmeId(), List.of("DEADLINE_APPROACHING", "DEADLINE_MISSED")))
                .extracting(HistoryEntry::getAction, HistoryEntry::getDetail)
                .containsExactly(tuple("DEADLINE_APPROACHING", approaching), tuple("DEADLINE_MISSED", missed));
        Task escalation = warningTask(cycle, "MISSED");
        assertThat(escalation).hasCandidateGroup("coordination-team").hasName("Termin uchwalenia programu – minął 30.11.2030, program na rok 2031");
        assertThat(escalation.getPriority()).isEqualTo(100);
        assertThat((String) tasks.getVariable(escalation.getId(), "deadlineWhatToDo"))
                .startsWith("Termin ustawowy minął, ale program nadal można uchwalić. Zespoły branżowe piszą części programu.");
        assertThat(cycle.instance()).hasPassedInOrder("DeadlineMissed", "EscalateMissedDeadline", "DeadlineMissedEscalated")
                .isWaitingAt("PrepareSectorSection");
        assertThat(tasks(cycle, "PrepareSectorSection")).hasSize(8);
        assertThat(programmes.get(cycle.programmeId()).getStage()).isEqualTo(Stage.SECTOR_WORK);
        assertThat(management.createJobQuery().processInstanceId(cycle.id()).activityId("DeadlineMissed").count()).isZero();

        acceptAllSections(cycle);
        Jobs.fire(management, cycle.id(), "AssembleDraft");
        assertThat(cycle.instance()).isWaitingAt("ReviewWholeDraft");
        assertThat(tasks.createTaskQuery().processDefinitionKey("deadline-warning").processInstanceBusinessKey(
                String.valueOf(cycle.programmeId())).count()).as("each warning raised exactly one task").isEqualTo(2);

        // reading a warning closes only the warning
        tasks.complete(warning.getId(), Map.of("deadlineAcknowledged", true));
        assertThat(cycle.instance()).isWaitingAt("ReviewWholeDraft");
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    /** {@link #startAnnual2031WithoutTasks} with a priority task in every sector, as a call for proposals brings. */
    private Cycle startAnnual2031(String title) {
        return startAnnual2031(title, List.of());
    }

    /** {@link #startAnnual2031WithoutTasks} with a priority task in every sector but the ones named. */
    private Cycle startAnnual2031(String title, List<String> sectorsWithoutTasks) {
        Cycle cycle = startAnnual2031WithoutTasks(title);
        for (String sector : SECTOR_GROUPS.keySet()) {
            if (!sectorsWithoutTasks.contains(sector)) {
                addTask(cycle, sector, TaskForm.OTWARTY_KONKURS_OFERT, Map.of(2031, new BigDecimal("120000.00")));
            }
        }
        return cycle;
    }

    /** A priority task of the sector, as an accepted proposal makes it. */
    private void addTask(Cycle cycle, String sector, TaskForm form, Map<Integer, BigDecimal> amounts) {
        priorityTasks.addPriorityTask(cycle.programmeId(), new NewPriorityTask(sector, "Zadanie priorytetowe obszaru " + sector,
                "Opis zadania.", form, form.financial() ? FundingMode.WSPIERANIE : null, "Wydział Polityki Społecznej i Zdrowia",
                amounts));
    }

    /** The API path: a programme is created and its process starts (business key = programme id). */
    private Cycle startAnnual2031WithoutTasks(String title) {
        Programme programme = as("coordinator", () -> programmes.create(new NewProgramme(ProgrammeKind.ANNUAL, 2031, 2031, title, null)));
        ProcessInstance instance = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS)
                .processInstanceBusinessKey(String.valueOf(programme.getId())).singleResult();
        assertThat(instance).as("process of programme %s", programme.getId()).isNotNull();
        return new Cycle(programme.getId(), instance);
    }

    private void closeCallForProposals(Cycle cycle) {
        Jobs.fire(management, cycle.id(), "CallForProposalsClosed");
        Jobs.fire(management, cycle.id(), "CloseCallForProposals");
    }

    /** Every open section is submitted and accepted. */
    private void acceptAllSections(Cycle cycle) {
        for (Task task : tasks(cycle, "PrepareSectorSection")) {
            tasks.complete(task.getId(), Map.of("sectionNarrative", NARRATIVE));
        }
        for (Task task : tasks(cycle, "ReviewSectorSection")) {
            tasks.complete(task.getId(), Map.of("sectionDecision", "ACCEPT"));
        }
    }

    private void driveToReviewWholeDraft(Cycle cycle) {
        closeCallForProposals(cycle);
        acceptAllSections(cycle);
        Jobs.fire(management, cycle.id(), "AssembleDraft");
        assertThat(cycle.instance()).isWaitingAt("ReviewWholeDraft");
    }

    private void approveDraft(Cycle cycle) {
        tasks.complete(single(cycle, "ReviewWholeDraft").getId(), Map.of("draftDecision", "APPROVE"));
    }

    /** The called public-consultation: open, the Public Benefit Council's opinion, the window closes, sign-off. */
    private void runConsultation(Cycle cycle) {
        ProcessInstance consultation = consultationInstance(cycle);
        // by this test's clock the planned start day has come: nothing waits for it (ConsultationScheduleProcessTest)
        assertThat(consultation).hasNotPassed("AwaitConsultationStart");
        Jobs.fire(management, consultation.getId(), "OpenConsultation");
        Task opinion = single(consultation, "RecordBenefitCouncilOpinion");
        assertThat(opinion).hasCandidateGroup("public-benefit-council");
        completeAs("krdpp", "public-benefit-council", opinion, Map.of("opinionText", "Rada opiniuje projekt pozytywnie."));
        Jobs.fire(management, consultation.getId(), "ConsultationWindowClosed");
        Task signOff = single(consultation, "SignOffResponses");
        assertThat(signOff).hasCandidateGroup("coordination-team");
        completeAs("coordinator", "coordination-team", signOff, Map.of("signOffConfirmed", true));
        assertThat(consultation).isEnded();
    }

    private void reviseAndApprove(Cycle cycle) {
        tasks.complete(single(cycle, "ReviseDraft").getId(), Map.of("revisionSummary", "Uwzględniono wyniki konsultacji."));
        Jobs.fire(management, cycle.id(), "CreateVersionAfterConsultation");
        tasks.complete(single(cycle, "ApproveAsMayor").getId(), Map.of("mayorDecision", "APPROVE"));
        Jobs.fire(management, cycle.id(), "CheckCompletenessBeforeCouncil");
    }

    private void submitToCouncil(Cycle cycle, String printNumber) {
        tasks.complete(single(cycle, "SubmitToCouncil").getId(), Map.of("printNumber", printNumber, "submittedOn", "2030-11-20"));
        Jobs.fire(management, cycle.id(), "CreateCouncilVersion");
        assertThat(cycle.instance()).isWaitingAt("RecordCouncilDecision");
    }

    private void driveToCouncil(Cycle cycle, String printNumber) {
        driveToReviewWholeDraft(cycle);
        approveDraft(cycle);
        runConsultation(cycle);
        reviseAndApprove(cycle);
        submitToCouncil(cycle, printNumber);
    }

    private ProcessInstance consultationInstance(Cycle cycle) {
        return runtime.createProcessInstanceQuery().superProcessInstanceId(cycle.id()).singleResult();
    }

    private List<Task> tasks(Cycle cycle, String taskKey) {
        return tasks.createTaskQuery().processInstanceId(cycle.id()).taskDefinitionKey(taskKey).orderByTaskId().asc().list();
    }

    private Task single(Cycle cycle, String taskKey) {
        return single(cycle.instance(), taskKey);
    }

    private Task single(ProcessInstance instance, String taskKey) {
        List<Task> found = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).list();
        assertThat(found).as("one %s task", taskKey).hasSize(1);
        return found.get(0);
    }

    /** The open task of one sector's instance of the multi-instance SectorWork. */
    private Task sectionTask(Cycle cycle, String taskKey, String sectorCode) {
        List<Task> found = tasks(cycle, taskKey).stream()
                .filter(t -> sectorCode.equals(tasks.getVariable(t.getId(), "sectorCode"))).toList();
        assertThat(found).as("one %s task of %s", taskKey, sectorCode).hasSize(1);
        return found.get(0);
    }

    private Task task(String taskId) {
        return tasks.createTaskQuery().taskId(taskId).singleResult();
    }

    private Task warningTask(Cycle cycle, String level) {
        List<Task> found = tasks.createTaskQuery().processDefinitionKey("deadline-warning").taskDefinitionKey("ReadDeadlineWarning")
                .processInstanceBusinessKey(String.valueOf(cycle.programmeId())).processVariableValueEquals("deadlineLevel", level).list();
        assertThat(found).as("one %s warning task", level).hasSize(1);
        return found.get(0);
    }

    private List<String> candidateGroups(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream().filter(l -> "candidate".equals(l.getType()))
                .map(IdentityLink::getGroupId).toList();
    }

    private Job timer(Cycle cycle, String activityId) {
        Job job = management.createJobQuery().processInstanceId(cycle.id()).activityId(activityId).timers().singleResult();
        assertThat(job).as("timer %s", activityId).isNotNull();
        return job;
    }

    /** Each sector's instance has its own SectionOverdue timer; picks the one of the given sector. */
    private Job sectionOverdueTimer(Cycle cycle, String sectorCode) {
        List<Job> found = management.createJobQuery().processInstanceId(cycle.id()).activityId("SectionOverdue").list().stream()
                .filter(j -> sectorCode.equals(runtime.getVariable(j.getExecutionId(), "sectorCode"))).toList();
        assertThat(found).as("SectionOverdue timer of %s", sectorCode).hasSize(1);
        return found.get(0);
    }

    private SectorSection section(Cycle cycle, String sectorCode) {
        return programmes.sections(cycle.programmeId()).stream().filter(s -> s.getSectorCode().equals(sectorCode))
                .findFirst().orElseThrow();
    }

    private DraftSummary lastVersion(Cycle cycle) {
        List<DraftSummary> versions = drafting.versions(cycle.programmeId());
        return versions.get(versions.size() - 1);
    }

    private List<String> actions(Cycle cycle, String... actions) {
        return history.of(cycle.programmeId(), List.of(actions)).stream().map(HistoryEntry::getAction).toList();
    }

    /** Midnight at the start of the given day in Warsaw. */
    private static Date warsaw(int year, int month, int day) {
        return Date.from(ZonedDateTime.of(year, month, day, 0, 0, 0, 0, WARSAW).toInstant());
    }

    /** Acts as an API caller (Spring Security), as the REST controllers do. */
    private <T> T as(String user, Supplier<T> action) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, List.of()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Completes a task as a Tasklist user does: engine authentication with the user's group, so authorizations apply. */
    private void completeAs(String user, String group, Task task, Map<String, Object> form) {
        identity.setAuthentication(user, List.of(group));
        try {
            tasks.complete(task.getId(), form);
        } finally {
            identity.clearAuthentication();
        }
    }

    /** Moves a statutory element off (or back onto) the chapter whose heading names it. */
    private void setStatutoryElement(Long programmeId, String from, String to) {
        String heading = "%komisji konkursowych%";
        int changed = jdbc.update("UPDATE text_unit SET statutory_element = ? WHERE programme_id = ? AND kind = 'CHAPTER'"
                + " AND heading LIKE ?", to, programmeId, heading);
        assertThat(changed).as("chapter %s → %s", from, to).isEqualTo(1);
    }

    private static void restoreTemplate() throws IOException {
        restoreTemplate(TEMPLATE);
    }

    private static Path temporaryFile(String prefix, String suffix) {
        try {
            Path file = Files.createTempFile(prefix, suffix);
            file.toFile().deleteOnExit();
            restoreTemplate(file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void restoreTemplate(Path file) throws IOException {
        try (InputStream shipped = new ClassPathResource("templates/krakow/programme.docx").getInputStream()) {
            Files.copy(shipped, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Map<String, String> linked(String... pairs) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
