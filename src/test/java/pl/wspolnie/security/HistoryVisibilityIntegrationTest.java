package pl.wspolnie.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import pl.wspolnie.support.Cycles;
import pl.wspolnie.support.Http;
import pl.wspolnie.support.WebIntegrationTest;

/**
 * A team reads the history and variables of its own work only: the culture team sees the intake of the culture
 * proposal routed to it, not the education proposal's; the Public Benefit Council none; the coordination team all.
 */
@WebIntegrationTest
class HistoryVisibilityIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtime;

    Http coordinator;
    String cultureInstance;
    String educationInstance;
    long programme;

    @BeforeEach
    void twoProposalsOfTwoTeams() {
        coordinator = new Http(port, "coordinator");
        programme = Cycles.withOpenCall(coordinator, 2037, "Program współpracy na rok 2037 (historia) " + System.nanoTime());
        cultureInstance = instanceOf(propose(programme, "KULTURA"));
        educationInstance = instanceOf(propose(programme, "EDUKACJA"));
    }

    private long propose(long programme, String sector) {
        var sent = coordinator.as("department").post("/api/programmes/" + programme + "/proposals", Map.of(
                "externalRef", "HIST-" + sector + "-" + System.nanoTime(), "submitter", Map.of("type", "DEPARTMENT", "code", "WKS"),
                "sector", sector, "title", "Zadanie " + sector, "description", "Opis.", "justification", "Uzasadnienie.",
                "form", "POZAFINANSOWA", "years", List.of(2037)));
        assertThat(sent.status()).as(sent.text()).isEqualTo(201);
        return sent.body().get("id").asLong();
    }

    private String instanceOf(long proposal) {
        return runtime.createProcessInstanceQuery().processDefinitionKey("proposal-intake")
                .processInstanceBusinessKey(String.valueOf(proposal)).singleResult().getId();
    }

    private static List<String> ids(JsonNode list, String field) {
        assertThat(list.isArray()).as(list.toString()).isTrue();
        return StreamSupport.stream(list.spliterator(), false).map(n -> n.get(field).asText()).toList();
    }

    @Test
    void aTeamSeesTheHistoryOfItsOwnWorkOnly() {
        Http culture = coordinator.as("culture");
        List<String> instances = ids(culture.get("/engine-rest/history/process-instance?processDefinitionKey=proposal-intake").body(), "id");
        assertThat(instances).contains(cultureInstance).doesNotContain(educationInstance);
        assertThat(ids(culture.get("/engine-rest/history/task?processInstanceId=" + educationInstance).body(), "id")).isEmpty();
        assertThat(ids(culture.get("/engine-rest/history/task?processInstanceId=" + cultureInstance).body(), "id")).isNotEmpty();
        assertThat(ids(culture.get("/engine-rest/history/variable-instance?processInstanceId=" + educationInstance).body(), "name")).isEmpty();
        assertThat(ids(culture.get("/engine-rest/history/variable-instance?processInstanceId=" + cultureInstance).body(), "name"))
                .contains("proposalId");
        assertThat(ids(culture.get("/engine-rest/history/activity-instance?processInstanceId=" + educationInstance).body(), "id")).isEmpty();
        assertThat(ids(culture.get("/engine-rest/history/detail?processInstanceId=" + educationInstance).body(), "id")).isEmpty();

        for (String outsider : List.of("krdpp", "council", "mayor", "department")) {
            assertThat(ids(coordinator.as(outsider).get("/engine-rest/history/process-instance?processDefinitionKey=proposal-intake").body(), "id"))
                    .as(outsider).doesNotContain(cultureInstance, educationInstance);
            assertThat(ids(coordinator.as(outsider).get("/engine-rest/history/variable-instance?processInstanceId=" + cultureInstance).body(), "name"))
                    .as(outsider).isEmpty();
        }
        assertThat(ids(coordinator.get("/engine-rest/history/process-instance?processDefinitionKey=proposal-intake").body(), "id"))
                .contains(cultureInstance, educationInstance);
    }

    @Test
    void aDepartmentSendingAProposalFromTasklistReadsItsConfirmationButNotOthersWork() {
        Http department = coordinator.as("department");
        String ref = "WKS-HIST-" + System.nanoTime();
        Map<String, Object> form = new java.util.LinkedHashMap<>();
        form.put("programmeId", Map.of("value", programme, "type", "Long"));
        form.put("externalRef", Map.of("value", ref));
        form.put("submitterType", Map.of("value", "DEPARTMENT"));
        form.put("submitterCode", Map.of("value", "WKS"));
        form.put("sector", Map.of("value", "SRODOWISKO"));
        form.put("title", Map.of("value", "Sadzenie drzew z mieszkańcami"));
        form.put("description", Map.of("value", "Opis."));
        form.put("justification", Map.of("value", "Uzasadnienie."));
        form.put("form", Map.of("value", "POZAFINANSOWA"));
        form.put("firstYearOfTask", Map.of("value", 2037, "type", "Integer"));
        var started = department.post("/engine-rest/process-definition/key/proposal-intake/submit-form", Map.of("variables", form));
        assertThat(started.status()).as(started.text()).isEqualTo(200);
        String instance = started.body().get("id").asText();

        // what Tasklist's start confirmation reads: the reference number the department needs
        var confirmation = department.get("/engine-rest/history/variable-instance?processInstanceId=" + instance
                + "&variableName=startConfirmation").body();
        assertThat(confirmation).hasSize(1);
        assertThat(confirmation.get(0).get("value").asText()).startsWith("Propozycja zadania została zgłoszona – numer zgłoszenia: WSP-");
        // the department's own instance only
        assertThat(ids(department.get("/engine-rest/history/variable-instance?processInstanceId=" + cultureInstance).body(), "name")).isEmpty();
        assertThat(ids(coordinator.as("culture").get("/engine-rest/history/variable-instance?processInstanceId=" + instance).body(), "name"))
                .as("not the culture team's work").isEmpty();
    }
}
