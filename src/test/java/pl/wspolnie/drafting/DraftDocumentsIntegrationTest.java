package pl.wspolnie.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import pl.wspolnie.consultation.CommentDecision;
import pl.wspolnie.consultation.CommentSubmission;
import pl.wspolnie.consultation.ConsultationService;
import pl.wspolnie.council.CouncilService;
import pl.wspolnie.drafting.internal.DocxDocuments;
import pl.wspolnie.programme.Calendar;
import pl.wspolnie.programme.FundingMode;
import pl.wspolnie.programme.NewPriorityTask;
import pl.wspolnie.programme.NewProgramme;
import pl.wspolnie.programme.PriorityTaskService;
import pl.wspolnie.programme.ProgrammeKind;
import pl.wspolnie.programme.ProgrammeSections;
import pl.wspolnie.programme.ProgrammeService;
import pl.wspolnie.programme.TaskForm;
import pl.wspolnie.shared.TypedDates;
import pl.wspolnie.support.TestDatabase;

/**
 * A cycle set up through the services (no process), versions recorded at four stages, then the database rows and
 * the download API checked over HTTP as user demo.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabase.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DraftDocumentsIntegrationTest {

    static final String NARRATIVE = "Kultura dla wszystkich – „cudzysłów” <tag> & ampersand.\nDruga linia 😀 i jeszcze kilka słów.";

    @Autowired ProgrammeService programmes;
    @Autowired ProgrammeSections sections;
    @Autowired PriorityTaskService priorityTasks;
    @Autowired ConsultationService consultations;
    @Autowired CouncilService council;
    @Autowired DraftingService drafting;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired ZoneId municipalityZone;

    Long programmeId;
    int year = LocalDate.now().getYear() + 2;

    @BeforeAll
    void aCycleWithFourVersions() {
        programmeId = programmes.registerForProcess(new NewProgramme(ProgrammeKind.ANNUAL, year, year,
                "Roczny program współpracy na rok " + year, (Calendar) null), "no-process").getId();
        var section = sections.openSection(programmeId, "KULTURA");
        sections.submitSection(section.sectionId(), NARRATIVE);
        priorityTasks.addPriorityTask(programmeId, new NewPriorityTask("KULTURA", "Festiwal teatrów ulicznych", "Opis",
                TaskForm.OTWARTY_KONKURS_OFERT, FundingMode.WSPIERANIE, "Wydział Kultury i Dziedzictwa Narodowego",
                Map.of(year, new BigDecimal("1234567.89"))));
        priorityTasks.addPriorityTask(programmeId, new NewPriorityTask("SPORT", "Ligi podwórkowe", "Opis",
                TaskForm.TRYB_POZAKONKURSOWY, null, null, Map.of(year, new BigDecimal("0.11"))));
        drafting.recordVersion(programmeId, DraftStage.DRAFT_ASSEMBLED, null);

        drafting.recordVersion(programmeId, DraftStage.CONSULTATION, null);
        var consultation = consultations.open(programmeId);
        var first = consultations.submitComment(programmeId, new CommentSubmission("C-1", "Fundacja „Łąka”", "0000123456",
                "Anna Nowak", "anna@example.org", "§ 4", null, null, "=Dodać zapis o lokalach; \"cytat\"", "Bo tak\njest lepiej")).comment();
        var second = consultations.submitComment(programmeId, new CommentSubmission("C-2", "Stowarzyszenie Ćma", null,
                "Jan Kowalski", "jan@example.org", "Rozdział 6", null, "Stary zapis", "Nowy zapis", "Uzasadnienie")).comment();
        consultations.closeIntake(consultation.getId());
        consultations.respond(first.getId(), CommentDecision.ACCEPTED, "Uwzględniono.");
        consultations.respond(second.getId(), CommentDecision.REJECTED, "Zapis wynika z ustawy.");
        consultations.recordOpinion(consultation.getId(), "Opinia pozytywna.\nZ uwagami.");
        drafting.recordVersion(programmeId, DraftStage.AFTER_CONSULTATION, "Uwzględniono uwagę C-1");

        council.recordMayorDecision(programmeId, pl.wspolnie.council.MayorChoice.APPROVE, null);
        council.submit(programmeId, "1234", LocalDate.now(municipalityZone));
        drafting.recordVersion(programmeId, DraftStage.COUNCIL, "druk nr 1234");
    }

    @Test
    void eachVersionStoresItsDocumentHashSizeAndSnapshotInTheSameRow() throws IOException {
        var rows = jdbc.queryForList("select number, stage, content, content_type, size_bytes, sha256, snapshot from draft_version"
                + " where programme_id = ? order by number", programmeId);

        assertThat(rows).extracting(r -> r.get("stage")).containsExactly("DRAFT_ASSEMBLED", "CONSULTATION", "AFTER_CONSULTATION", "COUNCIL");
        for (var row : rows) {
            byte[] content = (byte[]) row.get("content");
            assertThat(content).startsWith('P', 'K');
            assertThat(((Number) row.get("size_bytes")).longValue()).isEqualTo(content.length);
            assertThat(row.get("sha256")).isEqualTo(SnapshotJson.sha256(content));
            assertThat(row.get("content_type")).isEqualTo(DocxDocuments.DOCX);
            String snapshot = (String) row.get("snapshot");
            assertThat(entry(content, "docProps/custom.xml")).contains(SnapshotJson.sha256(snapshot),
                    "<vt:lpwstr>" + row.get("number") + "</vt:lpwstr>", "<vt:lpwstr>" + row.get("stage") + "</vt:lpwstr>");
        }
        DraftSnapshot after = SnapshotJson.read((String) rows.get(2).get("snapshot"));
        assertThat(after.sections().get(0).narrative()).isEqualTo(NARRATIVE);
        assertThat(after.total()).isEqualByComparingTo("1234568.00");
        assertThat(after.consultation().comments()).extracting(DraftSnapshot.Comment::decision).containsExactly("ACCEPTED", "REJECTED");
        assertThat(after.consultation().opinion().text()).isEqualTo("Opinia pozytywna.\nZ uwagami.");
        assertThat(after.note()).isEqualTo("Uwzględniono uwagę C-1");
        assertThat(SnapshotJson.read((String) rows.get(0).get("snapshot")).consultation()).isNull();
        assertThat(SnapshotJson.read((String) rows.get(3).get("snapshot")).council().printNumber()).isEqualTo("1234");
        assertThat((String) rows.get(2).get("snapshot")).doesNotContain("anna@example.org", "Anna Nowak");
    }

    @Test
    void theListShowsVersionsWithoutTheirBytes() throws IOException {
        ResponseEntity<String> response = demo().getForEntity(url("/drafts"), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode list = json.readTree(response.getBody());
        assertThat(list).hasSize(4);
        JsonNode third = list.get(2);
        assertThat(third.get("number").asInt()).isEqualTo(3);
        assertThat(third.get("stage").asText()).isEqualTo("AFTER_CONSULTATION");
        assertThat(third.get("label").asText()).isEqualTo("Projekt po konsultacjach");
        assertThat(third.get("createdBy").asText()).isNotBlank();
        assertThat(third.get("createdAt").asText()).isNotBlank();
        assertThat(third.get("sha256").asText()).hasSize(64);
        assertThat(third.get("sizeBytes").asLong()).isPositive();
        assertThat(third.has("content")).isFalse();
        assertThat(third.has("snapshot")).isFalse();
    }

    @Test
    void aVersionDownloadsAsTheStoredDocxWithAPolishFileName() throws IOException {
        ResponseEntity<byte[]> response = demo().getForEntity(url("/drafts/3"), byte[].class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.parseMediaType(DocxDocuments.DOCX));
        String disposition = response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
        assertThat(disposition).startsWith("attachment; ")
                .contains("filename=\"Projekt programu wspolpracy " + year + " - wersja 3.docx\"")
                .contains("filename*=UTF-8''Projekt%20programu%20wsp%C3%B3%C5%82pracy%20" + year + "%20%E2%80%93%20wersja%203.docx");
        String stored = jdbc.queryForObject("select sha256 from draft_version where programme_id = ? and number = 3", String.class, programmeId);
        assertThat(SnapshotJson.sha256(response.getBody())).isEqualTo(stored);
        assertThat(entry(response.getBody(), "word/document.xml")).contains("Kultura dla wszystkich – „cudzysłów” &lt;tag&gt; &amp; ampersand.");
    }

    @Test
    void theJustificationReportRegisterAndCouncilPackageDownload() throws IOException {
        var justification = demo().getForEntity(url("/drafts/4/justification"), byte[].class);
        assertThat(justification.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(entry(justification.getBody(), "word/document.xml")).contains("UZASADNIENIE");

        var report = demo().getForEntity(url("/consultation/report"), byte[].class);
        assertThat(report.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(report.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).contains("Raport%20z%20konsultacji");
        assertThat(entry(report.getBody(), "word/document.xml")).contains("Fundacja „Łąka”", "Zapis wynika z ustawy.");

        var register = demo().getForEntity(url("/consultation/register.csv"), byte[].class);
        assertThat(register.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(register.getHeaders().getContentType().toString()).startsWith("text/csv");
        byte[] csv = register.getBody();
        assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text.split("\r\n")).hasSize(3);
        assertThat(text).startsWith("\"Lp.\";\"Numer uwagi\";\"Organizacja\"")
                .contains("\"1\";\"C-1\";\"Fundacja „Łąka”\";\"=\"\"0000123456\"\"\";\"" + today() + "\"",
                        "\"'=Dodać zapis o lokalach; \"\"cytat\"\"\"", "\"Bo tak\njest lepiej\"", "\"uwzględniona\";\"Uwzględniono.\"",
                        "\"nieuwzględniona\"");
        // commenters' names and e-mail addresses stay with the coordination team: not in the report, register or package
        assertThat(text).doesNotContain("anna@example.org", "Anna Nowak", "jan@example.org", "Jan Kowalski");
        assertThat(entry(report.getBody(), "word/document.xml")).doesNotContain("anna@example.org", "Anna Nowak", "jan@example.org");

        var zip = demo().getForEntity(url("/council-package"), byte[].class);
        assertThat(zip.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(zip.getHeaders().getContentType()).isEqualTo(MediaType.parseMediaType("application/zip"));
        assertThat(zip.getHeaders().getContentDisposition().getFilename())
                .isEqualTo("Pakiet dla Rady – program współpracy " + year + " – projekt.zip");
        Map<String, byte[]> entries = unzip(zip.getBody());
        String draft = "1_projekt_uchwaly_druk_nr_1234_program_wspolpracy_" + year + ".docx";
        assertThat(entries).containsOnlyKeys(draft, "2_uzasadnienie_do_projektu_uchwaly_program_wspolpracy_" + year + ".docx",
                "3_raport_z_konsultacji_program_wspolpracy_" + year + ".docx", "4_opinia_rady_dzialalnosci_pozytku_publicznego.docx");
        String stored = jdbc.queryForObject("select sha256 from draft_version where programme_id = ? and number = 4", String.class, programmeId);
        assertThat(SnapshotJson.sha256(entries.get(draft))).isEqualTo(stored);
        for (var document : entries.entrySet()) {
            assertThat(entry(document.getValue(), "word/document.xml")).as(document.getKey())
                    .doesNotContain("anna@example.org", "Anna Nowak", "jan@example.org", "Jan Kowalski");
        }
        String opinion = entry(entries.get("4_opinia_rady_dzialalnosci_pozytku_publicznego.docx"), "word/document.xml");
        assertThat(opinion).contains(">OPINIA<", ">Krakowska Rada Działalności Pożytku Publicznego<",
                " otrzymała projekt programu do zaopiniowania w dniu ", "Opinia pozytywna.", "Z uwagami.")
                .doesNotContain("Opinia Krakowska", "${", "INFORMACJA");
    }

    @Test
    void whileTheConsultationIsOpenThereIsNoReportAndNoCouncilPackage() throws IOException {
        Long open = programmes.registerForProcess(new NewProgramme(ProgrammeKind.ANNUAL, year, year,
                "Program w konsultacjach " + year, (Calendar) null), "no-process").getId();
        drafting.recordVersion(open, DraftStage.CONSULTATION, null);
        consultations.open(open);

        var report = demo().getForEntity("/api/programmes/" + open + "/consultation/report", String.class);
        assertThat(report.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(json.readTree(report.getBody()).get("detail").asText())
                .startsWith("Raport z konsultacji powstaje po ich zakończeniu; konsultacje trwają do ");
        var pack = demo().getForEntity("/api/programmes/" + open + "/council-package", String.class);
        assertThat(pack.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(json.readTree(pack.getBody()).get("detail").asText()).contains("Pakiet dla Rady powstaje, gdy projekt");
        assertThat(demo().getForEntity("/api/programmes/" + open + "/consultation/register.csv", byte[].class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void twoVersionsCompareAsTrackedChangesOfTheNewerByItsAuthor() throws IOException {
        ResponseEntity<byte[]> response = demo().getForEntity(url("/drafts/compare?from=1&to=3"), byte[].class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType()).hasToString(DocxDocuments.DOCX);
        assertThat(response.getHeaders().getContentDisposition().getFilename()).isEqualTo(
                "Porównanie – program współpracy " + year + " – wersja 1 z wersją 3.docx");
        String document = entry(response.getBody(), "word/document.xml");
        assertThat(document).contains("<w:ins ", "<w:del ", "<w:delText", "Porównanie wersji 3 (Projekt po konsultacjach, ")
                .doesNotContain("w:author=\"system\"");
        String same = entry(demo().getForEntity(url("/drafts/compare?from=3&to=3"), byte[].class).getBody(), "word/document.xml");
        assertThat(same).doesNotContain("<w:ins ", "<w:del ");

        assertThat(demo().getForEntity(url("/drafts/compare?from=1&to=99"), String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        var noFrom = demo().getForEntity(url("/drafts/compare?to=3"), String.class);
        assertThat(noFrom.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(noFrom.getBody()).at("/errors/0/field").asText()).isEqualTo("from");
    }

    @Test
    void unknownVersionsAndProgrammesAreProblemsAndStrangersAreTurnedAway() throws IOException {
        var missing = demo().getForEntity(url("/drafts/99"), String.class);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(missing.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json.readTree(missing.getBody()).get("detail").asText()).contains("Draft version 99");

        assertThat(demo().getForEntity(url("/drafts/99/justification"), String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(demo().getForEntity(url("/drafts/abc"), String.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        var unknown = demo().getForEntity("/api/programmes/987654/drafts/1", String.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(demo().getForEntity("/api/programmes/987654/consultation/report", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(demo().getForEntity("/api/programmes/987654/council-package", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.getForEntity(url("/drafts/1"), String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private TestRestTemplate demo() {
        return http.withBasicAuth("demo", "demo");
    }

    private String url(String path) {
        return "/api/programmes/" + programmeId + path;
    }

    private String today() {
        return LocalDate.now(municipalityZone).format(TypedDates.DAY);
    }

    static String entry(byte[] zip, String name) throws IOException {
        byte[] bytes = unzip(zip).get(name);
        assertThat(bytes).as(name).isNotNull();
        return new String(bytes, StandardCharsets.UTF_8);
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
