package pl.wspolnie.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A whole cycle over HTTP against a running app (README "Benchmark"), as DraftingCycleIntegrationTest runs it but
 * at a city's size: 300 proposals over the 8 sectors, triaged; sections written and reviewed; the draft approved;
 * 300 consultation comments, each answered; the Mayor, the council office and the council's decision — one client,
 * one request at a time, timers fired by an administrator, documents rendered by the app's job executor. Then the
 * engine's floor in the same app and database: as many instances of a one-task process started and as many tasks
 * completed through the engine REST API as the cycle started intake processes and completed tasks.
 *
 * <p>Arguments: {@code base=http://127.0.0.1:18085 pid=<app pid> proposals=300 comments=300 warmup=30} (a first,
 * unmeasured cycle of {@code warmup} proposals and comments; 0: none).
 */
public final class CycleBenchmark {

    private static final long PATIENCE_NANOS = 900L * 1_000_000_000L;

    private final LoadClient client;
    private final Map<String, Double> phases = new LinkedHashMap<>();
    private final List<String> tenths = new ArrayList<>();
    private int completed;
    private long phaseStart = System.nanoTime();

    private CycleBenchmark(LoadClient client) {
        this.client = client;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = BenchArgs.parse(args);
        String base = a.getOrDefault("base", "http://127.0.0.1:18085");
        long pid = Long.parseLong(a.getOrDefault("pid", "0"));
        var client = new LoadClient(base, pid);
        int proposals = Integer.parseInt(a.getOrDefault("proposals", "300"));
        int comments = Integer.parseInt(a.getOrDefault("comments", "300"));
        int warmup = Integer.parseInt(a.getOrDefault("warmup", "30"));
        IntakeBenchmark.deployFloor(base);
        int year = 2100 - (int) (System.currentTimeMillis() / 1000 % 30);
        if (warmup > 0) {
            // the floor runs on a warm app, so the cycle does too: the first documents, forms and queries of a fresh
            // JVM (class loading, the document libraries' JAXB contexts) are not what a cycle costs
            new CycleBenchmark(client).cycle(warmup, warmup, year - 30);
            System.out.printf(Locale.ROOT, "warm-up cycle of %d proposals and %d comments done, load %s%n", warmup, warmup,
                    LoadClient.loadAverage());
        }
        var bench = new CycleBenchmark(client);

        String loadBefore = LoadClient.loadAverage();
        double cpuBefore = LoadClient.cpuSeconds(List.of(pid));
        long cycleStartMillis = System.currentTimeMillis();
        long start = System.nanoTime();
        bench.cycle(proposals, comments, year);
        double cycleSeconds = (System.nanoTime() - start) / 1e9;
        double cycleCpu = LoadClient.cpuSeconds(List.of(pid)) - cpuBefore;
        String loadAfter = LoadClient.loadAverage();
        int tasks = bench.completed;

        double floorCpuBefore = LoadClient.cpuSeconds(List.of(pid));
        long floorStartMillis = System.currentTimeMillis();
        long floorStart = System.nanoTime();
        bench.floor(proposals, tasks);
        double floorSeconds = (System.nanoTime() - floorStart) / 1e9;
        double floorCpu = LoadClient.cpuSeconds(List.of(pid)) - floorCpuBefore;

        System.out.printf(Locale.ROOT, "%nwhole cycle: %d proposals, 8 sectors, %d comments, %d tasks completed%n", proposals,
                comments, tasks);
        bench.phases.forEach((phase, s) -> System.out.printf(Locale.ROOT, "  %-44s %8.1f s%n", phase, s));
        bench.tenths.forEach(System.out::println);
        System.out.printf(Locale.ROOT, "cycle %.1f s (app CPU %.1f s), load %s -> %s%n", cycleSeconds, cycleCpu, loadBefore, loadAfter);
        // as many instances as tasks: each has one task (at least as many as the cycle's intake processes)
        System.out.printf(Locale.ROOT, "engine floor: %d one-task instances started and %d tasks completed over engine REST: "
                + "%.1f s (app CPU %.1f s), load %s%n", Math.max(proposals, tasks), tasks, floorSeconds, floorCpu, LoadClient.loadAverage());
        System.out.printf(Locale.ROOT, "ratio cycle/floor %.2fx wall, %.2fx app CPU (target <= 1.5x: %s)%n",
                cycleSeconds / floorSeconds, cycleCpu / floorCpu, cycleSeconds / floorSeconds <= 1.5 ? "met" : "NOT met");
        // for ProfileShares' second argument: the profile of the measured cycle alone
        System.out.printf(Locale.ROOT, "measured cycle from epoch ms %d, floor from %d%n", cycleStartMillis, floorStartMillis);
    }

