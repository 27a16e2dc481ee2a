package pl.wspolnie.municipality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The shipped Kraków profile: the wording the city decides and the department behind each sectoral team. */
class MunicipalityProfileConfigurationTest {

    private final ObjectMapper json = new ObjectMapper();

    private JsonNode krakow() throws Exception {
        return json.readTree(new ClassPathResource("municipality/krakow.json").getInputStream());
    }

    @Test
    void krakowWordsItsTitleAndSignatureAndNamesADepartmentForEveryTeam() throws Exception {
        MunicipalityProfile profile = MunicipalityProfileConfiguration.parse(krakow(), "krakow.json");

        assertThat(profile.councilChair()).isEqualTo("Przewodniczący Rady Miasta Krakowa");
        assertThat(profile.programmeTitle(2027, 2027)).contains("Program Współpracy Gminy Miejskiej Kraków na rok 2027 z "
                + "organizacjami pozarządowymi oraz podmiotami określonymi w art. 3 ust. 3 ustawy z dnia 24 kwietnia 2003 r. o "
                + "działalności pożytku publicznego i o wolontariacie");
        assertThat(profile.programmeTitle(2028, 2031)).get().asString().startsWith("Wieloletni Program Współpracy")
                .contains("na lata 2028–2031");
        assertThat(profile.sectors()).allSatisfy(s -> assertThat(profile.department(s.department())).isPresent());
        assertThat(profile.wording().inForce()).isNull();
    }

    @Test
    void aResolutionInForceIsReadAndAnUnknownDepartmentIsRefused() throws Exception {
        ObjectNode root = (ObjectNode) krakow();
        ((ObjectNode) root.get("wording")).set("resolutionInForce", json.readTree(
                "{\"number\": \"XXV/612/25\", \"date\": \"2025-11-26\", \"title\": \"Program na rok 2026\"}"));
        assertThat(MunicipalityProfileConfiguration.parse(root, "p").wording().inForce())
                .isEqualTo(new MunicipalityProfile.Resolution("XXV/612/25", LocalDate.of(2025, 11, 26), "Program na rok 2026"));

        ((ObjectNode) root.get("sectors").get(0)).put("department", "NIEMA");
        assertThatThrownBy(() -> MunicipalityProfileConfiguration.parse(root, "p")).hasMessageContaining("unknown department NIEMA");
    }
}
