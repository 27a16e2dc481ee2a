package pl.wspolnie.drafting;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.wspolnie.meeting.MeetingFixtures.today;
import static pl.wspolnie.meeting.MeetingFixtures.typed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipInputStream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import pl.wspolnie.drafting.internal.DocxDocuments;
import pl.wspolnie.proposal.ProposalService;
import pl.wspolnie.support.Cycles;
import pl.wspolnie.support.Http;
import pl.wspolnie.support.Jobs;
import pl.wspolnie.support.WebIntegrationTest;

/**
 * Meetings recorded over the API are counted where the law needs it: the statistics, the snapshot, chapter 11 of
 * the programme, the consultation report and the meetings report, all from the records.
 */
@WebIntegrationTest
class MeetingCountsIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    SnapshotFactory snapshots;
    @Autowired
    DocxDocuments documents;
    @Autowired
    ProposalService proposals;
    @Autowired
    pl.wspolnie.publicsite.ConsultationSetup consultation;
    @Autowired
    pl.wspolnie.consultation.ConsultationService consultations;

    @Test
    void heldMeetingsAreCountedInTheSnapshotTheChapterAndBothReports() throws Exception {
        Http coordinator = new Http(port, "coordinator");
        Http culture = coordinator.as("culture");
        long programmeId = Cycles.withOpenCall(coordinator, 2027, "Program współpracy na rok 2027 (liczby spotkań)");
        String base = "/api/programmes/" + programmeId + "/meetings";
        long sector = held(culture, base, Map.of("kind", "SECTOR", "sectors", List.of("KULTURA"), "topic", "Kultura – potrzeby 2027"),
                List.of(Map.of("organisation", "Fundacja Łąka", "person", "Anna Nowak"),
                        Map.of("organisation", "Teatr Pod Mostem", "person", "Jan Kowalski"),
                        Map.of("organisation", "fundacja  łąka", "person", "Ewa Kozłowska")));
        long open = held(coordinator, base, Map.of("kind", "OPEN", "sectors", List.of(), "topic", "Spotkanie otwarte"),
                List.of(Map.of("organisation", "Fundacja Łąka", "person", "Anna Nowak"),
                        Map.of("organisation", "Stowarzyszenie Sąsiedzi", "person", "Piotr Wójcik")));
        assertThat(culture.get(base + "/" + open + "/registrations").status()).as("another team's personal data").isEqualTo(403);

        long p1 = postulate(culture, base, sector, "Fundacja Łąka", "Mikrogranty na wydarzenia sąsiedzkie.");
        postulate(culture, base, sector, "Teatr Pod Mostem", "Sale prób w domach kultury.");
        long p3 = postulate(coordinator, base, open, "Stowarzyszenie Sąsiedzi", "Umowy wieloletnie.");
        assertThat(culture.post(base + "/" + sector + "/postulates", Map.of("organisation", "Fundacja Nieobecna",
                "content", "x")).status()).isEqualTo(400);
        var proposal = culture.post(base + "/" + sector + "/postulates/" + p1 + "/proposal", Map.of("title", "Mikrogranty sąsiedzkie",
                "sector", "KULTURA", "form", "TRYB_POZAKONKURSOWY", "mode", "WSPIERANIE", "plannedAmountPln", "9000",
                "years", List.of(2027), "email", "biuro@laka.example.org"));
        assertThat(proposal.status()).as(proposal.text()).isEqualTo(200);
        var made = proposals.get(proposal.body().get("proposalId").asLong());
        assertThat(made.getExternalRef()).isEqualTo("SPOTKANIE-" + sector + "-POSTULAT-" + p1);
        assertThat(made.getSubmitterName()).isEqualTo("Fundacja Łąka");
        assertThat(made.getProcessInstanceId()).as("routed like any proposal").isNotNull();
        assertThat(coordinator.post(base + "/" + open + "/postulates/" + p3 + "/comment", Map.of("section", "Rozdział 6",
                "contactPerson", "Piotr Wójcik", "email", "biuro@sasiedzi.example.org")).status())
                .as("no consultation is open yet: the postulate is a proposal or a remark").isEqualTo(409);
        assertThat(coordinator.post(base + "/" + open + "/postulates/" + p3 + "/remark", Map.of("chapter", "Rozdział 6",
                "note", "Dopisać umowy wieloletnie.")).status()).isEqualTo(200);

        var stats = coordinator.get(base + "/statistics").body();
        assertThat(stats.get("held").asInt()).isEqualTo(2);
        assertThat(stats.get("people").asInt()).isEqualTo(5);
        assertThat(stats.get("organisations").asInt()).isEqualTo(3);
        assertThat(stats.get("postulates").asInt()).isEqualTo(3);
        assertThat(stats.get("postulatesByOutcome").get("PROPOSAL").asInt()).isEqualTo(1);

        DraftSnapshot s = snapshots.take(programmeId, 1, DraftStage.DRAFT_ASSEMBLED, null, "test", Instant.now());
        assertThat(s.meetings().held()).isEqualTo(2);
        assertThat(s.meetings().byKind()).extracting(MeetingsPart.KindCount::kind).containsExactly("SECTOR", "OPEN");
        assertThat(SnapshotJson.read(SnapshotJson.write(s))).isEqualTo(s);
        String expected = "Liczba spotkań: 2 (spotkania branżowe: 1, spotkania otwarte: 1); liczba uczestników: 5; "
                + "liczba organizacji, które wzięły w nich udział: 3. Liczba zgłoszonych postulatów: 3, w tym przekształcone "
                + "w propozycje priorytetowych zadań publicznych: 1, przekazane jako uwagi do treści programu: 1, "
                + "zgłoszone jako uwagi w konsultacjach: 0, oczekujące na rozpatrzenie: 1.";
        String sha = SnapshotJson.sha256(SnapshotJson.write(s));
        assertThat(text(documents.programme(s, sha))).contains(expected);
        assertThat(text(documents.consultationReport(s, sha))).contains(expected);

        HttpResponse<byte[]> report = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + base + "/report")).header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("coordinator:coordinator".getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.headers().firstValue("Content-Disposition").orElseThrow()).contains("Spotkania");
        String text = text(report.body());
        assertThat(text).contains("Kultura – potrzeby 2027", "Spotkanie otwarte", "3 osoby z 2 organizacji", "2 osoby z 2 organizacji",
                "Mikrogranty na wydarzenia sąsiedzkie.", "propozycja zadania priorytetowego (" + made.getReference() + ")",
                "uwaga do treści programu (Rozdział 6)", "czeka na rozpatrzenie").doesNotContain("Anna Nowak");
        java.nio.file.Files.write(java.nio.file.Path.of("target", "meetings-report.docx"), report.body());
    }

    @Test
    void aPostulateRaisedDuringTheConsultationBecomesACommentAnsweredLikeAnyOtherAndCounted() throws Exception {
        Http coordinator = new Http(port, "coordinator");
        Http culture = coordinator.as("culture");
        long programmeId = consultation.open("Program współpracy na rok 2027 (postulat w konsultacjach)");
        String base = "/api/programmes/" + programmeId + "/meetings";
        long meeting = held(culture, base, Map.of("kind", "SECTOR", "sectors", List.of("KULTURA"), "topic", "Kultura – projekt programu"),
                List.of(Map.of("organisation", "Fundacja Łąka", "person", "Anna Nowak")));
        long postulate = postulate(culture, base, meeting, "Fundacja Łąka", "Mikrogranty także na wydarzenia plenerowe.");
        String url = base + "/" + meeting + "/postulates/" + postulate + "/comment";

        // a walk-in left no e-mail: the team must give a contact, and nothing is stored until it does
        var refused = culture.post(url, Map.of("section", "§ 6 ust. 2"));
        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.text()).contains("contactPerson", "email");
        assertThat(consultations.comments(programmeId)).isEmpty();
        assertThat(culture.get(base + "/" + meeting + "/postulates").body().get(0).get("outcome").asText()).isEqualTo("OPEN");

        var made = culture.post(url, Map.of("section", "§ 6 ust. 2", "sector", "KULTURA", "contactPerson", "Anna Nowak",
                "email", "biuro@laka.example.org"));
        assertThat(made.status()).as(made.text()).isEqualTo(200);
        assertThat(made.body().get("outcome").asText()).isEqualTo("CONSULTATION_COMMENT");
        var comment = consultations.comments(programmeId).get(0);
        assertThat(comment.getId()).isEqualTo(made.body().get("commentId").asLong());
        assertThat(comment.getExternalRef()).isEqualTo("SPOTKANIE-" + meeting + "-POSTULAT-" + postulate);
        assertThat(comment.getChannel()).isEqualTo(pl.wspolnie.consultation.CommentChannel.MEETING);
        assertThat(comment.getOrganisation()).isEqualTo("Fundacja Łąka");
        assertThat(comment.getProposedText()).isEqualTo("Mikrogranty także na wydarzenia plenerowe.");
        assertThat(comment.getJustification()).startsWith("Postulat zgłoszony podczas spotkania „Kultura – projekt programu”");
        assertThat(culture.post(url, Map.of("section", "§ 6 ust. 2")).status()).as("a repeat: the same comment").isEqualTo(200);
        assertThat(consultations.comments(programmeId)).hasSize(1);
        assertThat(culture.post(base + "/" + meeting + "/postulates/" + postulate + "/remark", Map.of("chapter", "Rozdział 6"))
                .status()).as("already a comment").isEqualTo(409);

        var stats = coordinator.get(base + "/statistics").body();
        assertThat(stats.get("postulatesByOutcome").get("CONSULTATION_COMMENT").asInt()).isEqualTo(1);
        DraftSnapshot s = snapshots.take(programmeId, 3, DraftStage.CONSULTATION, null, "test", Instant.now());
        String sha = SnapshotJson.sha256(SnapshotJson.write(s));
        assertThat(text(documents.programme(s, sha)))
                .contains("przekazane jako uwagi do treści programu: 0, zgłoszone jako uwagi w konsultacjach: 1,");
        assertThat(text(documents.consultationReport(s, sha))).contains("Uwagi zgłoszono: na spotkaniach z organizacjami: 1.",
                "zgłoszone jako uwagi w konsultacjach: 1,");
    }

    /** A meeting two days ago, planned, confirmed, over, with the walk-ins recorded over the API and closed. */
    private long held(Http team, String base, Map<String, Object> what, List<Map<String, String>> walkIns) {
        var request = new java.util.HashMap<String, Object>(what);
        request.putAll(Map.of("date", typed(today().minusDays(2)), "startTime", "17:00", "endTime", "19:00",
                "place", "Pałac Sztuki", "capacity", 30, "moderator", "Zespół prowadzący", "registrationDeadline", typed(today().minusDays(3))));
        var planned = team.post(base, request);
        assertThat(planned.status()).as(planned.text()).isEqualTo(201);
        long id = planned.body().get("id").asLong();
        String process = planned.body().get("processInstanceId").asText();
        tasks.complete(tasks.createTaskQuery().processInstanceId(process).singleResult().getId(), Map.of());
        Jobs.fire(management, process, "MeetingOver");
        var attendance = team.put(base + "/" + id + "/attendance", Map.of("presentRegistrations", List.of(), "walkIns", walkIns));
        assertThat(attendance.status()).as(attendance.text()).isEqualTo(200);
        tasks.complete(tasks.createTaskQuery().processInstanceId(process).singleResult().getId(), Map.of("heldConfirmed", true));
        return id;
    }

    private static long postulate(Http team, String base, long meeting, String organisation, String content) {
        var created = team.post(base + "/" + meeting + "/postulates", Map.of("organisation", organisation, "content", content));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.body().get("id").asLong();
    }

    /** The text of a DOCX's body, paragraphs joined by new lines. */
    static String text(byte[] docx) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("word/document.xml")) {
                    String xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                    return Pattern.compile("</w:p>").splitAsStream(xml).map(p -> Pattern.compile("<w:t[^>]*>([^<]*)</w:t>")
                            .matcher(p).results().map(m -> m.group(1)).collect(Collectors.joining())).collect(Collectors.joining("\n"))
                            .replace("&amp;", "&").replace("&quot;", "\"");
                }
            }
            throw new AssertionError("no word/document.xml");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
