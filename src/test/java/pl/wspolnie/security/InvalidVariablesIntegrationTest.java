package pl.wspolnie.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import pl.wspolnie.support.Cycles;
import pl.wspolnie.support.Http;
import pl.wspolnie.support.WebIntegrationTest;

/**
 * Variables the engine cannot read (a value not of its type, an unknown type, a malformed variable) are refused
 * with 400 problem+json naming the variable on every engine REST route that takes them, and start nothing.
 */
@WebIntegrationTest
class InvalidVariablesIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;

    Http coordinator;
    Http department;
    Http culture;
    long programmeId;
    String ownTask;

    @BeforeEach
    void aProposalAwaitingTriage() {
        coordinator = new Http(port, "coordinator");
        department = coordinator.as("department");
        culture = coordinator.as("culture");
        programmeId = Cycles.withOpenCall(coordinator, 2034, "Program współpracy na rok 2034 (złe zmienne) " + System.nanoTime());
        var sent = department.post("/api/programmes/" + programmeId + "/proposals", Map.of(
                "externalRef", "VAR-" + System.nanoTime(), "submitter", Map.of("type", "DEPARTMENT", "code", "WKS"),
                "sector", "KULTURA", "title", "Zadanie", "description", "Opis.", "justification", "Uzasadnienie.",
                "form", "OTWARTY_KONKURS_OFERT", "mode", "WSPIERANIE", "plannedAmountPln", "1000.00", "years", List.of(2034)));
        assertThat(sent.status()).as(sent.text()).isEqualTo(201);
        ownTask = tasks.createTaskQuery().processDefinitionKey("proposal-intake")
                .processInstanceBusinessKey(sent.body().get("id").asText()).singleResult().getId();
    }

    static List<Object> invalid() {
        return List.of(
                Map.of("value", "abc", "type", "Integer"),
                Map.of("value", "abc", "type", "Long"),
                Map.of("value", "31.02.2027", "type", "Date"),
                Map.of("value", "x", "type", "NoSuchType"),
                Map.of("value", "{not json", "type", "Json"),
                Map.of("value", "x", "type", "Object", "valueInfo", Map.of("objectTypeName", "java.lang.Runtime",
                        "serializationDataFormat", "application/x-java-serialized-object")),
                Map.of("value", "x", "type", "Object"),
                // JSON of a class Jackson builds with its no-argument constructor: a java.util.Timer starts a thread
                // each time the variable is read, so a team could exhaust the node's threads from its own task
                Map.of("value", "{}", "type", "Object", "valueInfo", Map.of("objectTypeName", "java.util.Timer",
                        "serializationDataFormat", "application/json")),
                Map.of("value", "[{}]", "type", "Object", "valueInfo", Map.of("objectTypeName",
                        "java.util.ArrayList<java.util.Timer>", "serializationDataFormat", "application/json")),
                Map.of("value", "{}", "type", "Object", "valueInfo", Map.of("objectTypeName",
                        "pl.wspolnie.security.CrossSiteRequests", "serializationDataFormat", "application/json")),
                Map.of("value", Map.of("a", 1), "type", "String"),
                Map.of("value", "x", "type", "File"),
                "not an object");
    }

    @Test
    void startWithInvalidVariablesIsRefusedByName() {
        long before = runtime.createProcessInstanceQuery().processDefinitionKey("proposal-intake").count();
        for (Object variable : invalid()) {
            for (String route : List.of("start", "submit-form")) {
                var answer = department.post("/engine-rest/process-definition/key/proposal-intake/" + route,
                        Map.of("variables", Map.of("title", variable)));
                refused(answer, route + " " + variable, "title");
            }
        }
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("proposal-intake").count()).isEqualTo(before);

        // well-formed variables the process's start form refuses: 400 with its Polish message, not the engine's 500
        long drafting = runtime.createProcessInstanceQuery().processDefinitionKey("programme-drafting").count();
        var incomplete = coordinator.post("/engine-rest/process-definition/key/programme-drafting/start", Map.of("variables", Map.of()));
        assertThat(incomplete.status()).as(incomplete.text()).isEqualTo(400);
        assertThat(incomplete.contentType()).startsWith("application/problem+json");
        assertThat(incomplete.body().get("message").asText()).contains("Uzupełnij pole");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("programme-drafting").count()).isEqualTo(drafting);
    }

    @Test
    void completingATaskWithInvalidVariablesIsRefusedByName() {
        for (Object variable : invalid()) {
            for (String route : List.of("complete", "submit-form")) {
                var answer = culture.post("/engine-rest/task/" + ownTask + "/" + route,
                        Map.of("variables", Map.of("triageDecision", Map.of("value", "ACCEPT"), "triageReason", variable)));
                refused(answer, route + " " + variable, "triageReason");
            }
            Object body = variable instanceof Map ? variable : List.of(variable);
            refused(culture.put("/engine-rest/task/" + ownTask + "/variables/triageReason", body), "put " + body, "triageReason");
        }
        var malformed = culture.post("/engine-rest/task/" + ownTask + "/complete", "{\"variables\": {\"triageReason\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body().at("/errors/0/field").asText()).isEqualTo("body");
        assertThat(tasks.createTaskQuery().taskId(ownTask).count()).as("task still open").isOne();

        // what Tasklist's forms send still goes through: untyped scalars, lists as Json or as JSON Objects
        var accepted = culture.post("/engine-rest/task/" + ownTask + "/complete", Map.of("variables", Map.of(
                "triageDecision", Map.of("value", "REJECT"), "triageReason", Map.of("value", "Poza zakresem."),
                "noteList", Map.of("type", "Json", "value", "[\"a\"]"),
                "noteObject", Map.of("type", "Object", "value", "[\"b\"]", "valueInfo", Map.of(
                        "objectTypeName", "java.util.ArrayList", "serializationDataFormat", "application/json")))));
        assertThat(accepted.status()).as(accepted.text()).isIn(200, 204);
        assertThat(tasks.createTaskQuery().taskId(ownTask).count()).isZero();
    }

    private static void refused(Http.Response answer, String what, String variable) {
        assertThat(answer.status()).as(what + ": " + answer.text()).isEqualTo(400);
        assertThat(answer.contentType()).as(what).startsWith("application/problem+json");
        assertThat(answer.body().at("/errors/0/field").asText()).as(what + ": " + answer.text()).isEqualTo(variable);
    }
}