    private void cycle(int proposalCount, int commentCount, int year) throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Warsaw"));
        String run = UUID.randomUUID().toString().substring(0, 8);
        long id = IntakeBenchmark.openCall(client, year);
        String base = "/api/programmes/" + id;
        String process = json(get("coordinator", base)).get("processInstanceId").asText();
        phase("programme created");

        List<JsonNode> samples = IntakeBenchmark.samples();
        long[] proposalNanos = new long[proposalCount];
        for (int i = 0; i < proposalCount; i++) {
            ObjectNode body = IntakeBenchmark.sample(samples, i, "C-" + run + "-" + i, year);
            long t = System.nanoTime();
            client.send(new LoadClient.Call("coordinator", "POST", base + "/proposals", body.toString(), 201));
            proposalNanos[i] = System.nanoTime() - t;
        }
        phase(proposalCount + " proposals over our API");
        perTenth("proposal over our API", proposalNanos);

        // a typed query (POST): over GET the engine reads "programmeId_eq_1" as the text "1", which no Long matches
        List<JsonNode> triage = await(() -> list(client.send(new LoadClient.Call("demo", "POST", "/engine-rest/task?maxResults=2000",
                "{\"processDefinitionKey\":\"proposal-intake\",\"processVariables\":[{\"name\":\"programmeId\",\"operator\":\"eq\","
                        + "\"value\":" + id + "}]}", 200))), proposalCount);
        int n = 0;
        long[] triageNanos = new long[triage.size()];
        for (JsonNode task : triage) {
            String user = userOf(groupOf(task));
            long t = System.nanoTime();
            complete(user, task, n % 10 == 4
                    ? "{\"triageDecision\":{\"value\":\"REJECT\"},\"triageReason\":{\"value\":\"Zadanie poza zakresem programu.\"}}"
                    : "{\"triageDecision\":{\"value\":\"ACCEPT\"}}");
            triageNanos[n++] = System.nanoTime() - t;
        }
        phase(proposalCount + " triage tasks");
        perTenth("triage task completed", triageNanos);

        executeJob(process, "CallForProposalsClosed");
        for (JsonNode task : await(() -> tasks("processInstanceId=" + process + "&taskDefinitionKey=PrepareSectorSection"), 8)) {
            complete(userOf(groupOf(task)), task, "{\"sectionNarrative\":{\"value\":\"Zespół branżowy opisuje obszar "
                    + "priorytetowy, potrzeby mieszkańców i cele współpracy z organizacjami na rok " + year + ".\"}}");
        }
        for (JsonNode task : await(() -> tasks("processInstanceId=" + process + "&taskDefinitionKey=ReviewSectorSection"), 8)) {
            complete("coordinator", task, "{\"sectionDecision\":{\"value\":\"ACCEPT\"}}");
        }
        phase("call closed, 8 sections written and reviewed");
        complete("coordinator", await(() -> tasks("processInstanceId=" + process + "&taskDefinitionKey=ReviewWholeDraft"), 1).get(0),
                "{\"draftDecision\":{\"value\":\"APPROVE\"}}");
        // the consultation waits for its planned day: the timer is run now
        String consultationProcess = json(get("demo",
                "/engine-rest/process-instance?processDefinitionKey=public-consultation&businessKey=" + id)).get(0).get("id").asText();
        executeJob(consultationProcess, "ConsultationStartReached");
        await(() -> {
            var consultation = client.sendAny("coordinator", "GET", base + "/consultation");
            return consultation.startsWith("{") && json(consultation).path("status").asText().equals("OPEN")
                    ? List.of(json(consultation)) : List.of();
        }, 1);
        phase("draft assembled, checked, approved; consultation open");

