package pl.wspolnie.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import pl.wspolnie.support.Cycles;
import pl.wspolnie.support.EngineTasks;
import pl.wspolnie.support.Http;

/**
 * A whole cycle over HTTP, as DraftingCycleIntegrationTest runs it, spread over the given nodes: every request goes
 * to the next node in turn, and the timers are not fired by an administrator but made due (their due date set to
 * now) so that whichever node's job executor acquires them first runs them. Small: one proposal per sector.
 */
final class ClusterCycle {

    static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final DateTimeFormatter ENGINE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    record Programme(long id, String processId, String base) {
    }

    private final List<AppNode> nodes;
    private final Map<String, Integer> tasksCompletedOn = new LinkedHashMap<>();
    private int turn;

    ClusterCycle(List<AppNode> nodes) {
        this.nodes = nodes;
        nodes.forEach(n -> tasksCompletedOn.put(n.name(), 0));
    }

    /** Tasks completed through each node. */
    Map<String, Integer> tasksCompletedOn() {
        return tasksCompletedOn;
    }

    private AppNode next() {
        return nodes.get(turn++ % nodes.size());
    }

    private Http any(String user) {
        return next().as(user);
    }

    private EngineTasks engine() {
        return new EngineTasks(any("demo"));
    }

    private void complete(JsonNode task, Map<String, Object> variables) {
        AppNode node = next();
        new EngineTasks(node.as("demo")).complete(task, variables);
        tasksCompletedOn.merge(node.name(), 1, Integer::sum);
    }

    private List<JsonNode> await(String what, String taskQuery, int expected) {
        return EngineTasks.await(PATIENCE, what, () -> engine().tasks(taskQuery), expected);
    }

    private static List<JsonNode> awaitState(String what, Supplier<Boolean> reached) {
        return EngineTasks.await(PATIENCE, what, () -> reached.get() ? List.of(Http.JSON.nullNode()) : List.of(), 1);
    }

    /** From a new programme to its open consultation: proposals, triage, the call's deadline, sections, approval. */
    Programme toOpenConsultation(String run) {
        int year = LocalDate.now(ZoneId.of("Europe/Warsaw")).getYear() + 1;
        long id = Cycles.withOpenCall(any("coordinator"), year, "Program współpracy na rok " + year + " (" + run + ")");
        String base = "/api/programmes/" + id;
        String processId = any("coordinator").get(base).body().get("processInstanceId").asText();

        List<String> proposalIds = new ArrayList<>();
        Set<String> sectors = new HashSet<>();
        for (JsonNode sample : sample("demo/proposals.json")) {
            if (sectors.add(sample.get("sector").asText())) {
                ObjectNode proposal = ((ObjectNode) sample).deepCopy().put("externalRef", run + "-P-" + sectors.size());
                // the samples come from several departments: the coordination team may send in any one's name
                var sent = any("coordinator").post(base + "/proposals", proposal);
                assertThat(sent.status()).as(sent.text()).isEqualTo(201);
                proposalIds.add(sent.body().get("id").asText());
            }
        }
        for (JsonNode task : await("triage", "processDefinitionKey=proposal-intake&processInstanceBusinessKeyIn="
                + String.join(",", proposalIds), proposalIds.size())) {
            complete(task, Map.of("triageDecision", "ACCEPT"));
        }

        makeDue(processId, "CallForProposalsClosed");
        for (JsonNode task : await("8 sector sections", "processInstanceId=" + processId
                + "&taskDefinitionKey=PrepareSectorSection", 8)) {
            complete(task, Map.of("sectionNarrative", "Zespół branżowy opisuje obszar priorytetowy, potrzeby mieszkańców "
                    + "i cele współpracy z organizacjami na rok " + year + "."));
        }
        for (JsonNode task : await("8 reviews", "processInstanceId=" + processId + "&taskDefinitionKey=ReviewSectorSection", 8)) {
            complete(task, Map.of("sectionDecision", "ACCEPT"));
        }
        complete(await("whole draft", "processInstanceId=" + processId + "&taskDefinitionKey=ReviewWholeDraft", 1).get(0),
                Map.of("draftDecision", "APPROVE"));
        Programme programme = new Programme(id, processId, base);
        // the planned start day comes: a job executor opens the consultation
        makeDue(consultationProcess(programme), "ConsultationStartReached");
        awaitState("consultation open", () -> {
            var consultation = any("coordinator").get(base + "/consultation");
            return consultation.status() == 200 && consultation.body().get("status").asText().equals("OPEN");
        });
        return programme;
    }

    /** Sends {@code count} consultation comments over the API, to the nodes in turn. */
    void comment(Programme programme, String run, int count) {
        List<JsonNode> samples = new ArrayList<>();
        sample("demo/comments.json").forEach(samples::add);
        for (int i = 0; i < count; i++) {
            ObjectNode comment = ((ObjectNode) samples.get(i % samples.size())).deepCopy().put("externalRef", run + "-K-" + i);
            var sent = any("coordinator").post(programme.base() + "/consultation/comments", comment);
            assertThat(sent.status()).as(sent.text()).isEqualTo(201);
        }
    }

