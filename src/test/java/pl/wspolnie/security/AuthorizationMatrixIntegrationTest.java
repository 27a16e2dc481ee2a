package pl.wspolnie.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import pl.wspolnie.support.Cycles;
import pl.wspolnie.support.Http;
import pl.wspolnie.support.WebIntegrationTest;

/**
 * Every demo role (and anonymous) × every operation that matters, over the engine REST API and our API, with the
 * answer each must get: ALLOWED (the request is judged on its content: 2xx, or a 400/409 about the input, never
 * 401/403/5xx), FORBIDDEN (403), UNAUTHENTICATED (401); for history, SEES or SEES_NOTHING of another team's work.
 * The object acted on is a proposal of the culture team awaiting its triage, made fresh for each case.
 */
@WebIntegrationTest
class AuthorizationMatrixIntegrationTest {

    enum Expect { ALLOWED, FORBIDDEN, UNAUTHENTICATED, SEES, SEES_NOTHING }

    /** anonymous, then the demo users: coordination, two sector teams, a department, Mayor, council office, council of NGOs, admin. */
    static final List<String> ROLES = List.of("anonymous", "coordinator", "culture", "education", "department", "mayor",
            "council", "krdpp", "demo");

    record Case(String operation, BiFunction<AuthorizationMatrixIntegrationTest, Http, Object> call, Map<String, Expect> expected) {
    }

    private static Map<String, Expect> only(Set<String> allowed, Expect otherwise) {
        var map = new java.util.HashMap<String, Expect>();
        for (String role : ROLES) {
            map.put(role, role.equals("anonymous") ? Expect.UNAUTHENTICATED : allowed.contains(role) ? Expect.ALLOWED : otherwise);
        }
        return map;
    }

    private static Map<String, Expect> sees(Set<String> seeing) {
        var map = new java.util.HashMap<String, Expect>();
        for (String role : ROLES) {
            map.put(role, role.equals("anonymous") ? Expect.UNAUTHENTICATED : seeing.contains(role) ? Expect.SEES : Expect.SEES_NOTHING);
        }
        return map;
    }

