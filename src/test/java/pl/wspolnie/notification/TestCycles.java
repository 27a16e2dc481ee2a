package pl.wspolnie.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import pl.wspolnie.consultation.ConsultationService;
import pl.wspolnie.support.Http;
import pl.wspolnie.support.Jobs;

/** The steps of a cycle the mail tests need, over the API as its people take them; ends the processes it started. */
final class TestCycles {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    private final Http coordinator;
    private final ConsultationService consultations;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final List<Long> programmes = new ArrayList<>();

    TestCycles(Http coordinator, ConsultationService consultations, RuntimeService runtime, ManagementService management) {
        this.coordinator = coordinator;
        this.consultations = consultations;
        this.runtime = runtime;
        this.management = management;
    }

    /** A programme for next year, its call for proposals open; the response carries its id and process instance. */
    Http.Response createProgramme(String title) {
        LocalDate today = LocalDate.now(WARSAW);
        var created = coordinator.post("/api/programmes", Map.of("kind", "ANNUAL", "firstYear", today.getYear() + 1,
                "lastYear", today.getYear() + 1, "title", title, "calendar", Map.of(
                        "proposalDeadline", today.plusDays(20).toString(), "sectionsDue", today.plusDays(40).toString(),
                        "consultationStart", today.plusDays(50).toString(), "consultationEnd", today.plusDays(75).toString(),
                        "councilDeadline", today.plusDays(100).toString())));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        programmes.add(created.body().get("id").asLong());
        return created;
    }

    /** A programme whose consultation is open until the planned day 75 (opened directly: the way there is the drafting tests' business). */
    long inConsultation(String title) {
        long programme = createProgramme(title).body().get("id").asLong();
        consultations.open(programme);
        return programme;
    }

    long comment(long programme, String ref, String email, String section) {
        var sent = coordinator.post("/api/programmes/" + programme + "/consultation/comments", commentBody(ref, email, section));
        assertThat(sent.status()).as(sent.text()).isEqualTo(201);
        return sent.body().get("id").asLong();
    }

    static Map<String, Object> commentBody(String ref, String email, String section) {
        return Map.of("externalRef", ref, "organisation", "Stowarzyszenie Łąka", "contactPerson", "Anna Nowak",
                "email", email, "section", section, "proposedText", "Nowe brzmienie przepisu.",
                "justification", "Doprecyzowanie ułatwi planowanie.");
    }

    /** A department's proposal for the culture sector: its triage task goes to sector-culture. */
    void proposeCulture(long programme, String ref) {
        var sent = coordinator.as("department").post("/api/programmes/" + programme + "/proposals", Map.of(
                "externalRef", ref, "submitter", Map.of("type", "DEPARTMENT", "code", "WKS"), "sector", "KULTURA",
                "title", "Festiwal kultury dzielnic " + ref, "description", "Wydarzenia kulturalne w dzielnicach.",
                "justification", "Potrzeba zgłaszana przez mieszkańców.", "form", "OTWARTY_KONKURS_OFERT",
                "mode", "WSPIERANIE", "plannedAmountPln", "50000.00", "years", List.of(LocalDate.now(WARSAW).getYear() + 1)));
        assertThat(sent.status()).as(sent.text()).isEqualTo(201);
    }

    /**
     * Closes the call (fires its timer) and returns the eight "section overdue" timers of the opened sections. On a
     * shared database another test's job executor may run the asynchronous step first; either way, a bounded wait.
     */
    List<Job> closeCallAndGetSectionTimers(String process) throws InterruptedException {
        Jobs.fire(management, process, "CallForProposalsClosed");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            try {
                Jobs.runDue(management, process);
            } catch (ProcessEngineException e) {
                // another job executor ran (or is running) the same job
            }
            var timers = management.createJobQuery().processInstanceId(process).activityId("SectionOverdue").list();
            if (timers.size() == 8 || System.nanoTime() > deadline) {
                assertThat(timers).hasSize(8);
                return timers;
            }
            Thread.sleep(100);
        }
    }

    /** Ends the processes of the programmes created here: on a shared database (PostgreSQL in CI) other tests count tasks. */
    void endAll() {
        for (Long programme : programmes) {
            List<String> roots = runtime.createProcessInstanceQuery().variableValueEquals("programmeId", programme)
                    .rootProcessInstances().list().stream().map(ProcessInstance::getId).toList();
            if (!roots.isEmpty()) {
                runtime.deleteProcessInstances(roots, "mail test done", true, true);
            }
        }
        programmes.clear();
    }
}
