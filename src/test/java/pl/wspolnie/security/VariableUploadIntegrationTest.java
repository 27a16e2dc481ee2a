package pl.wspolnie.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import pl.wspolnie.support.Cycles;
import pl.wspolnie.support.Http;
import pl.wspolnie.support.WebIntegrationTest;

/**
 * The engine REST API's binary variable route ({@code …/variables/{name}/data}, multipart) is a second door for
 * what a JSON body may not store: a file, bytes, or an object of any Java class the engine then builds with Jackson
 * (with the {@code type} part). A team may not open it on its own task, through either door to the engine.
 */
@WebIntegrationTest
class VariableUploadIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    TaskService tasks;

    @Test
    void noVariableIsStoredFromAMultipartUpload() {
        Http coordinator = new Http(port, "coordinator");
        Http culture = coordinator.as("culture");
        long programmeId = Cycles.withOpenCall(coordinator, 2032, "Program współpracy na rok 2032 (zmienne z pliku)");
        var sent = coordinator.as("department").post("/api/programmes/" + programmeId + "/proposals", Map.of(
                "externalRef", "UPLOAD-" + System.nanoTime(), "submitter", Map.of("type", "DEPARTMENT", "code", "WKS"),
                "sector", "KULTURA", "title", "Zadanie kultury", "description", "Opis zadania.",
                "justification", "Uzasadnienie zadania.", "form", "OTWARTY_KONKURS_OFERT", "mode", "WSPIERANIE",
                "plannedAmountPln", "10000.00", "years", List.of(2032)));
        assertThat(sent.status()).as(sent.text()).isEqualTo(201);
        var task = tasks.createTaskQuery().processDefinitionKey("proposal-intake")
                .processInstanceBusinessKey(sent.body().get("id").asText()).singleResult();
        byte[] url = "\"http://example.org/\"".getBytes(StandardCharsets.UTF_8);

        for (String path : List.of("/engine-rest/task/" + task.getId() + "/localVariables/probe/data",
                "/engine-rest/task/" + task.getId() + "/variables/probe/data",
                "/engine-rest/process-instance/" + task.getProcessInstanceId() + "/variables/probe/data",
                "/engine-rest/execution/" + task.getExecutionId() + "/localVariables/probe/data")) {
            // an object of a class the JSON route refuses (java.net.URL), and a file of any size
            var object = culture.postParts(path, Map.of("type", "java.net.URL"), "data", "v.json", "application/json", url);
            assertThat(object.status()).as(path + ": " + object.text()).isEqualTo(400);
            assertThat(object.body().get("errors").get(0).get("field").asText()).isEqualTo("probe");
            var file = culture.postFile(path, "data", "v.txt", "text/plain", new byte[20_000]);
            assertThat(file.status()).as(path + ": " + file.text()).isEqualTo(400);
        }
        assertThat(tasks.getVariablesLocal(task.getId())).doesNotContainKey("probe");
        assertThat(tasks.getVariables(task.getId())).doesNotContainKey("probe");
    }
}
