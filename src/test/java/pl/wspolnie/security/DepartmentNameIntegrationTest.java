package pl.wspolnie.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import pl.wspolnie.support.Cycles;
import pl.wspolnie.support.Http;
import pl.wspolnie.support.WebIntegrationTest;

/**
 * A department's staff submit and import proposals in their own department's name only (the demo user
 * {@code department} works for WKS); the coordination team acts for any department. Refusals are 403 naming the
 * field, and store nothing.
 */
@WebIntegrationTest
class DepartmentNameIntegrationTest {

    private static final String HEADER = "externalRef;submitterType;submitterCode;submitterName;krs;email;sector;title;"
            + "description;justification;form;mode;plannedAmountPln;years";

    @LocalServerPort
    int port;

    Http coordinator;
    Http department;
    String proposals;

    @BeforeEach
    void openCall() {
        coordinator = new Http(port, "coordinator");
        department = coordinator.as("department");
        long programme = Cycles.withOpenCall(coordinator, 2036, "Program współpracy na rok 2036 (wydziały) " + System.nanoTime());
        proposals = "/api/programmes/" + programme + "/proposals";
    }

    private static Map<String, Object> proposal(String ref, Map<String, Object> submitter) {
        return Map.of("externalRef", ref, "submitter", submitter, "sector", "SPORT", "title", "Zadanie",
                "description", "Opis.", "justification", "Uzasadnienie.", "form", "POZAFINANSOWA", "years", List.of(2036));
    }

    @Test
    void aDepartmentSubmitsInItsOwnNameOnly() {
        var other = department.post(proposals, proposal("DEP-1", Map.of("type", "DEPARTMENT", "code", "WS")));
        assertThat(other.status()).as(other.text()).isEqualTo(403);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(other.body().at("/errors/0/field").asText()).isEqualTo("submitter.code");
        assertThat(other.body().at("/errors/0/message").asText()).contains("WS");
        // a sector team is no department either
        assertThat(coordinator.as("sport").post(proposals, proposal("DEP-2", Map.of("type", "DEPARTMENT", "code", "WS"))).status())
                .isEqualTo(403);
        assertThat(coordinator.get(proposals).body()).isEmpty();

        assertThat(department.post(proposals, proposal("DEP-3", Map.of("type", "DEPARTMENT", "code", "WKS"))).status()).isEqualTo(201);
        assertThat(coordinator.post(proposals, proposal("DEP-5", Map.of("type", "DEPARTMENT", "code", "WS"))).status()).isEqualTo(201);
        assertThat(new Http(port, "demo").post(proposals, proposal("DEP-6", Map.of("type", "DEPARTMENT", "code", "WE"))).status())
                .isEqualTo(201);
        assertThat(coordinator.get(proposals).body()).hasSize(3);
    }

    @Test
    void aDepartmentImportsItsOwnRowsOnly() {
        String rows = HEADER + "\n" + "IMP-1;DEPARTMENT;WKS;;;;SPORT;Własne;Opis;Uzasadnienie;POZAFINANSOWA;;;2036\n"
                + "IMP-2;DEPARTMENT;WS;;;;SPORT;Cudze;Opis;Uzasadnienie;POZAFINANSOWA;;;2036\n";
        var refused = department.postFile(proposals + "/import", "file", "wydzial.csv", "text/csv", rows.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).as(refused.text()).isEqualTo(403);
        assertThat(refused.body().at("/errors/0/field").asText()).isEqualTo("submitterCode");
        assertThat(refused.body().at("/errors/0/message").asText()).startsWith("row 3: ").contains("WS");
        assertThat(coordinator.get(proposals).body()).isEmpty();

        var own = department.postFile(proposals + "/import", "file", "wydzial.csv", "text/csv",
                (HEADER + "\n" + "IMP-1;DEPARTMENT;WKS;;;;SPORT;Własne;Opis;Uzasadnienie;POZAFINANSOWA;;;2036\n").getBytes(StandardCharsets.UTF_8));
        assertThat(own.status()).as(own.text()).isEqualTo(200);
        var anyByCoordinator = coordinator.postFile(proposals + "/import", "file", "wydzial.csv", "text/csv", rows.getBytes(StandardCharsets.UTF_8));
        assertThat(anyByCoordinator.status()).isEqualTo(200);
        assertThat(anyByCoordinator.body().at("/summary/created").asInt()).isEqualTo(1);
        assertThat(coordinator.get(proposals).body()).hasSize(2);
    }

    @Test
    void theStartFormOffersADepartmentItsOwnNameChosenAndTheCoordinationTeamEvery() {
        String form = "/engine-rest/process-definition/key/proposal-intake/deployed-start-form";
        JsonNode own = submitterCode(department.get(form).body());
        assertThat(own.get("values")).extracting(v -> v.get("value").asText()).containsExactly("WKS");
        assertThat(own.get("defaultValue").asText()).isEqualTo("WKS");
        JsonNode every = submitterCode(coordinator.get(form).body());
        assertThat(every.get("values")).hasSize(8);
        assertThat(every.has("defaultValue")).isFalse();
        assertThat(new Http(port, null).get(form).status()).isEqualTo(401);
    }

    @Test
    void theStartFormRefusesAnotherDepartmentNamingTheFieldInPolish() {
        long programme = Long.parseLong(proposals.split("/")[3]);
        Map<String, Object> variables = new java.util.HashMap<>();
        for (var entry : Map.<String, Object>of("programmeId", programme, "externalRef", "SF-" + System.nanoTime(),
                "submitterType", "DEPARTMENT", "submitterCode", "WS", "email", "wks@example.org", "sector", "SPORT",
                "title", "Zadanie", "description", "Opis.", "justification", "Uzasadnienie.", "form", "POZAFINANSOWA").entrySet()) {
            variables.put(entry.getKey(), Map.of("value", entry.getValue()));
        }
        variables.put("firstYearOfTask", Map.of("value", 2036));
        variables.put("lastYearOfTask", Map.of("value", 2036));
        var refused = department.post("/engine-rest/process-definition/key/proposal-intake/submit-form", Map.of("variables", variables));
        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.body().at("/errors/0/field").asText()).isEqualTo("submitterCode");
        assertThat(refused.body().get("message").asText()).startsWith("Pole „Wydział lub jednostka”: wydział może zgłaszać "
                + "propozycje tylko we własnym imieniu");
        assertThat(coordinator.get(proposals).body()).isEmpty();

        variables.put("submitterCode", Map.of("value", "WKS"));
        var own = department.post("/engine-rest/process-definition/key/proposal-intake/submit-form", Map.of("variables", variables));
        assertThat(own.status()).as(own.text()).isEqualTo(200);
        assertThat(coordinator.get(proposals).body()).hasSize(1);
    }

    private static JsonNode submitterCode(JsonNode node) {
        if ("submitterCode".equals(node.path("key").asText())) {
            return node;
        }
        for (JsonNode child : node.path("components")) {
            JsonNode found = submitterCode(child);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
