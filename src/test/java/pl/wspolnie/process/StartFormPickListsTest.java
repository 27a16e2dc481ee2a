package pl.wspolnie.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pl.wspolnie.municipality.MunicipalityProfile;

/**
 * The proposal start form's sectors and departments come from the municipality profile, and a department's staff get
 * only their own department, already chosen.
 */
class StartFormPickListsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode krakow = read("src/main/resources/municipality/krakow.json");
    private final PickLists lists = new PickLists(profile(krakow), null);

    @Test
    void theFormNamesItsListsInsteadOfCarryingThem() {
        JsonNode form = read("forms/proposal-submission.form");
        assertThat(component(form, "sector").path("valuesKey").asText()).isEqualTo(PickLists.SECTORS);
        assertThat(component(form, "submitterCode").path("valuesKey").asText()).isEqualTo(PickLists.DEPARTMENTS);
        assertThat(component(form, "submitterCode").has("values")).isFalse();
    }

    @Test
    void theCoordinationTeamPicksAnyDepartmentOfTheProfile() {
        JsonNode form = filled(Set.of("coordination-team"));
        assertThat(options(form, "sector")).isEqualTo(pairs(krakow.get("sectors")));
        assertThat(options(form, "submitterCode")).isEqualTo(pairs(krakow.get("departments"))).hasSize(8);
        assertThat(component(form, "submitterCode").has("valuesKey")).isFalse();
        assertThat(component(form, "submitterCode").has("defaultValue")).isFalse();
    }

    @Test
    void aDepartmentsStaffGetTheirOwnDepartmentChosen() {
        JsonNode form = filled(Set.of("departments", "department-wks"));
        assertThat(options(form, "submitterCode")).containsExactly("WKS=Wydział Kształtowania Środowiska");
        assertThat(component(form, "submitterCode").path("defaultValue").asText()).isEqualTo("WKS");
        assertThat(options(form, "sector")).hasSize(8);
    }

    @Test
    void someoneInTwoDepartmentsChoosesBetweenThem() {
        JsonNode form = filled(Set.of("department-we", "department-ws"));
        assertThat(options(form, "submitterCode")).containsExactly("WE=Wydział Edukacji", "WS=Wydział Sportu");
        assertThat(component(form, "submitterCode").has("defaultValue")).isFalse();
    }

    @Test
    void aCoordinatorInADepartmentStillPicksAny() {
        assertThat(options(filled(Set.of("coordination-team", "department-wks")), "submitterCode")).hasSize(8);
        assertThat(options(filled(Set.of("sector-culture")), "submitterCode")).as("in no department: the intake explains")
                .hasSize(8);
    }

    private JsonNode filled(Set<String> groups) {
        return StartFormPickLists.fill(read("forms/proposal-submission.form"), lists.startFormLists(groups));
    }

    private static MunicipalityProfile profile(JsonNode root) {
        List<MunicipalityProfile.Sector> sectors = new ArrayList<>();
        root.get("sectors").forEach(s -> sectors.add(new MunicipalityProfile.Sector(s.get("code").asText(), s.get("name").asText(),
                s.get("group").asText(), s.path("department").asText(null))));
        List<MunicipalityProfile.Department> departments = new ArrayList<>();
        root.get("departments").forEach(d -> departments.add(new MunicipalityProfile.Department(d.get("code").asText(),
                d.get("name").asText())));
        return new MunicipalityProfile("Kraków", "Rada", "Prezydent", "KRDPP", 21, 14, MonthDay.of(11, 30), sectors, departments);
    }

    private static JsonNode component(JsonNode node, String key) {
        if (key.equals(node.path("key").asText())) {
            return node;
        }
        for (JsonNode child : node.path("components")) {
            JsonNode found = component(child, key);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static List<String> options(JsonNode form, String key) {
        List<String> found = new ArrayList<>();
        component(form, key).path("values").forEach(v -> found.add(v.get("value").asText() + "=" + v.get("label").asText()));
        return found;
    }

    private static List<String> pairs(JsonNode entries) {
        List<String> found = new ArrayList<>();
        entries.forEach(e -> found.add(e.get("code").asText() + "=" + e.get("name").asText()));
        return found;
    }

    private static JsonNode read(String path) {
        try {
            return JSON.readTree(new File(path));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