    static final Set<String> EVERYONE = Set.copyOf(ROLES);
    static final Set<String> ADMIN = Set.of("demo");
    static final Set<String> COORDINATION = Set.of("coordinator", "demo");
    static final Set<String> TASK_TEAM = Set.of("culture", "demo");

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("list programmes (API)", (t, u) -> u.get("/api/programmes"), only(EVERYONE, Expect.FORBIDDEN)));
        cases.add(new Case("create a programme (API)", (t, u) -> u.post("/api/programmes", Map.of()), only(COORDINATION, Expect.FORBIDDEN)));
        cases.add(new Case("mail outbox (API)", (t, u) -> u.get("/api/mail"), only(COORDINATION, Expect.FORBIDDEN)));
        cases.add(new Case("council decision (API)", (t, u) -> u.post("/api/programmes/" + t.programmeId + "/council-decision", Map.of()),
                only(Set.of("council", "coordinator", "demo"), Expect.FORBIDDEN)));
        cases.add(new Case("restart the answers of a consultation (API)", (t, u) -> u.post("/api/programmes/" + t.programmeId
                + "/consultation/comment-responses/resume", Map.of()), only(COORDINATION, Expect.FORBIDDEN)));
        cases.add(new Case("import for another department (API)", (t, u) -> u.postFile("/api/programmes/" + t.programmeId + "/proposals/import",
                "file", "wydzial.csv", "text/csv", ("externalRef;submitterType;submitterCode;sector;title;description;justification;form;years\n"
                        + "MX-" + System.nanoTime() + ";DEPARTMENT;WS;SPORT;Zadanie;Opis;Uzasadnienie;POZAFINANSOWA;" + t.year + "\n")
                        .getBytes(StandardCharsets.UTF_8)), only(COORDINATION, Expect.FORBIDDEN)));
        cases.add(new Case("deploy a process (engine)", (t, u) -> u.postFile("/engine-rest/deployment/create", "data", "matrix.bpmn",
                "application/xml", probe().getBytes(StandardCharsets.UTF_8)), only(ADMIN, Expect.FORBIDDEN)));
        cases.add(new Case("start the drafting process (engine)", (t, u) -> u.post("/engine-rest/process-definition/key/programme-drafting/start",
                Map.of("variables", Map.of())), only(COORDINATION, Expect.FORBIDDEN)));
        cases.add(new Case("create a user (engine)", (t, u) -> u.post("/engine-rest/user/create", Map.of("profile",
                Map.of("id", "matrix" + System.nanoTime(), "firstName", "M", "lastName", "X"), "credentials", Map.of("password", "haslo-matrix-1"))),
                only(ADMIN, Expect.FORBIDDEN)));
        cases.add(new Case("add a member to a group (engine)", (t, u) -> u.put("/engine-rest/group/mayor-office/members/" + t.newcomer, Map.of()),
                only(ADMIN, Expect.FORBIDDEN)));
        cases.add(new Case("claim another team's task (engine)", (t, u) -> u.post("/engine-rest/task/" + t.task + "/claim",
                Map.of("userId", u.user() == null ? "anonymous" : u.user())), only(TASK_TEAM, Expect.FORBIDDEN)));
        cases.add(new Case("assign another team's task (engine)", (t, u) -> u.post("/engine-rest/task/" + t.task + "/assignee",
                Map.of("userId", "education")), only(TASK_TEAM, Expect.FORBIDDEN)));
        cases.add(new Case("complete another team's task (engine)", (t, u) -> u.post("/engine-rest/task/" + t.task + "/complete",
                Map.of("variables", Map.of("triageDecision", Map.of("value", "NIE-MA-TAKIEJ")))), only(TASK_TEAM, Expect.FORBIDDEN)));
        cases.add(new Case("read another team's task variables (engine)", (t, u) -> u.get("/engine-rest/task/" + t.task + "/variables"),
                only(TASK_TEAM, Expect.FORBIDDEN)));
        cases.add(new Case("read another team's process variables (engine)",
                (t, u) -> u.get("/engine-rest/process-instance/" + t.instance + "/variables"), only(ADMIN, Expect.FORBIDDEN)));
        cases.add(new Case("history of another team's process (engine)",
                (t, u) -> u.get("/engine-rest/history/variable-instance?processInstanceId=" + t.instance),
                sees(Set.of("coordinator", "culture", "demo"))));
        cases.add(new Case("history of another team's tasks (engine)",
                (t, u) -> u.get("/engine-rest/history/task?processInstanceId=" + t.instance),
                sees(Set.of("coordinator", "culture", "demo"))));
        // statistics and reports: the coordination team's and the administrators' (issue #12)
        cases.add(new Case("process statistics (engine)", (t, u) -> u.get("/engine-rest/process-definition/statistics"),
                only(COORDINATION, Expect.FORBIDDEN)));
        cases.add(new Case("one process's statistics (engine)",
                (t, u) -> u.get("/engine-rest/process-definition/key/proposal-intake/statistics"), only(COORDINATION, Expect.FORBIDDEN)));
        cases.add(new Case("activity history statistics (engine)",
                (t, u) -> u.get("/engine-rest/history/process-definition/" + t.definition + "/statistics"), only(COORDINATION, Expect.FORBIDDEN)));
        cases.add(new Case("duration report (engine)",
                (t, u) -> u.get("/engine-rest/history/process-instance/report?reportType=duration&periodUnit=month"),
                only(COORDINATION, Expect.FORBIDDEN)));
        cases.add(new Case("task report (engine)", (t, u) -> u.get("/engine-rest/history/task/report?reportType=count&groupBy=taskName"),
                only(COORDINATION, Expect.FORBIDDEN)));
        // a running process's course: the administrators' only
        cases.add(new Case("modify a process instance (engine)", (t, u) -> u.post("/engine-rest/process-instance/" + t.instance
                + "/modification", Map.of("instructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "NoSuchStep")))),
                only(ADMIN, Expect.FORBIDDEN)));
        cases.add(new Case("restart process instances (engine)", (t, u) -> u.post("/engine-rest/process-definition/" + t.definition
                + "/restart", Map.of("processInstanceIds", List.of(t.instance), "instructions", List.of())), only(ADMIN, Expect.FORBIDDEN)));
        cases.add(new Case("migrate process instances (engine)", (t, u) -> u.post("/engine-rest/migration/execute", Map.of(
                "migrationPlan", Map.of("sourceProcessDefinitionId", t.definition, "targetProcessDefinitionId", t.definition,
                        "instructions", List.of(Map.of("sourceActivityIds", List.of("NoSuchStep"), "targetActivityIds", List.of("NoSuchStep")))),
                "processInstanceIds", List.of(t.instance))), only(ADMIN, Expect.FORBIDDEN)));
        return cases;
    }

    static Stream<Arguments> matrix() {
        List<Arguments> all = new ArrayList<>();
        for (Case c : cases()) {
            for (String role : ROLES) {
                all.add(Arguments.of(c.operation(), role, c.expected().get(role)));
            }
        }
        return all.stream();
    }

    private static String probe() {
        String id = "matrix" + System.nanoTime();
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" "
                + "xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" id=\"d" + id + "\" targetNamespace=\"t\"><bpmn:process id=\"" + id
                + "\" isExecutable=\"false\" camunda:historyTimeToLive=\"1\"><bpmn:startEvent id=\"s\"/></bpmn:process></bpmn:definitions>";
    }

    @LocalServerPort
    int port;
    @Autowired
    TaskService tasks;

    static long programmeId;
    static int year = 2038;
    @Autowired
    org.camunda.bpm.engine.IdentityService identity;

    String task;
    String instance;
    String definition;
    /** A user of no group, for the membership case (so that no demo user gains a group). */
    String newcomer;

    @BeforeEach
    void aCultureProposalAwaitingTriage() {
        newcomer = "mx" + System.nanoTime();
        identity.saveUser(identity.newUser(newcomer));
        Http coordinator = new Http(port, "coordinator");
        if (programmeId == 0) {
            programmeId = Cycles.withOpenCall(coordinator, year, "Program współpracy na rok 2038 (macierz uprawnień) " + System.nanoTime());
        }
        var sent = coordinator.as("department").post("/api/programmes/" + programmeId + "/proposals", Map.of(
                "externalRef", "MATRIX-" + System.nanoTime(), "submitter", Map.of("type", "DEPARTMENT", "code", "WKS"),
                "sector", "KULTURA", "title", "Zadanie kultury", "description", "Opis.", "justification", "Uzasadnienie.",
                "form", "POZAFINANSOWA", "years", List.of(year)));
        assertThat(sent.status()).as(sent.text()).isEqualTo(201);
        var t = tasks.createTaskQuery().processDefinitionKey("proposal-intake").processInstanceBusinessKey(sent.body().get("id").asText()).singleResult();
        task = t.getId();
        instance = t.getProcessInstanceId();
        definition = t.getProcessDefinitionId();
    }

    @ParameterizedTest(name = "{1}: {0} → {2}")
    @MethodSource("matrix")
    void eachRoleGetsItsAnswer(String operation, String role, Expect expected) {
        Case c = cases().stream().filter(x -> x.operation().equals(operation)).findFirst().orElseThrow();
        Http caller = new Http(port, role.equals("anonymous") ? null : role);
        Http.Response answer = (Http.Response) c.call().apply(this, caller);
        String what = role + " " + operation + ": " + answer.status() + " " + answer.text();
        switch (expected) {
            case UNAUTHENTICATED -> assertThat(answer.status()).as(what).isEqualTo(401);
            case FORBIDDEN -> assertThat(answer.status()).as(what).isEqualTo(403);
            case ALLOWED -> assertThat(answer.status()).as(what).isNotIn(401, 403).isLessThan(500);
            case SEES -> {
                assertThat(answer.status()).as(what).isEqualTo(200);
                assertThat(answer.body()).as(what).isNotEmpty();
            }
            case SEES_NOTHING -> {
                assertThat(answer.status()).as(what).isIn(200, 403);
                if (answer.status() == 200) {
                    assertThat(answer.body()).as(what).isEmpty();
                }
            }
        }
    }
}
