package pl.wspolnie.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import pl.wspolnie.support.Cycles;
import pl.wspolnie.support.Http;
import pl.wspolnie.support.TestDatabase;

/**
 * The operators' endpoints over HTTP, in a context of their own with the job executor running (as in production):
 * the probes' states, the Prometheus scrape after a business action (metrics export is on, as it is outside tests),
 * and who may read what.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"camunda.bpm.job-execution.enabled=true", "wspolnie.operations.sample-period=PT0S"})
@ActiveProfiles(resolver = TestDatabase.class)
@AutoConfigureObservability(tracing = false)
// Its job executor runs; closed after the class so it never executes other tests' jobs on a shared database.
@org.springframework.test.annotation.DirtiesContext
class OperationsIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Test
    void probesAreOpenAndReadinessFollowsTheJobExecutor() {
        Http anonymous = new Http(port, null);
        Http admin = new Http(port, "demo");
        assertThat(anonymous.get("/actuator/health/liveness").body().get("status").asText()).isEqualTo("UP");
        var ready = anonymous.get("/actuator/health/readiness");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.body().get("status").asText()).isEqualTo("UP");
        assertThat(ready.body().has("components")).as("no details for anonymous callers").isFalse();

        var detailed = admin.get("/actuator/health/readiness").body().get("components");
        assertThat(detailed.get("db").get("status").asText()).isEqualTo("UP");
        assertThat(detailed.get("jobExecutor").get("details").get("active").asBoolean()).isTrue();
        assertThat(detailed.get("mailOutbox").get("details").has("pending")).isTrue();

        var executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        executor.shutdown();
        try {
            var down = admin.get("/actuator/health/readiness");
            assertThat(down.status()).isEqualTo(503);
            assertThat(down.body().get("status").asText()).isEqualTo("DOWN");
            assertThat(down.body().get("components").get("jobExecutor").get("status").asText()).isEqualTo("DOWN");
            assertThat(anonymous.get("/actuator/health/liveness").status()).as("alive, only not ready").isEqualTo(200);
        } finally {
            executor.start();
        }
        assertThat(anonymous.get("/actuator/health/readiness").status()).isEqualTo(200);
    }

    @Test
    void prometheusShowsTheEngineAndOurWorkAfterAProposal() {
        Http coordinator = new Http(port, "coordinator");
        long before = gauge(scrape("demo").body(), "wspolnie_proposals", "status=\"ROUTED\"");
        long programme = Cycles.withOpenCall(coordinator, LocalDate.now(ZoneId.of("Europe/Warsaw")).getYear() + 4,
                "Program testowy metryk");
        var sent = coordinator.as("department").post("/api/programmes/" + programme + "/proposals", Map.of(
                "externalRef", "OPS-1", "submitter", Map.of("type", "DEPARTMENT", "code", "WKS"), "sector", "KULTURA",
                "title", "Festiwal kultury dzielnic", "description", "Wydarzenia kulturalne w dzielnicach.",
                "justification", "Potrzeba zgłaszana przez mieszkańców.", "form", "OTWARTY_KONKURS_OFERT",
                "mode", "WSPIERANIE", "plannedAmountPln", "50000.00",
                "years", List.of(LocalDate.now(ZoneId.of("Europe/Warsaw")).getYear() + 4)));
        assertThat(sent.status()).as(sent.text()).isEqualTo(201);

        var scrape = scrape("demo");
        assertThat(scrape.statusCode()).isEqualTo(200);
        String text = scrape.body();
        assertThat(gauge(text, "wspolnie_proposals", "status=\"ROUTED\"")).isEqualTo(before + 1);
        assertThat(gauge(text, "camunda_engine_meter_total", "name=\"root-process-instance-start\""))
                .as("the drafting and the intake process started").isGreaterThanOrEqualTo(2);
        assertThat(text).contains("camunda_incidents_open", "camunda_jobs_failed", "camunda_jobs_due",
                "wspolnie_mails{", "wspolnie_mail_oldest_pending_seconds", "wspolnie_draft_versions{",
                "wspolnie_comments{", "wspolnie_comments_unassigned", "hikaricp_connections_active", "jvm_memory_used_bytes",
                "http_server_requests_seconds_count", "uri=\"/api/programmes/{programmeId}/proposals\"");
    }

    @Test
    void onlyAdministratorsReadMetrics() {
        for (String endpoint : List.of("/actuator/prometheus", "/actuator/metrics", "/actuator/info", "/actuator")) {
            assertThat(new Http(port, null).get(endpoint).status()).as(endpoint).isEqualTo(401);
            assertThat(new Http(port, "coordinator").get(endpoint).status()).as(endpoint).isEqualTo(403);
            if (!endpoint.endsWith("prometheus")) {
                assertThat(new Http(port, "demo").get(endpoint).status()).as(endpoint).isEqualTo(200);
            }
        }
        assertThat(scrape("demo").statusCode()).isEqualTo(200);
        assertThat(scrape("coordinator").statusCode()).isEqualTo(403);
        assertThat(scrape(null).statusCode()).isEqualTo(401);
        var coordinatorHealth = new Http(port, "coordinator").get("/actuator/health/readiness");
        assertThat(coordinatorHealth.status()).isEqualTo(200);
        assertThat(coordinatorHealth.body().has("components")).as("details for administrators only").isFalse();
    }

    /** A Prometheus scrape as the given user (null: anonymous), asking for the text format as Prometheus does. */
    private HttpResponse<String> scrape(String user) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
                .header("Accept", "text/plain;version=0.0.4");
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The value of one Prometheus series whose labels include the given one; 0 when absent. */
    private static long gauge(String scrape, String name, String label) {
        Matcher m = Pattern.compile("(?m)^" + name + "\\{[^}]*" + Pattern.quote(label) + "[^}]*} ([0-9.eE+-]+)$")
                .matcher(scrape);
        return m.find() ? (long) Double.parseDouble(m.group(1)) : 0;
    }
}
