package pl.wspolnie.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import pl.wspolnie.support.Cycles;
import pl.wspolnie.support.FailOnDemand;
import pl.wspolnie.support.Http;
import pl.wspolnie.support.WebIntegrationTest;

/**
 * Input that used to break or fool the API: control characters, look-alike references, concurrent repeats of one
 * reference. Each is refused with 400 naming the field, or answered as a repeat, and nothing extra is stored.
 */
@WebIntegrationTest
class BadInputIntegrationTest {

    @LocalServerPort
    int port;

    Http department;
    Http coordinator;
    String proposals;

    @BeforeEach
    void openCall() {
        coordinator = new Http(port, "coordinator");
        department = coordinator.as("department");
        long programme = Cycles.withOpenCall(coordinator, 2033, "Program współpracy na rok 2033 (złe dane) " + System.nanoTime());
        proposals = "/api/programmes/" + programme + "/proposals";
    }

    private static Map<String, Object> proposal(String ref, String title) {
        Map<String, Object> body = new HashMap<>(Map.of("externalRef", ref, "submitter", Map.of("type", "DEPARTMENT", "code", "WKS"),
                "sector", "KULTURA", "title", title, "description", "Opis zadania.", "justification", "Uzasadnienie.",
                "form", "OTWARTY_KONKURS_OFERT", "mode", "WSPIERANIE", "plannedAmountPln", "1000.00"));
        body.put("years", List.of(2033));
        return body;
    }

    @Test
    void controlCharactersAreRefusedByFieldAndNothingIsStored() {
        for (String bad : List.of("Tytuł\u0000zadania", "Tytuł\u0007", "Tytuł\u001b[31m", "Tytuł\u0085")) {
            var refused = department.post(proposals, proposal("CTRL-" + bad.length(), bad));
            assertThat(refused.status()).as(refused.text()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.body().at("/errors/0/field").asText()).isEqualTo("title");
            assertThat(refused.body().at("/errors/0/message").asText()).startsWith("contains a control character");
        }
        var nested = proposal("CTRL-N", "Tytuł");
        nested.put("submitter", Map.of("type", "NGO", "name", "Fundacja\u0000", "krs", "0000123456", "email", "a@example.org"));
        var refused = department.post(proposals, nested);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().at("/errors/0/field").asText()).isEqualTo("submitter.name");
        // line breaks and tabs are text, not control
        assertThat(department.post(proposals, proposal("CTRL-OK", "Tytuł\tzadania\nw dwóch wierszach")).status()).isEqualTo(201);
        assertThat(coordinator.get(proposals).body()).hasSize(1);
    }

    @Test
    void aJsonBodyOverTheLimitIsRefusedUnread() {
        var huge = department.post(proposals, "{\"externalRef\":\"BIG-1\",\"title\":\"" + "x".repeat(1_100_000) + "\"}");
        assertThat(huge.status()).isEqualTo(413);
        assertThat(huge.contentType()).startsWith("application/problem+json");
        assertThat(huge.body().at("/errors/0/field").asText()).isEqualTo("body");
        assertThat(coordinator.get(proposals).body()).isEmpty();
    }

    @Test
    void aLookAlikeReferenceIsTheSameReference() {
        var first = department.post(proposals, proposal("REF-1", "Zadanie"));
        assertThat(first.status()).isEqualTo(201);
        for (String lookAlike : List.of(" REF-1 ", "REF\u200B-1", "\uFEFFREF-1", "REF-\u00AD1", "REF-1\u2060")) {
            var again = department.post(proposals, proposal(lookAlike, "Zadanie"));
            assertThat(again.status()).as(lookAlike).isEqualTo(200);
            assertThat(again.body().get("id")).isEqualTo(first.body().get("id"));
        }
        // "ł" composed and decomposed is one title
        var decomposed = department.post(proposals, proposal("REF-2", "Zaje\u0328cia"));
        assertThat(decomposed.body().get("title").asText()).isEqualTo("Zajęcia");
        assertThat(coordinator.get(proposals).body()).hasSize(2);
    }

    @Test
    void concurrentRepeatsOfOneReferenceAnswerWithTheFirst() throws Exception {
        concurrentRepeats("RACE-1", "Zadanie równoległe");
    }

    /** The first repeat is still committing (a loaded machine) while the others meet its unique key. */
    @Test
    void concurrentRepeatsWhileTheFirstIsSlowAnswerWithTheFirst() throws Exception {
        concurrentRepeats("RACE-SLOW", FailOnDemand.SLOW + " zadanie równoległe");
    }

    private void concurrentRepeats(String ref, String title) throws Exception {
        int clients = 8;
        var pool = Executors.newFixedThreadPool(clients);
        try {
            List<Callable<Http.Response>> calls = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                calls.add(() -> department.post(proposals, proposal(ref, title)));
            }
            List<Http.Response> answers = new ArrayList<>();
            for (Future<Http.Response> f : pool.invokeAll(calls)) {
                answers.add(f.get());
            }
            assertThat(answers).extracting(Http.Response::status).as(answers.toString()).containsOnly(200, 201)
                    .filteredOn(s -> s == 201).hasSize(1);
            assertThat(answers).extracting(a -> a.body().get("id").asLong()).containsOnly(answers.get(0).body().get("id").asLong());
        } finally {
            pool.shutdownNow();
        }
        assertThat(coordinator.get(proposals).body()).hasSize(1);
    }
}