        List<JsonNode> commentSamples = new ArrayList<>();
        try (InputStream in = CycleBenchmark.class.getResourceAsStream("/demo/comments.json")) {
            IntakeBenchmark.JSON.readTree(in).forEach(commentSamples::add);
        }
        for (int i = 0; i < commentCount; i++) {
            ObjectNode body = ((ObjectNode) commentSamples.get(i % commentSamples.size())).deepCopy();
            body.put("externalRef", "K-" + run + "-" + i);
            client.send(new LoadClient.Call("coordinator", "POST", base + "/consultation/comments", body.toString(), 201));
        }
        phase(commentCount + " comments over our API");
        complete("krdpp", await(() -> tasks("processInstanceBusinessKey=" + id + "&taskDefinitionKey=RecordBenefitCouncilOpinion"),
                1).get(0), "{\"opinionText\":{\"value\":\"Rada opiniuje projekt pozytywnie.\"}}");
        executeJob(consultationProcess, "ConsultationWindowClosed");
        String[] decisions = {"ACCEPTED", "PARTLY_ACCEPTED", "REJECTED"};
        int c = 0;
        List<JsonNode> answers = await(() -> tasks("processInstanceBusinessKey=" + id + "&taskDefinitionKey=RespondToComment"),
                commentCount);
        long[] answerNanos = new long[answers.size()];
        for (JsonNode task : answers) {
            long t = System.nanoTime();
            complete("coordinator", task, "{\"commentDecision\":{\"value\":\"" + decisions[c % 3] + "\"},"
                    + "\"responseJustification\":{\"value\":\"Odpowiedź zespołu nr " + c + ".\"}}");
            answerNanos[c++] = System.nanoTime() - t;
        }
        complete("coordinator", await(() -> tasks("processInstanceBusinessKey=" + id + "&taskDefinitionKey=SignOffResponses"), 1)
                .get(0), "{\"signOffConfirmed\":{\"value\":true}}");
        phase("opinion, " + commentCount + " answers, sign-off");
        perTenth("answer completed", answerNanos);

