package pl.wspolnie.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Tasks and jobs of a running application through the engine REST API, as the people of the right groups and an
 * administrator ({@code admin}) would use them: shared by the HTTP cycle tests (one node or several).
 */
public final class EngineTasks {

    private static final List<String> SECTOR_USERS = List.of("culture", "education", "environment", "economy", "sport",
            "civil-society", "health", "inclusion");

    private final Http admin;

    public EngineTasks(Http admin) {
        this.admin = admin;
    }

    public List<JsonNode> tasks(String query) {
        var response = admin.get("/engine-rest/task?" + query);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        List<JsonNode> list = new ArrayList<>();
        response.body().forEach(list::add);
        return list;
    }

    public String groupOf(JsonNode task) {
        for (JsonNode link : admin.get("/engine-rest/task/" + task.get("id").asText() + "/identity-links").body()) {
            if (link.get("type").asText().equals("candidate") && link.hasNonNull("groupId")) {
                return link.get("groupId").asText();
            }
        }
        throw new AssertionError("task " + task.get("name") + " has no candidate group");
    }

    /** The demo user of a candidate group (password = user id). */
    public static String userOf(String group) {
        return switch (group) {
            case "coordination-team" -> "coordinator";
            case "public-benefit-council" -> "krdpp";
            case "mayor-office" -> "mayor";
            case "council-office" -> "council";
            case "departments" -> "department";
            default -> {
                String user = group.replaceFirst("^sector-", "");
                assertThat(SECTOR_USERS).contains(user);
                yield user;
            }
        };
    }

    public String variable(JsonNode task, String name) {
        var response = admin.get("/engine-rest/task/" + task.get("id").asText() + "/form-variables?variableNames=" + name);
        if (response.body().has(name)) {
            return response.body().get(name).get("value").asText();
        }
        return admin.get("/engine-rest/task/" + task.get("id").asText() + "/variables/" + name).body().get("value").asText();
    }

    /** Completes the task as the user of its candidate group. */
    public void complete(JsonNode task, Map<String, Object> variables) {
        complete(userOf(groupOf(task)), task, variables);
    }

    public void complete(String user, JsonNode task, Map<String, Object> variables) {
        var response = completeRaw(user, task, variables);
        assertThat(response.status()).as("%s completes %s: %s", user, task.get("name"), response.text()).isEqualTo(204);
    }

    public Http.Response completeRaw(String user, JsonNode task, Map<String, Object> variables) {
        Map<String, Object> typed = new LinkedHashMap<>();
        variables.forEach((k, v) -> typed.put(k, Map.of("value", v)));
        return admin.as(user).post("/engine-rest/task/" + task.get("id").asText() + "/complete", Map.of("variables", typed));
    }

    /** The one job waiting at the activity of the process instance. */
    public JsonNode job(String processInstanceId, String activityId) {
        return single(admin.get("/engine-rest/job?processInstanceId=" + processInstanceId + "&activityId=" + activityId).body());
    }

    /** An administrator runs the job now, in this request (not the job executor). */
    public void executeJob(String processInstanceId, String activityId) {
        var executed = admin.post("/engine-rest/job/" + job(processInstanceId, activityId).get("id").asText() + "/execute", "");
        assertThat(executed.status()).as(executed.text()).isEqualTo(204);
    }

    public static JsonNode single(JsonNode array) {
        assertThat(array).hasSize(1);
        return array.get(0);
    }

    /** Polls until the query returns the expected number of items; fails after {@code patience}. */
    public static List<JsonNode> await(Duration patience, String what, Supplier<List<JsonNode>> query, int expected) {
        long deadline = System.nanoTime() + patience.toNanos();
        List<JsonNode> last = List.of();
        while (System.nanoTime() < deadline) {
            last = query.get();
            if (last.size() == expected) {
                return last;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("waited " + patience + " for " + what + ": expected " + expected + ", found " + last.size());
    }
}
