package pl.wspolnie.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import pl.wspolnie.support.Cycles;
import pl.wspolnie.support.Http;
import pl.wspolnie.support.WebIntegrationTest;

/**
 * The bad-input catalogue of the proposal and comment API: every field at its limit is taken, one over is refused;
 * control characters, wrong types and shapes, unknown values, the wrong stage and a department not one's own are
 * refused; each refusal is a 4xx problem+json naming the field, and stores nothing. Concurrent repeats of one
 * reference all answer with the first.
 */
@WebIntegrationTest
class BadInputCatalogueIntegrationTest {

    @LocalServerPort
    int port;

    Http coordinator;
    Http department;
    long programmeId;
    String proposals;

    @BeforeEach
    void openCall() {
        coordinator = new Http(port, "coordinator");
        department = coordinator.as("department");
        programmeId = Cycles.withOpenCall(coordinator, 2039, "Program współpracy na rok 2039 (katalog złych danych) " + System.nanoTime());
        proposals = "/api/programmes/" + programmeId + "/proposals";
    }

    static Map<String, Object> valid() {
        Map<String, Object> body = new HashMap<>();
        body.put("externalRef", "CAT-" + System.nanoTime());
        body.put("submitter", new HashMap<>(Map.of("type", "NGO", "name", "Fundacja Katalog", "krs", "0000123456", "email", "kat@example.org")));
        body.put("sector", "KULTURA");
        body.put("title", "Zadanie");
        body.put("description", "Opis.");
        body.put("justification", "Uzasadnienie.");
        body.put("form", "OTWARTY_KONKURS_OFERT");
        body.put("mode", "WSPIERANIE");
        body.put("plannedAmountPln", "1000.00");
        body.put("years", List.of(2039));
        return body;
    }

    @SuppressWarnings("unchecked")
    private static Consumer<Map<String, Object>> submitter(String field, Object value) {
        return body -> ((Map<String, Object>) body.get("submitter")).put(field, value);
    }

    private static Consumer<Map<String, Object>> set(String field, Object value) {
        return body -> body.put(field, value);
    }

    private static Arguments refused(String what, int status, String field, Consumer<Map<String, Object>> change) {
        return Arguments.of(what, status, field, change);
    }

    static Stream<Arguments> catalogue() {
        return Stream.of(
                // sizes one over each limit (the limits themselves are taken: atEachLimitTheProposalIsTaken)
                refused("externalRef 101", 400, "externalRef", set("externalRef", "R".repeat(101))),
                refused("title 501", 400, "title", set("title", "t".repeat(501))),
                refused("description 10 001", 400, "description", set("description", "d".repeat(10_001))),
                refused("justification 10 001", 400, "justification", set("justification", "j".repeat(10_001))),
                refused("sector 51", 400, "sector", set("sector", "S".repeat(51))),
                refused("submitter.name 301", 400, "submitter.name", submitter("name", "n".repeat(301))),
                refused("submitter.email 255", 400, "submitter.email", submitter("email", "a".repeat(243) + "@example.org")),
                refused("krs 9 digits", 400, "submitter.krs", submitter("krs", "000012345")),
                // required
                refused("title missing", 400, "title", set("title", null)),
                refused("title blank", 400, "title", set("title", "   ")),
                refused("email missing for an NGO", 400, "submitter.email", submitter("email", null)),
                // control and invisible characters
                refused("NUL in title", 400, "title", set("title", "Tytuł\u0000")),
                refused("ESC in description", 400, "description", set("description", "Opis\u001b[2J")),
                refused("BEL in justification", 400, "justification", set("justification", "Dzwonek\u0007")),
                refused("NEL in the NGO's name", 400, "submitter.name", submitter("name", "Fundacja\u0085")),
                refused("only invisible characters as externalRef", 400, "externalRef", set("externalRef", "\u200B\u2060\uFEFF")),
                // wrong types and values
                refused("years as text", 400, "years", set("years", "dwa tysiące")),
                refused("a year out of range", 400, "years", set("years", List.of(1999))),
                refused("amount with letters", 400, "plannedAmountPln", set("plannedAmountPln", "tysiąc")),
                refused("negative amount", 400, "plannedAmountPln", set("plannedAmountPln", "-5")),
                refused("unknown form", 400, "form", set("form", "NIE_MA")),
                // (a sector outside the municipality's profile is taken on purpose: the coordination team triages it)
                refused("submitter as text", 400, "submitter", set("submitter", "Fundacja")),
                refused("title as an object", 400, "title", set("title", Map.of("a", 1))),
                // acting for someone else
                refused("another department's name", 403, "submitter.code",
                        set("submitter", new HashMap<>(Map.of("type", "DEPARTMENT", "code", "WS")))));
    }

    @ParameterizedTest(name = "{0} → {1} naming {2}")
    @MethodSource("catalogue")
    void refusedNamingTheFieldAndNothingIsStored(String what, int status, String field, Consumer<Map<String, Object>> change) {
        Map<String, Object> body = valid();
        change.accept(body);
        var answer = department.post(proposals, body);
        assertThat(answer.status()).as(what + ": " + answer.text()).isEqualTo(status);
        assertThat(answer.contentType()).as(what).startsWith("application/problem+json");
        assertThat(answer.body().at("/errors/0/field").asText()).as(what + ": " + answer.text()).startsWith(field);
        assertThat(coordinator.get(proposals).body()).as(what + " stored nothing").isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void atEachLimitTheProposalIsTaken() {
        Map<String, Object> body = valid();
        body.put("externalRef", "L".repeat(100));
        body.put("title", "t".repeat(500));
        body.put("description", "d".repeat(10_000));
        body.put("justification", "j".repeat(10_000));
        ((Map<String, Object>) body.get("submitter")).put("name", "n".repeat(300));
        ((Map<String, Object>) body.get("submitter")).put("email", "a".repeat(242) + "@example.org");
        var taken = department.post(proposals, body);
        assertThat(taken.status()).as(taken.text()).isEqualTo(201);
        assertThat(taken.body().get("title").asText()).hasSize(500);
        assertThat(coordinator.get(proposals).body()).hasSize(1);
    }

    @Test
    void aCommentOutsideTheConsultationIsTheWrongStage() {
        var early = coordinator.post("/api/programmes/" + programmeId + "/consultation/comments", Map.of(
                "externalRef", "UW-" + System.nanoTime(), "organisation", "Fundacja", "contactPerson", "Anna", "email", "a@example.org",
                "section", "§ 1", "proposedText", "Nowy zapis", "justification", "Bo tak"));
        assertThat(early.status()).as(early.text()).isIn(404, 409);
        assertThat(early.contentType()).startsWith("application/problem+json");
    }

    @Test
    void concurrentRepeatsOfOneReferenceAllAnswerWithTheFirst() throws Exception {
        Map<String, Object> body = valid();
        var pool = Executors.newFixedThreadPool(6);
        List<Http.Response> answers = new ArrayList<>();
        try {
            List<Callable<Http.Response>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(() -> department.post(proposals, body));
            }
            for (Future<Http.Response> f : pool.invokeAll(calls)) {
                answers.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(answers).extracting(Http.Response::status).as(answers.toString()).containsOnly(200, 201).filteredOn(s -> s == 201).hasSize(1);
        assertThat(answers).extracting(a -> a.body().get("id").asLong()).containsOnly(answers.get(0).body().get("id").asLong());
        assertThat(coordinator.get(proposals).body()).hasSize(1);
    }
}
