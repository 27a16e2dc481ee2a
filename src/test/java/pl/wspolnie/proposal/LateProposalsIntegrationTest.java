package pl.wspolnie.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import pl.wspolnie.programme.ProgrammeService;
import pl.wspolnie.programme.Stage;
import pl.wspolnie.support.Cycles;
import pl.wspolnie.support.Http;
import pl.wspolnie.support.WebIntegrationTest;

/**
 * After the call, while the draft is written, the coordination team may still add a proposal (a sector that got none
 * otherwise holds the draft at the completeness check with no way forward, as a walk through Tasklist found); nobody
 * else may, and nobody once the consultation has begun.
 */
@WebIntegrationTest
class LateProposalsIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    TaskService tasks;

    @Test
    void theCoordinationTeamAddsAProposalWhileTheDraftIsWrittenAndOnlyThen() {
        Http coordinator = new Http(port, "coordinator");
        long programme = Cycles.withOpenCall(coordinator, 2038, "Program współpracy na rok 2038 (propozycje po naborze) " + System.nanoTime());
        programmes.moveTo(programme, Stage.SECTOR_WORK);

        var late = coordinator.post("/api/programmes/" + programme + "/proposals", proposal("LATE-1"));
        assertThat(late.status()).as(late.text()).isEqualTo(201);
        long id = late.body().get("id").asLong();
        assertThat(tasks.createTaskQuery().processDefinitionKey("proposal-intake").processInstanceBusinessKey(String.valueOf(id)).taskCandidateGroup("sector-health").count())
                .as("triaged by the sector's team like any proposal").isOne();

        var byDepartment = coordinator.as("department").post("/api/programmes/" + programme + "/proposals", proposal("LATE-2"));
        assertThat(byDepartment.status()).as(byDepartment.text()).isEqualTo(409);

        programmes.moveTo(programme, Stage.CONSULTATION);
        var tooLate = coordinator.post("/api/programmes/" + programme + "/proposals", proposal("LATE-3"));
        assertThat(tooLate.status()).as(tooLate.text()).isEqualTo(409);
    }

    private static Map<String, Object> proposal(String ref) {
        return Map.of("externalRef", ref + "-" + System.nanoTime(), "submitter", Map.of("type", "DEPARTMENT", "code", "WKS"),
                "sector", "ZDROWIE", "title", "Profilaktyka zdrowia seniorów", "description", "Spotkania i badania przesiewowe.",
                "justification", "W obszarze nie zgłoszono żadnej propozycji.", "form", "POZAFINANSOWA", "years", List.of(2038));
    }
}
