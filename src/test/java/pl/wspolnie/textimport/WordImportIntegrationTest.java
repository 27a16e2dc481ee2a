package pl.wspolnie.textimport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import pl.wspolnie.drafting.DraftStage;
import pl.wspolnie.drafting.DraftingService;
import pl.wspolnie.programme.ProgrammeService;
import pl.wspolnie.programme.Stage;
import pl.wspolnie.support.Cycles;
import pl.wspolnie.support.DocxZip;
import pl.wspolnie.support.Http;
import pl.wspolnie.support.WebIntegrationTest;

/** The Word round-trip over HTTP: a rendered draft uploaded unchanged, with one word changed, tracked, refused. */
@WebIntegrationTest
class WordImportIntegrationTest {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @LocalServerPort
    int port;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    DraftingService drafting;

    Http coordinator;
    long id;
    byte[] draft;
    JsonNode text;

    @BeforeEach
    void programmeWithAVersion() {
        coordinator = new Http(port, "coordinator");
        id = Cycles.withOpenCall(coordinator, 2091, "Program współpracy na rok 2091");
        drafting.recordVersion(id, DraftStage.DRAFT_ASSEMBLED, null);
        draft = drafting.draft(id, 1).bytes();
        text = coordinator.get("/api/programmes/" + id + "/text").body();
    }

    @Test
    void theUnchangedDownloadYieldsNoChange() {
        var response = upload(draft, "true");
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        assertThat(response.body().get("changes")).isEmpty();
        assertThat(response.body().get("version").asInt()).isEqualTo(1);
    }

    @Test
    void oneChangedWordIsExactlyThatUnitAndIsStoredAsTheUploadersEdit() {
        JsonNode unit = unit("§ 7");
        byte[] edited = DocxZip.edit(draft, DocxZip.DOCUMENT, DocxZip.replaceWord("realizowany", "wykonywany"));

        var dry = upload(edited, "true");
        assertThat(dry.status()).as(dry.text()).isEqualTo(200);
        assertThat(dry.body().get("changes")).hasSize(1);
        JsonNode change = dry.body().get("changes").get(0);
        assertThat(change.get("id").asLong()).isEqualTo(unit.get("id").asLong());
        assertThat(change.get("label").asText()).isEqualTo("§ 7");
        assertThat(change.get("before").asText()).isEqualTo(unit.get("text").asText());
        assertThat(change.get("after").asText()).isEqualTo(unit.get("text").asText().replace("realizowany", "wykonywany"));
        assertThat(change.get("diff").toString()).contains("{\"op\":\"DELETE\",\"text\":\"realizowany\"}",
                "{\"op\":\"INSERT\",\"text\":\"wykonywany\"}");
        assertThat(edits(unit)).isEmpty();

        var stored = coordinator.postFile(path("false") + "&reason=Poprawka+z+Worda", "file", "projekt.docx", DOCX, edited);
        assertThat(stored.status()).as(stored.text()).isEqualTo(200);
        assertThat(stored.body().get("stored").asBoolean()).isTrue();
        JsonNode history = edits(unit);
        assertThat(history).hasSize(1);
        assertThat(history.get(0).get("editor").asText()).isEqualTo("coordinator");
        assertThat(history.get(0).get("reason").asText()).isEqualTo("Poprawka z Worda");
        // the same file again: the text already says it
        assertThat(upload(edited, "true").body().get("changes")).isEmpty();
    }

    @Test
    void anEditMadeWithTrackChangesCountsAsAccepted() {
        JsonNode unit = unit("§ 7");
        byte[] edited = DocxZip.edit(draft, DocxZip.DOCUMENT, DocxZip.trackedReplace("realizowany", "wykonywany"));
        JsonNode changes = upload(edited, "true").body().get("changes");
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).get("after").asText()).isEqualTo(unit.get("text").asText().replace("realizowany", "wykonywany"));
    }

    @Test
    void aSectorTeamMayNotStoreAnotherUnitAndAFrozenTextIsOnlyChecked() {
        JsonNode unit = unit("§ 7");
        byte[] edited = DocxZip.edit(draft, DocxZip.DOCUMENT, DocxZip.replaceWord("realizowany", "wykonywany"));
        var forbidden = coordinator.as("culture").postFile(path("false"), "file", "projekt.docx", DOCX, edited);
        assertThat(forbidden.status()).as(forbidden.text()).isEqualTo(403);
        assertThat(forbidden.body().get("detail").asText()).contains("§ 7", "nic nie zapisano");

        programmes.moveTo(id, Stage.CONSULTATION);
        var checked = upload(edited, "true");
        assertThat(checked.status()).isEqualTo(200);
        assertThat(checked.body().get("changes")).hasSize(1);
        assertThat(checked.body().get("frozen").asText()).contains("zamrożony");
        var frozen = upload(edited, "false");
        assertThat(frozen.status()).isEqualTo(409);
        assertThat(frozen.body().get("detail").asText()).contains("konsultacje");
        assertThat(edits(unit)).isEmpty();
    }

    @Test
    void filesThatCannotBeMappedAreRefusedNamingTheFileAndTheUnit() {
        JsonNode unit = unit("§ 8 ust. 5");
        String marker = "w:name=\"wsp_u" + unit.get("id").asLong() + "\"";
        refused(DocxZip.edit(draft, DocxZip.DOCUMENT, xml -> xml.replace(marker, "w:name=\"_GoBack\"")),
                "Brak znacznika jednostki § 8 ust. 5 — nie usuwaj");
        refused("to nie jest plik Worda".getBytes(), "nie jest poprawnym dokumentem DOCX");
        refused(java.util.Arrays.copyOf(draft, draft.length / 3), "uszkodzony");
        refused(DocxZip.edit(draft, DocxZip.DOCUMENT, xml -> xml.replace("w:name=\"wsp_u", "w:name=\"wsp_u9")),
                "nie należy do żadnej jednostki");
        refused(DocxZip.edit(draft, DocxZip.DOCUMENT, DocxZip.replaceWord("realizowany", "x".repeat(20001))),
                "jednostka § 7 ma po zmianie");
        long other = Cycles.withOpenCall(coordinator, 2092, "Program współpracy na rok 2092");
        var wrong = coordinator.postFile("/api/programmes/" + other + "/text/import?dryRun=true", "file", "projekt.docx", DOCX, draft);
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body().get("errors").get(0).get("message").asText()).contains("innego programu (nr " + id + ")");
    }

    private void refused(byte[] file, String message) {
        var response = upload(file, "false");
        assertThat(response.status()).as(response.text()).isEqualTo(400);
        assertThat(response.body().get("errors").get(0).get("field").asText()).isEqualTo("file");
        assertThat(response.body().get("errors").toString()).contains(message);
        assertThat(coordinator.get("/api/programmes/" + id + "/text").body().get("units")).isEqualTo(text.get("units"));
    }

    private Http.Response upload(byte[] file, String dryRun) {
        return coordinator.postFile(path(dryRun), "file", "projekt.docx", DOCX, file);
    }

    private String path(String dryRun) {
        return "/api/programmes/" + id + "/text/import?dryRun=" + dryRun;
    }

    private JsonNode edits(JsonNode unit) {
        return coordinator.get("/api/programmes/" + id + "/text/units/" + unit.get("id").asLong() + "/edits").body();
    }

    private JsonNode unit(String label) {
        return StreamSupport.stream(text.get("units").spliterator(), false).filter(u -> u.get("label").asText().equals(label))
                .findFirst().orElseThrow(() -> new AssertionError("no unit " + label));
    }
}