    /**
     * The consultation's two timers run (the Public Benefit Council lets its opinion period elapse, the window
     * closes): returns the response tasks, one per stored comment.
     */
    List<JsonNode> closeConsultation(Programme programme, int comments) {
        String consultation = consultationProcess(programme);
        makeDue(consultation, "OpinionPeriodElapsed");
        makeDue(consultation, "ConsultationWindowClosed");
        // each comment is answered in a comment-response process of its own, under the programme's business key
        return await(comments + " response tasks", "processInstanceBusinessKey=" + programme.id()
                + "&taskDefinitionKey=RespondToComment&maxResults=1000", comments);
    }

    /** From the closed consultation to the council's adoption. */
    void toAdoption(Programme programme, List<JsonNode> responses) {
        String[] decisions = {"ACCEPTED", "PARTLY_ACCEPTED", "REJECTED"};
        for (int i = 0; i < responses.size(); i++) {
            complete(responses.get(i), Map.of("commentDecision", decisions[i % 3], "responseJustification",
                    "Odpowiedź zespołu nr " + i + "."));
        }
        String consultation = consultationProcess(programme);
        complete(await("sign-off", "processInstanceId=" + consultation + "&taskDefinitionKey=SignOffResponses", 1).get(0),
                Map.of("signOffConfirmed", true));
        JsonNode revision = await("revision", "processInstanceId=" + programme.processId() + "&taskDefinitionKey=ReviseDraft", 1)
                .get(0);
        for (JsonNode accepted : any("coordinator").get(programme.base() + "/text/accepted-comments").body()) {
            var noEdit = any("coordinator").put(programme.base() + "/text/accepted-comments/" + accepted.get("ref").asText()
                    + "/no-edit", Map.of("reason", "Zapis programu już to przewiduje."));
            assertThat(noEdit.status()).as(noEdit.text()).isEqualTo(200);
        }
        complete(revision, Map.of("revisionSummary", "Uwzględniono uwagi."));
        complete(await("Mayor", "processInstanceId=" + programme.processId() + "&taskDefinitionKey=ApproveAsMayor", 1).get(0),
                Map.of("mayorDecision", "APPROVE"));
        String today = LocalDate.now(ZoneId.of("Europe/Warsaw")).toString();
        complete(await("council office", "processInstanceId=" + programme.processId() + "&taskDefinitionKey=SubmitToCouncil", 1)
                .get(0), Map.of("printNumber", "1234", "submittedOn", today));
        EngineTasks.await(PATIENCE, "waiting for the council", () -> {
            List<JsonNode> subscriptions = new ArrayList<>();
            any("demo").get("/engine-rest/event-subscription?processInstanceId=" + programme.processId()
                    + "&eventType=message&eventName=CouncilDecision").body().forEach(subscriptions::add);
            return subscriptions;
        }, 1);
        var decided = any("council").post(programme.base() + "/council-decision",
                Map.of("decision", "ADOPTED", "resolutionNumber", "XLII/1234/" + programme.id(), "decisionDate", today));
        assertThat(decided.status()).as(decided.text()).isEqualTo(200);
        awaitState("adopted", () -> any("coordinator").get(programme.base()).body().get("stage").asText().equals("ADOPTED"));
    }

    String consultationProcess(Programme programme) {
        return EngineTasks.single(any("demo").get("/engine-rest/process-instance?processDefinitionKey=public-consultation"
                + "&businessKey=" + programme.id()).body()).get("id").asText();
    }

    /**
     * The timer waiting at the activity becomes due now (engine REST {@code PUT /job/{id}/duedate}); no request runs
     * it: a job executor acquires it. Returns the job's id.
     */
    String makeDue(String processInstanceId, String activityId) {
        EngineTasks engine = engine();
        EngineTasks.await(PATIENCE, "timer " + activityId, () -> {
            List<JsonNode> jobs = new ArrayList<>();
            any("demo").get("/engine-rest/job?processInstanceId=" + processInstanceId + "&activityId=" + activityId).body()
                    .forEach(jobs::add);
            return jobs;
        }, 1);
        String jobId = engine.job(processInstanceId, activityId).get("id").asText();
        var moved = any("demo").put("/engine-rest/job/" + jobId + "/duedate",
                Map.of("duedate", ENGINE_DATE.format(ZonedDateTime.now().minusSeconds(1))));
        assertThat(moved.status()).as(moved.text()).isEqualTo(204);
        return jobId;
    }

    private static JsonNode sample(String resource) {
        try (InputStream in = ClusterCycle.class.getClassLoader().getResourceAsStream(resource)) {
            return Http.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
