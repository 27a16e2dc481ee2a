package pl.wspolnie.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import pl.wspolnie.shared.TypedDates;
import pl.wspolnie.support.DocxZip;
import pl.wspolnie.support.EngineTasks;
import pl.wspolnie.support.Http;
import pl.wspolnie.support.Revisions;
import pl.wspolnie.support.TestDatabase;

/**
 * One whole cycle over HTTP, as the people of a city would run it: our API for programmes, proposals,
 * comments and the council's decision; the engine REST API for every task (as the user of the right group)
 * and for the timers an administrator fires early. Runs on PostgreSQL in CI (and on H2 by default).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.job-execution.enabled=true")
@ActiveProfiles(resolver = TestDatabase.class)
// Its job executor runs; closed after the class so it never executes other tests' jobs on a shared database.
@org.springframework.test.annotation.DirtiesContext
class DraftingCycleIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @LocalServerPort
    int port;

    Http coordinator;
    Http admin;
    EngineTasks engine;

    @BeforeEach
    void clients() {
        coordinator = new Http(port, "coordinator");
        admin = new Http(port, "demo");
        engine = new EngineTasks(admin);
    }

    @Test
    void aWholeCycleFromProposalsToAdoption() throws IOException {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Warsaw"));
        Map<String, Object> calendar = Map.of(
                "proposalDeadline", today.plusDays(20).toString(),
                "sectionsDue", today.plusDays(40).toString(),
                "consultationStart", today.plusDays(50).toString(),
                "consultationEnd", today.plusDays(75).toString(),
                "councilDeadline", today.plusDays(100).toString());

        // the coordination team starts the cycle
        var created = coordinator.post("/api/programmes", Map.of("kind", "ANNUAL", "firstYear", today.getYear() + 1,
                "lastYear", today.getYear() + 1, "title", "Program współpracy Gminy Miejskiej Kraków z organizacjami "
                        + "pozarządowymi na rok " + (today.getYear() + 1), "calendar", calendar));
        assertThat(created.status()).isEqualTo(201);
        long id = created.body().get("id").asLong();
        assertThat(created.location()).contains("/api/programmes/" + id);
        assertThat(created.body().get("stage").asText()).isEqualTo("CALL_FOR_PROPOSALS");
        assertThat(created.body().get("sections")).hasSize(8);
        assertThat(created.body().at("/calendar/opinionDeadline").asText()).isEqualTo(today.plusDays(64).toString());
        String processId = created.body().get("processInstanceId").asText();
        String base = "/api/programmes/" + id;

        // the 48 sample proposals of several departments and NGOs, sent by the coordination team (a department's own
        // staff send only their own department's: DepartmentNameIntegrationTest); a repeat returns the first one
        JsonNode proposals = sample("demo/proposals.json");
        Http department = coordinator;
        List<String> proposalIds = new ArrayList<>();
        for (JsonNode proposal : proposals) {
            var sent = department.post(base + "/proposals", proposal);
            assertThat(sent.status()).as(sent.text()).isEqualTo(201);
            proposalIds.add(sent.body().get("id").asText());
        }
        var repeat = department.post(base + "/proposals", proposals.get(0));
        assertThat(repeat.status()).isEqualTo(200);
        var refused = department.post(base + "/proposals", "{\"externalRef\":\"X-1\",\"sector\":\"KULTURA\",\"form\":\"NIEZNANA\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(fields(refused.body())).containsExactly("form");
        assertThat(coordinator.get(base + "/proposals").body()).hasSize(48);

        // each proposal is triaged by the team the routing table chose
        List<JsonNode> triage = await("48 triage tasks", () -> tasks("processDefinitionKey=proposal-intake&maxResults=100"
                + "&processInstanceBusinessKeyIn=" + String.join(",", proposalIds)), 48);
        int n = 0;
        Long firstTask = null;
        for (JsonNode task : sortedByBusinessKey(triage)) {
            String user = userOf(groupOf(task));
            Map<String, Object> vars;
            if (n % 10 == 4) {
                vars = Map.of("triageDecision", "REJECT", "triageReason", "Zadanie poza zakresem programu.");
            } else if (n == 7 && firstTask != null) {
                vars = Map.of("triageDecision", "MERGE", "mergeIntoTaskId", firstTask, "triageReason", "To samo zadanie.");
            } else {
                vars = Map.of("triageDecision", "ACCEPT");
            }
            complete(user, task, vars);
            if (firstTask == null && vars.get("triageDecision").equals("ACCEPT")) {
                firstTask = coordinator.get(base + "/priority-tasks").body().get(0).get("id").asLong();
            }
            n++;
        }
        var triaged = coordinator.get(base).body();
        assertThat(triaged.at("/counts/proposals/REJECTED").asLong()).isEqualTo(5);
        assertThat(triaged.at("/counts/proposals/MERGED").asLong()).isEqualTo(1);
        assertThat(triaged.at("/counts/proposals/ACCEPTED").asLong()).isEqualTo(42);

        // the call closes (an administrator fires the deadline timer early); every team gets its section
        executeJob(processId, "CallForProposalsClosed");
        List<JsonNode> prepare = await("8 sector tasks", () -> tasks("processInstanceId=" + processId
                + "&taskDefinitionKey=PrepareSectorSection"), 8);
        assertThat(prepare).extracting(t -> t.get("name").asText())
                .contains("Przygotuj część sektorową – Kultura i sztuka, program na rok " + (today.getYear() + 1));
        for (JsonNode task : prepare) {
            complete(userOf(groupOf(task)), task, Map.of("sectionNarrative", "Zespół branżowy opisuje obszar priorytetowy, "
                    + "potrzeby mieszkańców i cele współpracy z organizacjami na rok " + (today.getYear() + 1) + "."));
        }
        List<JsonNode> reviews = await("8 reviews", () -> tasks("processInstanceId=" + processId
                + "&taskDefinitionKey=ReviewSectorSection"), 8);
        for (JsonNode review : reviews) {
            boolean culture = variable(review, "sectorCode").equals("KULTURA");
            complete("coordinator", review, culture
                    ? Map.of("sectionDecision", "RETURN", "reviewRemarks", "Proszę uzupełnić diagnozę potrzeb.")
                    : Map.of("sectionDecision", "ACCEPT"));
        }
        JsonNode again = await("culture again", () -> tasks("processInstanceId=" + processId
                + "&taskDefinitionKey=PrepareSectorSection"), 1).get(0);
        assertThat(variable(again, "reviewRemarks")).isEqualTo("Proszę uzupełnić diagnozę potrzeb.");
        var tooShort = completeRaw("culture", again, Map.of("sectionNarrative", "Za krótko."));
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.text()).contains("„Treść części sektorowej”").contains("co najmniej 50 znaków");
        complete("culture", again, Map.of("sectionNarrative", "Kultura i sztuka: diagnoza potrzeb uzupełniona o dane "
                + "z konsultacji sektorowych, cele i zadania na kolejny rok."));
        complete("coordinator", await("culture review", () -> tasks("processInstanceId=" + processId
                + "&taskDefinitionKey=ReviewSectorSection"), 1).get(0), Map.of("sectionDecision", "ACCEPT"));

        // the coordination team approves the whole draft for consultation
        JsonNode whole = await("whole draft review", () -> tasks("processInstanceId=" + processId
                + "&taskDefinitionKey=ReviewWholeDraft"), 1).get(0);
        assertThat(variable(whole, "sectionsSummary")).contains("KULTURA – Kultura i sztuka: przyjęta");
        String draftUrl = variable(whole, "draftUrl");
        assertThat(draftUrl).matches("/api/programmes/" + id + "/drafts/\\d+");
        assertThat(coordinator.get(draftUrl).contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        complete("coordinator", whole, Map.of("draftDecision", "APPROVE"));
        // the consultation waits for its planned day (day 50), which the coordination team sees in its task
        String consultationProcess = single(admin.get("/engine-rest/process-instance?processDefinitionKey=public-consultation"
                + "&businessKey=" + id).body()).get("id").asText();
        JsonNode scheduled = await("consultation scheduled", () -> tasks("processInstanceId=" + consultationProcess
                + "&taskDefinitionKey=AwaitConsultationStart"), 1).get(0);
        assertThat(variable(scheduled, "consultationOpensText"))
                .isEqualTo(today.plusDays(50).format(TypedDates.DAY));
        assertThat(coordinator.get(base).body().get("stage").asText()).isEqualTo("CONSULTATION_SCHEDULED");
        assertThat(coordinator.get(base + "/consultation").status()).isEqualTo(404);
        executeJob(consultationProcess, "ConsultationStartReached");
        await("consultation open", () -> {
            var consultation = coordinator.get(base + "/consultation");
            return consultation.status() == 200 && consultation.body().get("status").asText().equals("OPEN")
                    ? List.of(consultation.body()) : List.of();
        }, 1);

        // NGOs comment; the Public Benefit Council gives its opinion
        JsonNode comments = sample("demo/comments.json");
        for (JsonNode comment : comments) {
            assertThat(coordinator.post(base + "/consultation/comments", comment).status()).isEqualTo(201);
        }
        assertThat(coordinator.post(base + "/consultation/comments", comments.get(3)).status()).isEqualTo(200);
        JsonNode opinionTask = await("opinion task", () -> tasks("processInstanceBusinessKey=" + id
                + "&taskDefinitionKey=RecordBenefitCouncilOpinion"), 1).get(0);
        assertThat(groupOf(opinionTask)).isEqualTo("public-benefit-council");
        complete("krdpp", opinionTask, Map.of("opinionText", "Rada opiniuje projekt pozytywnie, z uwagami do § 9."));

        // the window closes; every comment gets an answer
        executeJob(consultationProcess, "ConsultationWindowClosed");
        assertThat(coordinator.post(base + "/consultation/comments", Map.of("externalRef", "LATE-1", "organisation", "Fundacja",
                "contactPerson", "Jan", "email", "jan@example.org", "section", "§ 1", "proposedText", "x",
                "justification", "y")).status()).isEqualTo(409);
        List<JsonNode> answers = await("72 response tasks", () -> tasks("processInstanceBusinessKey=" + id
                + "&taskDefinitionKey=RespondToComment&maxResults=200"), 72);
        var unjustified = completeRaw("coordinator", answers.get(0), Map.of("commentDecision", "ACCEPTED"));
        assertThat(unjustified.status()).isEqualTo(400);
        assertThat(unjustified.text()).contains("„Uzasadnienie stanowiska”");
        String[] decisions = {"ACCEPTED", "PARTLY_ACCEPTED", "REJECTED"};
        for (int i = 0; i < answers.size(); i++) {
            complete("coordinator", answers.get(i), Map.of("commentDecision", decisions[i % 3],
                    "responseJustification", "Odpowiedź zespołu nr " + i + "."));
        }
        JsonNode signOff = await("sign-off", () -> tasks("processInstanceBusinessKey=" + id
                + "&taskDefinitionKey=SignOffResponses"), 1).get(0);
        assertThat(variable(signOff, "responsesSummary")).contains("Uwagi: 72").contains("Uwzględnione: 24");
        complete("coordinator", signOff, Map.of("signOffConfirmed", true));

        // revision: every accepted comment needs the edit that carries it out, or why none was needed
        JsonNode revision = await("revision", () -> tasks("processInstanceId=" + processId
                + "&taskDefinitionKey=ReviseDraft"), 1).get(0);
        JsonNode accepted = coordinator.get(base + "/text/accepted-comments").body();
        assertThat(accepted).hasSize(48);
        assertThat(variable(revision, "acceptedComments")).contains(accepted.get(0).get("ref").asText(), "BRAK ZMIANY I WYJAŚNIENIA");
        var unlinked = completeRaw("coordinator", revision, Map.of("revisionSummary", "Uwzględniono uwagi."));
        assertThat(unlinked.status()).isEqualTo(400);
        assertThat(unlinked.text()).contains("Uwzględnione uwagi bez zmiany tekstu", accepted.get(0).get("ref").asText());
        JsonNode text = coordinator.get(base + "/text").body();
        JsonNode periodUnit = StreamSupport.stream(text.get("units").spliterator(), false)
                .filter(u -> u.get("label").asText().equals("§ 7")).findFirst().orElseThrow();
        long period = periodUnit.get("id").asLong();
        String adopted = periodUnit.get("text").asText().replace("realizowany", "wykonywany");
        String first = accepted.get(0).get("ref").asText();
        // the coordinator edits the consulted draft in Word and uploads it, linking the change to the comment
        byte[] edited = DocxZip.edit(coordinator.bytes(base + "/drafts/2"), DocxZip.DOCUMENT,
                DocxZip.replaceWord("realizowany", "wykonywany"));
        var uploaded = coordinator.postFile(base + "/text/import?dryRun=false&answers=" + period + ":" + first, "file",
                "projekt.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", edited);
        assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(200);
        assertThat(uploaded.body().get("changes")).hasSize(1);
        var unknown = coordinator.put(base + "/text/accepted-comments/BRAK-TAKIEJ-UWAGI/no-edit", Map.of("reason", "Nie dotyczy."));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.text()).contains("comment");
        String rejected = StreamSupport.stream(coordinator.get(base + "/consultation/comments").body().spliterator(), false)
                .filter(c -> c.get("decision").asText().equals("REJECTED")).findFirst().orElseThrow().get("externalRef").asText();
        assertThat(coordinator.put(base + "/text/accepted-comments/" + rejected + "/no-edit", Map.of("reason", "Nie dotyczy."))
                .status()).as("a rejected comment needs no reason").isEqualTo(400);
        for (int i = 1; i < accepted.size(); i++) {
            String ref = accepted.get(i).get("ref").asText();
            var noEdit = coordinator.put(base + "/text/accepted-comments/" + ref + "/no-edit",
                    Map.of("reason", "Zapis programu już to przewiduje."));
            assertThat(noEdit.status()).isEqualTo(200);
            // the answer is that comment's trace, not the whole round's
            assertThat(noEdit.body().get("ref").asText()).isEqualTo(ref);
            assertThat(noEdit.body().get("noEditReason").asText()).isEqualTo("Zapis programu już to przewiduje.");
            assertThat(noEdit.body().get("organisation").asText()).isEqualTo(accepted.get(i).get("organisation").asText());
        }
        JsonNode traced = coordinator.get(base + "/text/accepted-comments").body();
        assertThat(traced.get(0).get("edits").get(0).asText()).isEqualTo("§ 7 (coordinator)");
        complete("coordinator", revision, Map.of("revisionSummary", "Uwzględniono 24 uwagi w całości."));

        // the version after consultation: its redline against the consulted draft shows that one word, by its editor,
        // and the report shows the comment with the wording adopted
        await("version after consultation", () -> {
            List<JsonNode> after = new ArrayList<>();
            coordinator.get(base + "/drafts").body().forEach(d -> {
                if (d.get("stage").asText().equals("AFTER_CONSULTATION")) {
                    after.add(d);
                }
            });
            return after;
        }, 1);
        byte[] redline = coordinator.bytes(base + "/drafts/compare?from=2&to=3");
        var body = Revisions.xml(redline, "word/document.xml");
        var changed = Revisions.byUnit(body);
        // the edited unit: exactly the word; no other unit's wording changed, only text generated from the cycle's
        // data outside the units' wording (the account of the consultation, with its real counts)
        assertThat(changed).containsEntry("wsp_u" + period, List.of("del:realizowany", "ins:wykonywany"));
        assertThat(changed.keySet()).containsOnly("wsp_u" + period, "");
        assertThat(String.join(" ", changed.get(""))).contains("Liczba zgłoszonych uwag");
        assertThat(Revisions.authors(body)).containsExactly("Katarzyna Koordynatorka");
        String report = Revisions.xml(coordinator.bytes(base + "/consultation/report"), "word/document.xml")
                .getDocumentElement().getTextContent();
        assertThat(report).contains(first, "§ 7: " + adopted);
        complete("mayor", await("mayor", () -> tasks("processInstanceId=" + processId
                + "&taskDefinitionKey=ApproveAsMayor"), 1).get(0), Map.of("mayorDecision", "APPROVE"));
        complete("council", await("council office", () -> tasks("processInstanceId=" + processId
                + "&taskDefinitionKey=SubmitToCouncil"), 1).get(0), Map.of("printNumber", "1234", "submittedOn", today.toString()));
        await("awaiting council", () -> coordinator.get(base).body().get("stage").asText().equals("AWAITING_COUNCIL")
                ? List.of(coordinator.get(base).body()) : List.of(), 1);
        // the version sent to the council is made by a job; after it the process waits for the council's decision
        await("waiting for the council", () -> {
            List<JsonNode> subscriptions = new ArrayList<>();
            admin.get("/engine-rest/event-subscription?processInstanceId=" + processId
                    + "&eventType=message&eventName=CouncilDecision").body().forEach(subscriptions::add);
            return subscriptions;
        }, 1);

        // the council adopts
        var notAllowed = coordinator.as("culture").post(base + "/council-decision",
                Map.of("decision", "ADOPTED", "resolutionNumber", "X/1/26", "decisionDate", today.toString()));
        assertThat(notAllowed.status()).isEqualTo(403);
        var decided = coordinator.as("council").post(base + "/council-decision",
                Map.of("decision", "ADOPTED", "resolutionNumber", "XLII/1234/26", "decisionDate", today.toString()));
        assertThat(decided.status()).as(decided.text()).isEqualTo(200);
        await("adopted", () -> coordinator.get(base).body().get("stage").asText().equals("ADOPTED")
                ? List.of(coordinator.get(base).body()) : List.of(), 1);
        assertThat(coordinator.as("council").post(base + "/council-decision",
                Map.of("decision", "ADOPTED", "resolutionNumber", "XLII/1234/26", "decisionDate", today.toString())).status())
                .isEqualTo(409);

        // what is stored
        JsonNode programme = coordinator.get(base).body();
        assertThat(programme.at("/counts/comments/TOTAL").asLong()).isEqualTo(72);
        assertThat(programme.at("/counts/comments/UNANSWERED").asLong()).isZero();
        assertThat(StreamSupport.stream(programme.get("sections").spliterator(), false)
                .map(s -> s.get("status").asText())).containsOnly("ACCEPTED");
        JsonNode drafts = coordinator.get(base + "/drafts").body();
        assertThat(StreamSupport.stream(drafts.spliterator(), false).map(d -> d.get("stage").asText()))
                .containsExactly("DRAFT_ASSEMBLED", "CONSULTATION", "AFTER_CONSULTATION", "COUNCIL", "ADOPTED");
        JsonNode history = coordinator.get(base + "/history").body();
        Map<String, String> actorOf = new HashMap<>();
        history.forEach(h -> actorOf.putIfAbsent(h.get("action").asText(), h.get("actor").asText()));
        assertThat(actorOf).containsEntry("CREATED", "coordinator").containsEntry("OPINION_GIVEN", "krdpp")
                .containsEntry("MAYOR_APPROVED", "mayor").containsEntry("SUBMITTED_TO_COUNCIL", "council")
                .containsEntry("COUNCIL_ADOPTED", "council").containsEntry("PROPOSAL_RECEIVED", "coordinator"); // the sample proposals are sent by the coordination team
        assertThat(history.get(0).get("action").asText()).isEqualTo("CREATED");
        assertThat(admin.get("/engine-rest/history/process-instance/" + processId).body().get("state").asText())
                .isEqualTo("COMPLETED");
    }

    @Test
    void badInputGetsAProblemNamingTheFieldAndStoresNothing() {
        int before = coordinator.get("/api/programmes").body().size();
        // (a missing title is not among them: the profile gives the title for the years, ProgrammeTitleIntegrationTest)
        var noKind = coordinator.post("/api/programmes", Map.of("firstYear", 2030, "lastYear", 2031, "title", "T"));
        assertThat(noKind.status()).isEqualTo(400);
        assertThat(fields(noKind.body())).contains("kind");
        var annualTwoYears = coordinator.post("/api/programmes", Map.of("kind", "ANNUAL", "firstYear", 2030, "lastYear", 2031,
                "title", "T"));
        assertThat(annualTwoYears.status()).isEqualTo(400);
        assertThat(fields(annualTwoYears.body())).containsExactly("lastYear");
        var badDate = coordinator.post("/api/programmes", "{\"kind\":\"ANNUAL\",\"firstYear\":2030,\"lastYear\":2030,"
                + "\"title\":\"T\",\"calendar\":{\"consultationStart\":\"1 października\"}}");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(fields(badDate.body())).containsExactly("calendar.consultationStart");
        assertThat(coordinator.post("/api/programmes", "{not json").status()).isEqualTo(400);
        assertThat(coordinator.get("/api/programmes").body()).hasSize(before);

        assertThat(coordinator.get("/api/programmes/999999").status()).isEqualTo(404);
        assertThat(coordinator.get("/api/programmes/abc").status()).isEqualTo(400);
        assertThat(coordinator.post("/api/programmes/999999/proposals", Map.of()).status()).isEqualTo(404);
        assertThat(new Http(port, null).get("/api/programmes").status()).isEqualTo(401);
        assertThat(new Http(port, null).get("/engine-rest/task").status()).isEqualTo(401);
        assertThat(coordinator.as("department").post("/api/programmes", Map.of("kind", "ANNUAL", "firstYear", 2030,
                "lastYear", 2030, "title", "T")).status()).isEqualTo(403);

        long id = coordinator.post("/api/programmes", Map.of("kind", "ANNUAL", "firstYear", 2040, "lastYear", 2040,
                "title", "Program testowy")).body().get("id").asLong();
        var badProposal = coordinator.post("/api/programmes/" + id + "/proposals", Map.of("externalRef", "B-1",
                "submitter", Map.of("type", "NGO", "name", "Fundacja", "krs", "12345", "email", "nie-mail"),
                "sector", "KULTURA", "title", "T", "description", "D", "justification", "J",
                "form", "OTWARTY_KONKURS_OFERT", "mode", "WSPIERANIE", "plannedAmountPln", "12,345", "years", List.of(2039)));
        assertThat(badProposal.status()).isEqualTo(400);
        assertThat(fields(badProposal.body())).contains("submitter.krs", "submitter.email", "plannedAmountPln", "years");
        assertThat(coordinator.get("/api/programmes/" + id + "/proposals").body()).isEmpty();
        var noConsultation = coordinator.post("/api/programmes/" + id + "/consultation/comments", Map.of("externalRef", "C-1",
                "organisation", "Fundacja", "contactPerson", "Anna", "email", "anna@example.org", "section", "§ 2",
                "proposedText", "Nowe brzmienie", "justification", "Uzasadnienie"));
        assertThat(noConsultation.status()).isEqualTo(409);
        var noDecision = coordinator.post("/api/programmes/" + id + "/council-decision", Map.of("decision", "ADOPTED",
                "resolutionNumber", "1", "decisionDate", "2020-01-01"));
        assertThat(noDecision.status()).isEqualTo(409);
        var badDecision = coordinator.post("/api/programmes/" + id + "/council-decision", Map.of("decision", "ADOPTED"));
        assertThat(badDecision.status()).isEqualTo(400);
        assertThat(fields(badDecision.body())).contains("decisionDate", "resolutionNumber");
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    private JsonNode sample(String resource) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            return Http.JSON.readTree(in);
        }
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }

    private List<JsonNode> tasks(String query) {
        return engine.tasks(query);
    }

    private String groupOf(JsonNode task) {
        return engine.groupOf(task);
    }

    private static String userOf(String group) {
        return EngineTasks.userOf(group);
    }

    private String variable(JsonNode task, String name) {
        return engine.variable(task, name);
    }

    private void complete(String user, JsonNode task, Map<String, Object> variables) {
        engine.complete(user, task, variables);
    }

    private Http.Response completeRaw(String user, JsonNode task, Map<String, Object> variables) {
        return engine.completeRaw(user, task, variables);
    }

    private void executeJob(String processInstanceId, String activityId) {
        engine.executeJob(processInstanceId, activityId);
    }

    private static JsonNode single(JsonNode array) {
        return EngineTasks.single(array);
    }

    /**
     * In the order the proposals were sent (the business key is the proposal's id), so the same proposals are rejected
     * on every run and every sector keeps priority tasks: the draft must pass the statutory completeness check.
     */
    private List<JsonNode> sortedByBusinessKey(List<JsonNode> tasks) {
        Map<String, Long> proposalOf = new HashMap<>();
        for (JsonNode task : tasks) {
            proposalOf.put(task.get("id").asText(), Long.valueOf(variable(task, "proposalId")));
        }
        return tasks.stream().sorted(java.util.Comparator.comparing(t -> proposalOf.get(t.get("id").asText()))).toList();
    }

    private static List<JsonNode> await(String what, Supplier<List<JsonNode>> query, int expected) {
        return EngineTasks.await(PATIENCE, what, query, expected);
    }
}
