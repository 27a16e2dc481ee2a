package pl.wspolnie.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import pl.wspolnie.drafting.DraftStage;
import pl.wspolnie.drafting.DraftingService;
import pl.wspolnie.support.Cycles;
import pl.wspolnie.support.DocxZip;
import pl.wspolnie.support.Http;
import pl.wspolnie.support.StaffSession;
import pl.wspolnie.support.WebIntegrationTest;

/** The staff's drafting pages over HTTP with a Tasklist login: the text, a unit's edit, the Word round-trip. */
@WebIntegrationTest
class DraftingPagesIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    DraftingService drafting;

    Http api;
    long id;
    String page;

    @BeforeEach
    void programme() {
        api = new Http(port, "coordinator");
        id = Cycles.withOpenCall(api, 2093, "Program współpracy na rok 2093");
        drafting.recordVersion(id, DraftStage.DRAFT_ASSEMBLED, null);
        page = "/drafting/programmes/" + id;
    }

    @Test
    void withoutATasklistLoginThePageSendsToTheLoginAndWithItShowsTheTextInPolish() {
        var anonymous = new Http(port, null).get(page);
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.location()).get().asString().contains("/logowanie-tasklist");

        var shown = StaffSession.tasklist(port, "coordinator").get(page);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.html()).contains("Program współpracy na rok 2093", "nabór propozycji", "§ 7", "Praca w Wordzie")
                .doesNotContain("CALL_FOR_PROPOSALS");
        // the person by name, as Tasklist's header shows them, not by login
        assertThat(shown.html()).contains("<strong>Katarzyna Koordynatorka</strong>").doesNotContain("<strong>coordinator</strong>");
    }

    @Test
    void aCoordinatorChangesAUnitAndTheHistoryNamesThemASectorTeamMayNot() {
        JsonNode unit = unit("§ 7");
        String unitPage = page + "/units/" + unit.get("id").asLong();
        String changed = unit.get("text").asText().replace("realizowany", "wykonywany");
        StaffSession coordinator = StaffSession.tasklist(port, "coordinator");

        var saved = coordinator.postForm(unitPage, unitPage, Map.of("text", changed, "reason", "Prostsze słowo"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(unit("§ 7").get("text").asText()).isEqualTo(changed);
        assertThat(coordinator.get(unitPage).html()).contains("Historia zmian", "Katarzyna Koordynatorka", "Prostsze słowo");
        assertThat(coordinator.get(page).html()).contains("ostatnia zmiana: Katarzyna Koordynatorka, ");

        StaffSession culture = StaffSession.tasklist(port, "culture");
        assertThat(culture.get(unitPage).status()).isEqualTo(403);
        var refused = culture.postForm(page + "/word", unitPage, Map.of("text", "Cudze brzmienie"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(unit("§ 7").get("text").asText()).isEqualTo(changed);
    }

    @Test
    void aWordFileIsCheckedWordByWordAndStoredOnlyWhenConfirmed() {
        JsonNode unit = unit("§ 7");
        StaffSession coordinator = StaffSession.tasklist(port, "coordinator");
        String word = page + "/word";
        assertThat(coordinator.get(word).html()).contains("Pobierz projekt: wersja 1", "/api/programmes/" + id + "/drafts/1");
        byte[] draft = coordinator.download("/api/programmes/" + id + "/drafts/1");
        byte[] edited = DocxZip.edit(draft, DocxZip.DOCUMENT, DocxZip.replaceWord("realizowany", "wykonywany"));

        var checked = coordinator.postFile(word, word, "file", "projekt.docx", edited);
        assertThat(checked.status()).as(checked.html()).isEqualTo(200);
        assertThat(checked.html()).contains("Plik zmienia 1 jednostkę", "§ 7",
                "<del class=\"diff-del\">realizowany</del>", "<ins class=\"diff-ins\">wykonywany</ins>");
        assertThat(unit("§ 7").get("text").asText()).isEqualTo(unit.get("text").asText());

        var confirmed = coordinator.postForm(word, word + "/confirm", Map.of("sha", sha(checked.html()), "reason", "Z Worda"));
        assertThat(confirmed.status()).isEqualTo(302);
        assertThat(unit("§ 7").get("text").asText()).isEqualTo(unit.get("text").asText().replace("realizowany", "wykonywany"));
        assertThat(coordinator.get(page).html()).contains("Zapisano zmiany z pliku projekt.docx: § 7.");

        // confirming the same upload twice stores nothing more; a damaged file is refused naming the file
        assertThat(coordinator.postForm(word, word + "/confirm", Map.of("sha", sha(checked.html()))).status()).isEqualTo(409);
        var damaged = coordinator.postFile(word, word, "file", "zly.docx", "to nie jest plik Worda".getBytes());
        assertThat(damaged.status()).isEqualTo(400);
        assertThat(damaged.html()).contains("Nie wczytano pliku", "Plik:", "nie jest poprawnym dokumentem DOCX");
        assertThat(api.get("/api/programmes/" + id + "/text/units/" + unit.get("id").asLong() + "/edits").body()).hasSize(1);
    }

    private static String sha(String html) {
        var m = java.util.regex.Pattern.compile("name=\"sha\" value=\"([0-9a-f]{64})\"").matcher(html);
        assertThat(m.find()).as("the page offers the checked file for confirmation").isTrue();
        return m.group(1);
    }

    private JsonNode unit(String label) {
        JsonNode units = api.get("/api/programmes/" + id + "/text").body().get("units");
        return StreamSupport.stream(units.spliterator(), false).filter(u -> u.get("label").asText().equals(label))
                .findFirst().orElseThrow();
    }
}
