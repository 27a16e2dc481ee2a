package pl.wspolnie.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Proposal intake over our REST API against the engine's floor, in the same app and database, same concurrency
 * (README "Benchmark"): a block of {@code n} proposals POSTed to {@code /api/programmes/{id}/proposals} (stored,
 * intake process started, routed by the DMN table, triage task created), then a block of {@code n} instances of
 * a one-task process started through the engine REST API, alternating for {@code rounds} rounds after a warm-up of
 * each, the order alternating from round to round. Prints each block and the ratio of the medians with the load average.
 *
 * <p>The warm-up is a block of each kind: intake runs far more code than the floor (validation, JPA, the routing table,
 * the triage task's variables), and with 200 warm-up requests its rate still rose from round to round (145, 168,
 * 186/s on 1 December 2026) while the floor's stayed (194, 210, 207/s), so the ratio measured the JIT, not the code.
 *
 * <p>Arguments: {@code base=http://127.0.0.1:18085 pid=<app pid> n=600 clients=10 rounds=5 warmup=600}.
 */
public final class IntakeBenchmark {

    static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        Map<String, String> a = BenchArgs.parse(args);
        var client = new LoadClient(a.getOrDefault("base", "http://127.0.0.1:18085"), Long.parseLong(a.getOrDefault("pid", "0")));
        int n = Integer.parseInt(a.getOrDefault("n", "600"));
        int clients = Integer.parseInt(a.getOrDefault("clients", "10"));
        int rounds = Integer.parseInt(a.getOrDefault("rounds", "5"));
        int warmup = Integer.parseInt(a.getOrDefault("warmup", "600"));

        deployFloor(a.getOrDefault("base", "http://127.0.0.1:18085"));
        long programme = openCall(client, 2100 - (int) (System.currentTimeMillis() / 1000 % 60));
        List<JsonNode> samples = samples();
        String run = UUID.randomUUID().toString().substring(0, 8);
        int[] sent = {0};

        System.out.printf(Locale.ROOT, "intake vs engine floor: %d requests per block, %d clients, %d rounds, programme %d%n",
                n, clients, rounds, programme);
        client.run("warm-up intake", warmup, clients, i -> proposal(programme, samples, run, sent[0] + i));
        sent[0] += warmup;
        client.run("warm-up engine", warmup, clients, i -> engineStart(run, -i - 1));
        List<LoadClient.Block> intake = new ArrayList<>();
        List<LoadClient.Block> engine = new ArrayList<>();
        BenchArgs.header();
        // the order alternates (intake first in even rounds, the floor first in odd ones): both kinds leave rows behind,
        // so whichever ran first in every round would always meet the smaller tables
        for (int r = 0; r < rounds; r++) {
            int offset = sent[0];
            int engineOffset = (r + 1) * n;
            sent[0] += n;
            for (boolean intakeNow : r % 2 == 0 ? new boolean[] {true, false} : new boolean[] {false, true}) {
                var block = intakeNow ? client.run("intake (our API)", n, clients, k -> proposal(programme, samples, run, offset + k))
                        : client.run("engine floor", n, clients, k -> engineStart(run, engineOffset + k));
                BenchArgs.print(block);
                (intakeNow ? intake : engine).add(block);
            }
        }
        double intakeRate = BenchArgs.median(intake.stream().mapToDouble(LoadClient.Block::perSecond).toArray());
        double engineRate = BenchArgs.median(engine.stream().mapToDouble(LoadClient.Block::perSecond).toArray());
        double intakeP99 = BenchArgs.median(intake.stream().mapToDouble(b -> b.percentileMillis(0.99)).toArray());
        double intakeCpu = BenchArgs.median(intake.stream().mapToDouble(LoadClient.Block::cpuMillisPerRequest).toArray());
        double engineCpu = BenchArgs.median(engine.stream().mapToDouble(LoadClient.Block::cpuMillisPerRequest).toArray());
        System.out.printf(Locale.ROOT, "%nmedians: intake %.0f/s (p99 %.0f ms, CPU %.1f ms/request app+db), engine %.0f/s "
                        + "(CPU %.1f ms/request)%nratio engine/intake %.2fx (target <= 1.20x: %s); intake >= 300/s with p99 <= 100 ms: %s;"
                        + " load %s%n", intakeRate, intakeP99, intakeCpu, engineRate, engineCpu, engineRate / intakeRate,
                engineRate / intakeRate <= 1.2 ? "met" : "NOT met",
                intakeRate >= 300 && intakeP99 <= 100 ? "met" : "not met" + (engineRate < 300 ? " (the engine floor itself is below 300/s here)" : ""),
                LoadClient.loadAverage());
    }

    static LoadClient.Call proposal(long programme, List<JsonNode> samples, String run, int i) {
        ObjectNode body = sample(samples, i, "B-" + run + "-" + i, programmeYear(programme));
        // the samples come from several departments, and a department may submit only in its own name
        return new LoadClient.Call("coordinator", "POST", "/api/programmes/" + programme + "/proposals", body.toString(), 201);
    }

    /**
     * The i-th sample as a new proposal: its own reference and the programme's year, and an NGO of its own, as in a
     * real call (the samples repeat, and art. 19a limits what one organisation gets in a year).
     */
    static ObjectNode sample(List<JsonNode> samples, int i, String externalRef, int year) {
        ObjectNode body = ((ObjectNode) samples.get(i % samples.size())).deepCopy();
        body.put("externalRef", externalRef);
        body.putArray("years").add(year);
        if (body.get("submitter") instanceof ObjectNode submitter && "NGO".equals(submitter.path("type").asText())) {
            submitter.put("name", submitter.path("name").asText() + " (" + externalRef + ")");
            submitter.remove("krs");   // the limit knows an organisation by its KRS number first
        }
        return body;
    }

    private static final Map<Long, Integer> YEARS = new java.util.concurrent.ConcurrentHashMap<>();

    private static int programmeYear(long programme) {
        return YEARS.get(programme);
    }

    static LoadClient.Call engineStart(String run, int i) {
        // two ids, as an intake instance carries; not named proposalId/programmeId, which only the processes set
        return new LoadClient.Call("demo", "POST", "/engine-rest/process-definition/key/bench-one-task/start",
                "{\"businessKey\":\"bench-" + run + "-" + i + "\",\"variables\":{\"benchObjectId\":{\"value\":" + Math.abs(i)
                        + ",\"type\":\"Long\"},\"benchProgrammeId\":{\"value\":1,\"type\":\"Long\"}}}", 200);
    }

    /** A programme whose call for proposals is open, as the coordination team starts it. */
    static long openCall(LoadClient client, int year) throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Warsaw"));
        String body = JSON.writeValueAsString(Map.of("kind", "ANNUAL", "firstYear", year, "lastYear", year,
                "title", "Program – benchmark " + year, "calendar", Map.of(
                        "proposalDeadline", today.plusDays(20).toString(), "sectionsDue", today.plusDays(40).toString(),
                        "consultationStart", today.plusDays(50).toString(), "consultationEnd", today.plusDays(75).toString(),
                        "councilDeadline", today.plusDays(100).toString())));
        long id = JSON.readTree(client.send(new LoadClient.Call("coordinator", "POST", "/api/programmes", body, 201))).get("id").asLong();
        YEARS.put(id, year);
        return id;
    }

    static List<JsonNode> samples() throws Exception {
        try (InputStream in = IntakeBenchmark.class.getResourceAsStream("/demo/proposals.json")) {
            List<JsonNode> list = new ArrayList<>();
            JSON.readTree(in).forEach(list::add);
            return list;
        }
    }

    /** Deploys the one-task process of the floor (the same deployment again is a no-op: duplicate filtering). */
    static void deployFloor(String base) throws Exception {
        byte[] bpmn;
        try (InputStream in = IntakeBenchmark.class.getResourceAsStream("/bench/one-task.bpmn")) {
            bpmn = in.readAllBytes();
        }
        String boundary = "bench-" + UUID.randomUUID();
        var body = new java.io.ByteArrayOutputStream();
        for (String[] field : new String[][] {{"deployment-name", "bench-one-task"}, {"enable-duplicate-filtering", "true"}}) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field[0] + "\"\r\n\r\n"
                    + field[1] + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"one-task.bpmn\"; filename=\"one-task.bpmn\""
                + "\r\nContent-Type: application/xml\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bpmn);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/engine-rest/deployment/create"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("demo:demo".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("deploying the floor process: " + response.statusCode() + " " + response.body());
        }
    }
}