        // an accepted comment must have changed the text or say why no change was needed before the revision ends
        for (JsonNode trace : list(get("coordinator", base + "/text/accepted-comments"))) {
            if (trace.path("edits").size() == 0 && !trace.hasNonNull("noEditReason")) {   // null fields are left out
                client.send(new LoadClient.Call("coordinator", "PUT", base + "/text/accepted-comments/" + trace.get("ref").asText()
                        + "/no-edit", "{\"reason\":\"Zadanie jest już opisane w programie.\"}", 200));
            }
        }
        complete("coordinator", await(() -> tasks("processInstanceId=" + process + "&taskDefinitionKey=ReviseDraft"), 1).get(0),
                "{\"revisionSummary\":{\"value\":\"Uwzględniono uwagi.\"}}");
        complete("mayor", await(() -> tasks("processInstanceId=" + process + "&taskDefinitionKey=ApproveAsMayor"), 1).get(0),
                "{\"mayorDecision\":{\"value\":\"APPROVE\"}}");
        complete("council", await(() -> tasks("processInstanceId=" + process + "&taskDefinitionKey=SubmitToCouncil"), 1).get(0),
                "{\"printNumber\":{\"value\":\"1234\"},\"submittedOn\":{\"value\":\"" + today + "\"}}");
        await(() -> list(get("demo", "/engine-rest/event-subscription?processInstanceId=" + process
                + "&eventType=message&eventName=CouncilDecision")), 1);
        client.send(new LoadClient.Call("council", "POST", base + "/council-decision", "{\"decision\":\"ADOPTED\","
                + "\"resolutionNumber\":\"XLII/1234/" + year + "\",\"decisionDate\":\"" + today + "\"}", 200));
        await(() -> json(get("coordinator", base)).get("stage").asText().equals("ADOPTED") ? List.of(json(get("coordinator", base)))
                : List.of(), 1);
        phase("revision, Mayor, council office, adoption (versions rendered)");
    }

    /** The engine alone: start {@code starts} one-task instances, complete {@code tasks} tasks, one request at a time. */
    private void floor(int starts, int tasks) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < Math.max(starts, tasks); i++) {
            String body = client.send(IntakeBenchmark.engineStart("floor-" + run, i));
            if (i < tasks) {
                String instance = json(body).get("id").asText();
                JsonNode task = json(get("demo", "/engine-rest/task?processInstanceId=" + instance)).get(0);
                complete("coordinator", task, "{}");
            }
        }
    }

    /** Whether a step slows down as the cycle grows: the mean of each tenth of the items, in milliseconds. */
    private void perTenth(String what, long[] nanos) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %s, ms per item by tenth:", what));
        for (int k = 0; k < 10 && nanos.length >= 10; k++) {
            long sum = 0;
            int from = k * nanos.length / 10;
            int to = (k + 1) * nanos.length / 10;
            for (int i = from; i < to; i++) {
                sum += nanos[i];
            }
            line.append(String.format(Locale.ROOT, " %.0f", sum / 1e6 / (to - from)));
        }
        tenths.add(line.toString());
    }

    private void phase(String name) {
        long now = System.nanoTime();
        phases.put(name, (now - phaseStart) / 1e9);
        phaseStart = now;
    }

    private String get(String user, String path) {
        return client.send(new LoadClient.Call(user, "GET", path, null, 200));
    }

    private List<JsonNode> tasks(String query) {
        return list(get("demo", "/engine-rest/task?maxResults=2000&" + query));
    }

    private String groupOf(JsonNode task) {
        for (JsonNode link : json(get("demo", "/engine-rest/task/" + task.get("id").asText() + "/identity-links"))) {
            if (link.get("type").asText().equals("candidate") && link.hasNonNull("groupId")) {
                return link.get("groupId").asText();
            }
        }
        throw new IllegalStateException("task " + task.get("name") + " has no candidate group");
    }

    private static String userOf(String group) {
        return pl.wspolnie.support.EngineTasks.userOf(group);
    }

    private void complete(String user, JsonNode task, String variables) {
        client.send(new LoadClient.Call(user, "POST", "/engine-rest/task/" + task.get("id").asText() + "/complete",
                "{\"variables\":" + variables + "}", 204));
        completed++;
    }

    private void executeJob(String processInstanceId, String activityId) {
        JsonNode job = await(() -> list(get("demo", "/engine-rest/job?processInstanceId=" + processInstanceId + "&activityId="
                + activityId)), 1).get(0);
        client.send(new LoadClient.Call("demo", "POST", "/engine-rest/job/" + job.get("id").asText() + "/execute", null, 204));
    }

    private static JsonNode json(String text) {
        try {
            return IntakeBenchmark.JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(text, e);
        }
    }

    private static List<JsonNode> list(String array) {
        List<JsonNode> items = new ArrayList<>();
        json(array).forEach(items::add);
        return items;
    }

    /** Polls until the query returns the expected number of items, at most 15 minutes (a crowded machine). */
    private static List<JsonNode> await(Supplier<List<JsonNode>> query, int expected) {
        long deadline = System.nanoTime() + PATIENCE_NANOS;
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
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("waited 15 minutes: expected " + expected + ", found " + last.size());
    }
}
