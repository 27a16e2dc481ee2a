package pl.wspolnie.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import pl.wspolnie.support.Http;
import pl.wspolnie.support.StaffSession;
import pl.wspolnie.support.WebIntegrationTest;

/**
 * The engine's doors beyond variables (issue #12, the attacker probe's LOW findings): a process starts only at its
 * start event; a person's names are changed by an administrator; statistics are the coordination team's; a path
 * written another way (percent-encoded, with dot segments, path parameters, double slashes) is refused, never 500
 * and never past a guard. Both doors: the engine REST API (Basic) and the webapps' API (Tasklist's session).
 */
@WebIntegrationTest
class EngineDoorsIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtime;
    @Autowired
    RepositoryService repository;
    @Autowired
    IdentityService identity;

    static final List<Map<String, Object>> ELSEWHERE = List.of(Map.of("type", "startBeforeActivity", "activityId", "TriageProposal"));

    @Test
    void aProcessStartsOnlyAtItsStartEventWhicheverWayItIsAsked() {
        Http department = new Http(port, "department");
        String byId = repository.createProcessDefinitionQuery().processDefinitionKey("proposal-intake").latestVersion()
                .singleResult().getId();
        long before = runtime.createProcessInstanceQuery().processDefinitionKey("proposal-intake").count();

        refused(department.post("/engine-rest/process-definition/key/proposal-intake/start",
                Map.of("startInstructions", ELSEWHERE)), 400, "startInstructions");
        refused(department.post("/engine-rest/process-definition/" + byId + "/start", Map.of("startInstructions", ELSEWHERE)),
                400, "startInstructions");
        refused(department.post("/engine-rest/process-definition/key/proposal-intake/start/", Map.of("startInstructions", ELSEWHERE)),
                400, "startInstructions");
        refused(department.post("/engine-rest/process-definition/key/proposal-intake/start", Map.of("skipCustomListeners", true)),
                400, "skipCustomListeners");
        refused(department.post("/engine-rest/process-definition/key/proposal-intake/start", Map.of("skipIoMappings", true)),
                400, "skipIoMappings");
        refused(new Http(port, "demo").post("/engine-rest/process-definition/key/proposal-intake/submit-form",
                Map.of("startInstructions", ELSEWHERE)), 400, "startInstructions");
        var webapp = StaffSession.tasklist(port, "coordinator").sendJson("POST",
                "/camunda/api/engine/engine/default/process-definition/key/programme-drafting/start",
                "{\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Anything\"}]}");
        assertThat(webapp.status()).as(webapp.html()).isEqualTo(400);
        assertThat(webapp.html()).contains("startInstructions", "zdarzenia początkowego").doesNotContain("${");

        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("proposal-intake").count()).isEqualTo(before);
    }

    @Test
    void aPersonsNamesAreChangedByAnAdministratorOnlyTheirEmailByThemselves() {
        var stored = identity.createUserQuery().userId("culture").singleResult();
        String first = stored.getFirstName();
        String last = stored.getLastName();
        String email = stored.getEmail();
        Http culture = new Http(port, "culture");
        try {
            refused(culture.put("/engine-rest/user/culture/profile", profile("Ktoś Inny", last, email)), 403, "firstName");
            refused(culture.put("/engine-rest/user/culture/profile", profile(first, "Inny", email)), 403, "lastName");
            refused(culture.put("/engine-rest/user/culture/profile", Map.of("id", "culture", "email", email)), 403, "firstName");
            var webapp = StaffSession.tasklist(port, "culture").sendJson("PUT",
                    "/camunda/api/engine/engine/default/user/culture/profile",
                    "{\"id\":\"culture\",\"firstName\":\"Ktoś Inny\",\"lastName\":\"" + last + "\",\"email\":\"" + email + "\"}");
            assertThat(webapp.status()).as(webapp.html()).isEqualTo(403);
            assertThat(webapp.html()).contains("firstName", "tylko administrator");
            assertThat(identity.createUserQuery().userId("culture").singleResult().getFirstName()).isEqualTo(first);

            var ownEmail = culture.put("/engine-rest/user/culture/profile", profile(first, last, "kultura-nowy@example.org"));
            assertThat(ownEmail.status()).as(ownEmail.text()).isEqualTo(204);
            assertThat(identity.createUserQuery().userId("culture").singleResult().getEmail()).isEqualTo("kultura-nowy@example.org");

            var byAdmin = new Http(port, "demo").put("/engine-rest/user/culture/profile", profile("Zespół Kultury", last, email));
            assertThat(byAdmin.status()).as(byAdmin.text()).isEqualTo(204);
            assertThat(identity.createUserQuery().userId("culture").singleResult().getFirstName()).isEqualTo("Zespół Kultury");
        } finally {
            var user = identity.createUserQuery().userId("culture").singleResult();
            user.setFirstName(first);
            user.setLastName(last);
            user.setEmail(email);
            identity.saveUser(user);
        }
    }

    private static Map<String, Object> profile(String first, String last, String email) {
        return Map.of("id", "culture", "firstName", first, "lastName", last, "email", email);
    }

    @Test
    void theWebappsStatisticsAndCockpitsApiAreTheCoordinationTeams() {
        var culture = StaffSession.tasklist(port, "culture");
        var coordinator = StaffSession.tasklist(port, "coordinator");
        String statistics = "/camunda/api/engine/engine/default/process-definition/statistics";
        assertThat(culture.get(statistics).status()).isEqualTo(403);
        assertThat(coordinator.get(statistics).status()).isEqualTo(200);
        String count = "/camunda/api/cockpit/plugin/base/default/process-instance/count";
        var refusedCount = culture.sendJson("POST", count, "{}");
        assertThat(refusedCount.status()).as(refusedCount.html()).isEqualTo(403);
        var allowedCount = coordinator.sendJson("POST", count, "{}");
        assertThat(allowedCount.status()).as(allowedCount.html()).isEqualTo(200);
    }

    static Stream<Arguments> otherSpellings() {
        String stats = "process-definition/statistics";
        return Stream.of(
                Arguments.of("/%65ngine-rest/" + stats, 400),
                Arguments.of("/engine-rest/process-definition/%73tatistics", 400),
                Arguments.of("/engine-rest/process-definition/%2e/statistics", 400),
                Arguments.of("/engine-rest/./" + stats, 400),
                Arguments.of("/engine-rest/task/../" + stats, 400),
                Arguments.of("/engine-rest;jsessionid=0/" + stats, 400),
                Arguments.of("/engine-rest/process-definition;x=1/statistics", 400),
                Arguments.of("//engine-rest/" + stats, 400),
                Arguments.of("/engine-rest//" + stats, 400),
                Arguments.of("/engine-rest/" + stats + "/", 403),
                Arguments.of("/engine-rest/" + stats + "//", 400),
                Arguments.of("/ENGINE-REST/" + stats, 404),
                Arguments.of("/engine-rest/PROCESS-DEFINITION/statistics", 403),
                Arguments.of("/engine-rest/process-definition/key/proposal-intake/statistics/", 403));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("otherSpellings")
    void aGuardedPathWrittenAnotherWayIsRefused(String path, int expected) {
        var answer = new Http(port, "culture").get(path);
        assertThat(answer.status()).as(answer.text()).isEqualTo(expected);
    }

    @Test
    void anEncodedEngineDoorIsNoWayPastTheVariableGuard() {
        var answer = new Http(port, "department").post("/%65ngine-rest/process-definition/key/proposal-intake/start",
                Map.of("startInstructions", ELSEWHERE));
        refused(answer, 400, "path");
    }

    private static void refused(Http.Response response, int status, String field) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().at("/errors/0/field").asText()).as(response.text()).isEqualTo(field);
        assertThat(response.text()).doesNotContain("${");
    }
}
