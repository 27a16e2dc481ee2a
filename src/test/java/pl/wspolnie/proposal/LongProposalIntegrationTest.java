package pl.wspolnie.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import pl.wspolnie.support.Cycles;
import pl.wspolnie.support.Http;
import pl.wspolnie.support.WebIntegrationTest;

/** A proposal as long as the API allows reaches its team's triage: the text stays in our table, the form shows a cut. */
@WebIntegrationTest
class LongProposalIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    TaskService tasks;

    @Test
    void tenThousandCharactersOfDescriptionAndJustificationAreTriaged() {
        Http coordinator = new Http(port, "coordinator");
        long programme = Cycles.withOpenCall(coordinator, 2032, "Program współpracy na rok 2032 (długie propozycje)");
        String description = "Opis zadania publicznego w dzielnicach miasta. ".repeat(220).substring(0, 10_000);
        String base = "/api/programmes/" + programme + "/proposals";
        var sent = coordinator.as("department").post(base, Map.of("externalRef", "LONG-1",
                "submitter", Map.of("type", "DEPARTMENT", "code", "WKS"), "sector", "KULTURA", "title", "Długa propozycja",
                "description", description, "justification", description, "form", "OTWARTY_KONKURS_OFERT",
                "mode", "WSPIERANIE", "plannedAmountPln", "10000.00", "years", List.of(2032)));
        assertThat(sent.status()).as(sent.text()).isEqualTo(201);
        long id = sent.body().get("id").asLong();

        var stored = coordinator.get(base + "/" + id).body();
        assertThat(stored.get("description").asText()).isEqualTo(description);
        var triage = tasks.createTaskQuery().processDefinitionKey("proposal-intake").processInstanceBusinessKey(String.valueOf(id))
                .singleResult();
        assertThat(triage.getTaskDefinitionKey()).isEqualTo("TriageProposal");
        for (String shown : List.of("proposalDescription", "proposalJustification")) {
            assertThat((String) tasks.getVariable(triage.getId(), shown)).hasSizeLessThanOrEqualTo(4000)
                    .startsWith("Opis zadania publicznego").endsWith(base + "/" + id + "]");
        }
        var over = coordinator.as("department").post(base, Map.of("externalRef", "LONG-2",
                "submitter", Map.of("type", "DEPARTMENT", "code", "WKS"), "sector", "KULTURA", "title", "Za długa",
                "description", description + "x", "justification", "J", "form", "OTWARTY_KONKURS_OFERT",
                "mode", "WSPIERANIE", "plannedAmountPln", "10000.00", "years", List.of(2032)));
        assertThat(over.status()).isEqualTo(400);
        assertThat(over.body().at("/errors/0/field").asText()).isEqualTo("description");
        assertThat(coordinator.get(base).body()).hasSize(1);
    }
}
