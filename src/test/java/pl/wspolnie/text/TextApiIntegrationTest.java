package pl.wspolnie.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import pl.wspolnie.programme.ProgrammeService;
import pl.wspolnie.programme.Stage;
import pl.wspolnie.support.Cycles;
import pl.wspolnie.support.Http;
import pl.wspolnie.support.WebIntegrationTest;

/** The text API: read the units with their labels, edit one — permissions, freeze, validation, history, carry-over. */
@WebIntegrationTest
class TextApiIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TextService service;

    Http coordinator;
    long id;
    JsonNode text;

    @BeforeEach
    void programme() {
        coordinator = new Http(port, "coordinator");
        id = Cycles.withOpenCall(coordinator, 2095, "Program współpracy na rok 2095");
        var response = coordinator.get("/api/programmes/" + id + "/text");
        assertThat(response.status()).isEqualTo(200);
        text = response.body();
    }

    @Test
    void theTextIsReadAsUnitsWithLabelsKindsAndStatutoryElements() {
        assertThat(text.get("unitMaxLength").asInt()).isEqualTo(20000);
        assertThat(labels()).startsWith("podstawa prawna uchwały", "§ 1 uchwały").contains("Rozdział 6", "§ 8 ust. 5", "§ 5 pkt 1 lit. b");
        JsonNode chapter = unit("Rozdział 6");
        assertThat(chapter.get("kind").asText()).isEqualTo("CHAPTER");
        assertThat(chapter.get("heading").asText()).isEqualTo("Priorytetowe zadania publiczne");
        assertThat(chapter.get("statutoryElement").asText()).isEqualTo("PRIORITY_TASKS");
        JsonNode culture = unit("§ 6 ust. 2");
        assertThat(culture.get("sector").asText()).isEqualTo("KULTURA");
        // no adopted programme before it and no resolution in force in the profile: the repeal clause has blanks to fill in
        assertThat(unit("§ 2 uchwały").get("text").asText()).startsWith("Traci moc uchwała nr …………………… Rady Miasta Krakowa z dnia ……………………");
        assertThat(unit("§ 5 uchwały").get("text").asText()).contains("z dniem 1 stycznia 2095 r.");
        assertThat(coordinator.get("/api/programmes/999999/text").status()).isEqualTo(404);
    }

    @Test
    void theCoordinationTeamEditsAnyUnitAndEveryEditIsKept() {
        long unitId = unit("§ 8 ust. 5").get("id").asLong();
        java.time.Instant before = java.time.Instant.now().minusSeconds(1);
        var edited = coordinator.put(path(unitId), Map.of("text", "Współpraca pozafinansowa obejmuje też dyżury.", "reason", "korekta"));

        assertThat(edited.status()).as(edited.text()).isEqualTo(200);
        assertThat(edited.body().get("label").asText()).isEqualTo("§ 8 ust. 5");
        assertThat(edited.body().get("text").asText()).isEqualTo("Współpraca pozafinansowa obejmuje też dyżury.");
        var history = coordinator.get(path(unitId) + "/edits").body();
        assertThat(history).hasSize(1);
        assertThat(history.get(0).get("editor").asText()).isEqualTo("coordinator");
        assertThat(history.get(0).get("before").asText()).startsWith("Współpraca pozafinansowa realizowana jest");
        assertThat(history.get(0).get("after").asText()).isEqualTo("Współpraca pozafinansowa obejmuje też dyżury.");
        assertThat(history.get(0).get("reason").asText()).isEqualTo("korekta");
        // who changed which unit between two points in time (what a redline attributes per bookmark wsp_u<id>)
        assertThat(service.lastEditsBetween(id, before, java.time.Instant.now().plusSeconds(1)))
                .containsOnlyKeys(unitId).extractingByKey(unitId).extracting(TextEdit::getEditor).isEqualTo("coordinator");
        assertThat(service.lastEditsBetween(id, java.time.Instant.now().plusSeconds(1), java.time.Instant.now().plusSeconds(2))).isEmpty();
        // the same wording again changes nothing and records nothing
        assertThat(coordinator.put(path(unitId), Map.of("text", "Współpraca pozafinansowa obejmuje też dyżury.")).status()).isEqualTo(200);
        assertThat(coordinator.get(path(unitId) + "/edits").body()).hasSize(1);
    }

    @Test
    void aSectorTeamEditsOnlyItsOwnSectorsUnits() {
        Http culture = coordinator.as("culture");
        long own = unit("§ 6 ust. 2").get("id").asLong();
        long education = unit("§ 6 ust. 3").get("id").asLong();
        long general = unit("§ 3").get("id").asLong();

        assertThat(culture.put(path(own), Map.of("text", "Kultura: opis zespołu.")).status()).isEqualTo(200);
        var forbidden = culture.put(path(education), Map.of("text", "Nie nasze."));
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.body().get("detail").asText()).contains("zespół koordynacyjny", "EDUKACJA");
        assertThat(culture.put(path(general), Map.of("text", "Nie nasze.")).status()).isEqualTo(403);
        assertThat(coordinator.get(path(education) + "/edits").body()).isEmpty();
    }

    @Test
    void theTextIsFrozenDuringConsultationAndAfterApprovalAndOpenInRevision() {
        long unitId = unit("§ 7").get("id").asLong();
        programmes.moveTo(id, Stage.CONSULTATION);
        var frozen = coordinator.put(path(unitId), Map.of("text", "Program realizowany jest w 2095 r."));
        assertThat(frozen.status()).isEqualTo(409);
        assertThat(frozen.body().get("detail").asText()).contains("zamrożony", "konsultacje");
        assertThat(coordinator.get("/api/programmes/" + id + "/text").body().get("frozen").asText()).contains("zamrożony");

        programmes.moveTo(id, Stage.REVISION);
        assertThat(coordinator.put(path(unitId), Map.of("text", "Program realizowany jest w 2095 r.")).status()).isEqualTo(200);
        programmes.moveTo(id, Stage.AWAITING_COUNCIL);
        assertThat(coordinator.put(path(unitId), Map.of("text", "Inaczej.")).body().get("detail").asText()).contains("Rad");
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsStored() {
        long unitId = unit("§ 7").get("id").asLong();
        assertThat(field(coordinator.put(path(unitId), Map.of("text", "x".repeat(20001))))).isEqualTo("text");
        assertThat(field(coordinator.put(path(unitId), Map.of("text", "W roku ${firstYear}.")))).isEqualTo("text");
        assertThat(field(coordinator.put(path(unitId), Map.of("reason", "bez tekstu")))).isEqualTo("text");
        assertThat(field(coordinator.put(path(unitId), Map.of("text", "Nowy.", "answers", List.of("UW-2095-NIEMA"))))).isEqualTo("answers");
        assertThat(field(coordinator.put(path(unit("Rozdział 7").get("id").asLong()), Map.of("text", "Rozdział jako tekst")))).isEqualTo("text");
        assertThat(coordinator.put(path(999999), Map.of("text", "x")).status()).isEqualTo(404);
        long other = Cycles.withOpenCall(coordinator, 2096, "Program współpracy na rok 2096");
        assertThat(coordinator.put("/api/programmes/" + other + "/text/units/" + unitId, Map.of("text", "x")).status()).isEqualTo(404);
        assertThat(coordinator.get(path(unitId) + "/edits").body()).isEmpty();
        // the database refuses what the API refuses
        assertThatThrownBy(() -> jdbc.update("update text_unit set text = ? where id = ?", "x".repeat(20001), unitId))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aNewProgrammeStartsFromTheLastAdoptedOneWithItsYearsRenumbered() {
        long unitId = unit("§ 8 ust. 2").get("id").asLong();
        coordinator.put(path(unitId), Map.of("text", "Koordynatorem w 2095 r. jest Wydział Polityki Społecznej."));
        programmes.moveTo(id, Stage.ADOPTED);

        long next = Cycles.withOpenCall(coordinator, 2097, "Program współpracy na rok 2097");
        JsonNode carried = coordinator.get("/api/programmes/" + next + "/text").body();

        assertThat(carried.get("source").get("kind").asText()).isEqualTo("CARRY_OVER");
        assertThat(carried.get("source").get("programmeId").asLong()).isEqualTo(id);
        assertThat(unit(carried, "§ 8 ust. 2").get("text").asText()).isEqualTo("Koordynatorem w 2097 r. jest Wydział Polityki Społecznej.");
        assertThat(unit(carried, "§ 1 uchwały").get("text").asText()).contains("„Program współpracy na rok 2097”");
        assertThat(unit(carried, "§ 8 ust. 2").get("id").asLong()).isNotEqualTo(unitId);
    }

    private String path(long unitId) {
        return "/api/programmes/" + id + "/text/units/" + unitId;
    }

    private static String field(Http.Response response) {
        assertThat(response.status()).as(response.text()).isEqualTo(400);
        return response.body().get("errors").get(0).get("field").asText();
    }

    private List<String> labels() {
        return StreamSupport.stream(text.get("units").spliterator(), false).map(u -> u.get("label").asText()).toList();
    }

    private JsonNode unit(String label) {
        return unit(text, label);
    }

    private static JsonNode unit(JsonNode text, String label) {
        return StreamSupport.stream(text.get("units").spliterator(), false).filter(u -> u.get("label").asText().equals(label))
                .findFirst().orElseThrow(() -> new AssertionError("no unit " + label));
    }
}
