package pl.wspolnie.demo;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import pl.wspolnie.consultation.ConsultationService;
import pl.wspolnie.consultation.ConsultationStatus;
import pl.wspolnie.drafting.DraftStage;
import pl.wspolnie.drafting.DraftingService;
import pl.wspolnie.municipality.MunicipalityProfile;
import pl.wspolnie.programme.Calendar;
import pl.wspolnie.programme.DraftDecision;
import pl.wspolnie.programme.NewProgramme;
import pl.wspolnie.programme.ProgrammeKind;
import pl.wspolnie.programme.ProgrammeService;
import pl.wspolnie.programme.SectionDecision;
import pl.wspolnie.programme.Stage;
import pl.wspolnie.proposal.ProposalService;
import pl.wspolnie.proposal.ProposalSubmission;
import pl.wspolnie.proposal.TriageDecision;
import pl.wspolnie.security.Groups;
import pl.wspolnie.shared.TypedDates;
import pl.wspolnie.text.Editor;
import pl.wspolnie.text.TextChange;
import pl.wspolnie.text.TextService;
import pl.wspolnie.text.Unit;

/**
 * Demo only ({@code wspolnie.demo.seed=true}): on an empty database, runs the sample annual programme for 2027
 * through the real process — as the demo users would in Tasklist — up to the open public consultation, so
 * a newcomer finds proposals triaged, sections accepted, draft versions and a consultation to comment on.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "wspolnie.demo.seed", havingValue = "true")
class DemoCycle implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCycle.class);

    private final ProgrammeService programmes;
    private final ProposalService proposals;
    private final ConsultationService consultations;
    private final TaskService tasks;
    private final ManagementService management;
    private final IdentityService identity;
    private final MunicipalityProfile profile;
    private final ObjectMapper json;
    private final Clock clock;
    private final ZoneId zone;
    private final TextService text;
    private final DraftingService drafting;
    private final pl.wspolnie.council.CouncilService council;

    DemoCycle(ProgrammeService programmes, ProposalService proposals, ConsultationService consultations,
              TaskService tasks, ManagementService management, IdentityService identity, MunicipalityProfile profile,
              ObjectMapper json, Clock clock, ZoneId municipalityZone, TextService text, DraftingService drafting,
              pl.wspolnie.council.CouncilService council) {
        this.council = council;
        this.text = text;
        this.drafting = drafting;
        this.programmes = programmes;
        this.proposals = proposals;
        this.consultations = consultations;
        this.tasks = tasks;
        this.management = management;
        this.identity = identity;
        this.profile = profile;
        this.json = json;
        this.clock = clock;
        this.zone = municipalityZone;
    }

    /** The sample meetings of the programme (absent when the cycle is built by hand, as in its test). */
    private DemoMeetings meetings;

    @org.springframework.beans.factory.annotation.Autowired(required = false)
    void setMeetings(DemoMeetings meetings) {
        this.meetings = meetings;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (programmes.list().isEmpty()) {
            seed();
        }
    }

    /** Runs the sample programme up to the open consultation; returns its id. */
    Long seed() throws IOException {
        Map<String, String> narratives = read("demo/sector-narratives.json", new TypeReference<>() { });
        seedAdopted2026(narratives);
        log.info("Demo: running the sample programme 2027 up to the open consultation");
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Calendar calendar = new Calendar(today.plusDays(7), today.plusDays(14), today.plusDays(21), today.plusDays(42),
                null, null);
        Long id = as("coordinator", () -> programmes.create(new NewProgramme(ProgrammeKind.ANNUAL, 2027, 2027,
                title(2027), calendar))).getId();
        String processId = programmes.get(id).getProcessInstanceId();

        List<ProposalSubmission> sample = read("demo/proposals.json", new TypeReference<>() { });
        for (ProposalSubmission proposal : sample) {
            as("department", () -> proposals.submit(id, proposal));
        }
        if (meetings != null) {
            meetings.seed(this, id);
        }
        int n = 0;
        for (Task triage : tasks.createTaskQuery().processDefinitionKey("proposal-intake")
                .processVariableValueEquals("programmeId", id).orderByTaskId().asc().list()) {
            boolean reject = n++ % 16 == 15;
            Long sameTask = sameTask(id, (Long) tasks.getVariable(triage.getId(), "proposalId"));
            complete(triage, reject
                    ? Map.of("triageDecision", TriageDecision.REJECT.name(), "triageReason", "Zadanie realizowane już w ramach programu osłonowego miasta.")
                    : sameTask != null ? Map.of("triageDecision", TriageDecision.MERGE.name(), "mergeIntoTaskId", sameTask,
                            "triageReason", "To samo zadanie w innych dzielnicach – środki dodano do zadania już przyjętego.")
                    : Map.of("triageDecision", TriageDecision.ACCEPT.name()));
        }

        // the coordination team closes the call early, as an administrator may
        management.executeJob(management.createJobQuery().processInstanceId(processId)
                .activityId("CallForProposalsClosed").singleResult().getId());
        settle(processId);
        check("sector tasks", open(processId, "PrepareSectorSection").size() == profile.sectors().size());
        for (Task task : open(processId, "PrepareSectorSection")) {
            String sector = (String) tasks.getVariable(task.getId(), "sectorCode");
            complete(task, Map.of("sectionNarrative", narratives.getOrDefault(sector,
                    "Zespół branżowy opisuje potrzeby mieszkańców i organizacji w swoim obszarze oraz cele współpracy.")));
        }
        for (Task review : open(processId, "ReviewSectorSection")) {
            complete(review, Map.of("sectionDecision", SectionDecision.ACCEPT.name()));
        }
        settle(processId);
        check("whole draft review", open(processId, "ReviewWholeDraft").size() == 1);
        complete(open(processId, "ReviewWholeDraft").get(0), Map.of("draftDecision", DraftDecision.APPROVE.name(),
                "draftRemarks", "Projekt kompletny, kierujemy do konsultacji."));
        settle(processId);
        // the consultation would wait for its planned day (day 21); the coordination team moves it to today
        List<Task> scheduled = tasks.createTaskQuery().processDefinitionKey("public-consultation")
                .processInstanceBusinessKey(String.valueOf(id)).taskDefinitionKey("AwaitConsultationStart").list();
        check("consultation scheduled", scheduled.size() == 1);
        // today as it is now: the seeding may have begun on the day before (it ran across midnight, Polish time)
        LocalDate startDay = LocalDate.now(clock.withZone(zone));
        complete(scheduled.get(0), Map.of("newConsultationStart", TypedDates.DAY.format(startDay)));
        settle(processId);
        check("open consultation", consultations.current(id).map(c -> c.getStatus() == ConsultationStatus.OPEN).orElse(false));
        log.info("Demo: programme {} is in public consultation", id);
        return id;
    }

    /**
     * Last year's programme, adopted: the base text with the sectoral teams' descriptions, recorded as the adopted
     * version, so that the 2027 cycle starts from its text (carry-over) as a real city's second year would.
     */
    private Long seedAdopted2026(Map<String, String> narratives) {
        Long id = as("coordinator", () -> programmes.registerWithoutProcess(new NewProgramme(ProgrammeKind.ANNUAL, 2026, 2026,
                title(2026), null))).getId();
        Editor coordinator = new Editor("coordinator", java.util.Set.of(Groups.COORDINATION_TEAM));
        for (Unit unit : text.units(id)) {
            if (unit.sector() != null && narratives.containsKey(unit.sector())) {
                as("coordinator", () -> text.edit(id, unit.id(), new TextChange(narratives.get(unit.sector()), List.of(),
                        "opis obszaru w programie na 2026 r."), coordinator));
            }
        }
        as("coordinator", () -> {
            programmes.moveTo(id, Stage.ADOPTED);
            // fictitious demo numbers: the 2027 programme's repeal clause names this resolution
            council.recordEarlierAdoption(id, "1234", "XXV/612/25", LocalDate.of(2025, 11, 26));
            return drafting.recordVersion(id, DraftStage.ADOPTED, "Program przyjęty przez Radę Miasta Krakowa (dane demonstracyjne).");
        });
        log.info("Demo: programme {} (2026) recorded as adopted", id);
        return id;
    }

    /**
     * The accepted task a proposal repeats for other districts ("Imprezy biegowe – Nowa Huta i Czyżyny" after
     * "Imprezy biegowe", same sector and form): merged into it, so the programme lists no task twice.
     */
    private Long sameTask(Long programmeId, Long proposalId) {
        var proposal = proposals.get(proposalId);
        if (proposal.getTaskForm() == pl.wspolnie.programme.TaskForm.TRYB_POZAKONKURSOWY) {
            return null; // a small grant stays within its own limits, never grows by a merge
        }
        int dash = proposal.getTitle().indexOf(" – ");
        String base = dash < 0 ? proposal.getTitle() : proposal.getTitle().substring(0, dash);
        var section = programmes.sections(programmeId).stream()
                .filter(s -> s.getSectorCode().equals(proposal.getSectorCode())).findFirst().orElse(null);
        return section == null ? null : programmes.priorityTasks(programmeId).stream()
                .filter(t -> t.getSectionId().equals(section.getId()) && t.getTaskForm() == proposal.getTaskForm())
                .filter(t -> t.getTitle().equals(base) || t.getTitle().startsWith(base + " – "))
                .map(t -> t.getId()).findFirst().orElse(null);
    }

    private String title(int year) {
        return profile.programmeTitle(year, year)
                .orElse("Program współpracy Gminy Miejskiej Kraków z organizacjami pozarządowymi na rok " + year);
    }

    private List<Task> open(String processId, String taskKey) {
        return tasks.createTaskQuery().processInstanceId(processId).taskDefinitionKey(taskKey).list();
    }

    /** Completes a task as a member of its candidate group would. */
    void complete(Task task, Map<String, Object> variables) {
        String group = tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> l.getGroupId() != null).map(l -> l.getGroupId()).findFirst().orElse(Groups.COORDINATION_TEAM);
        as(userOf(group), () -> {
            tasks.complete(task.getId(), variables);
            return null;
        });
    }

    static String userOf(String group) {
        return switch (group) {
            case Groups.COORDINATION_TEAM -> "coordinator";
            case Groups.DEPARTMENTS -> "department";
            default -> group.startsWith("sector-") ? group.substring("sector-".length()) : "coordinator";
        };
    }

    <T> T as(String user, java.util.function.Supplier<T> work) {
        List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
        identity.setAuthentication(user, groups);
        try {
            return work.get();
        } finally {
            identity.clearAuthentication();
        }
    }

    private <T> T read(String resource, TypeReference<T> type) throws IOException {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return json.readValue(in, type);
        }
    }

    /**
     * Runs the jobs that are due (async steps, past timers) as the job executor would; it starts only once
     * the application is ready, after this runner.
     */
    void settle(String processId) {
        for (int round = 0; round < 100; round++) {
            var due = management.createJobQuery().rootProcessInstanceId(processId).executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
        throw new IllegalStateException("Demo: jobs of " + processId + " keep coming");
    }

    private static void check(String what, boolean reached) {
        if (!reached) {
            throw new IllegalStateException("Demo: the sample programme did not reach " + what);
        }
    }
}
