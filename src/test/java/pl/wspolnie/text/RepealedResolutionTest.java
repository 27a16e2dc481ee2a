package pl.wspolnie.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import pl.wspolnie.municipality.MunicipalityProfile;

/** Without an adopted programme in the system, the repeal clause names the profile's resolution in force, or leaves blanks. */
class RepealedResolutionTest {

    private static MunicipalityProfile profile(MunicipalityProfile.Resolution inForce) {
        return new MunicipalityProfile("Gmina Miejska Kraków", "Rada Miasta Krakowa", "Prezydent Miasta Krakowa", "KRDPP", 21, 14,
                MonthDay.of(11, 30), List.of(new MunicipalityProfile.Sector("KULTURA", "Kultura", "sector-culture")), List.of(),
                new MunicipalityProfile.Wording(null, null, null, inForce));
    }

    @Test
    void theProfilesResolutionInForceElseBlanksToFillIn() {
        var inForce = new MunicipalityProfile.Resolution("XXV/612/25", LocalDate.of(2025, 11, 26), "Program na rok 2026");
        assertThat(new RepealedResolution(null, profile(inForce)).fields(Optional.empty())).isEqualTo(Map.of(
                "repealedNumber", "XXV/612/25", "repealedDate", "26 listopada 2025", "repealedTitle", "Program na rok 2026"));
        assertThat(new RepealedResolution(null, profile(null)).fields(Optional.empty())).isEqualTo(Map.of(
                "repealedNumber", RepealedResolution.BLANK, "repealedDate", RepealedResolution.BLANK,
                "repealedTitle", RepealedResolution.BLANK));
    }
}
