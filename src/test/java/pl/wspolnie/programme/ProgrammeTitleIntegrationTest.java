package pl.wspolnie.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import pl.wspolnie.support.Http;
import pl.wspolnie.support.WebIntegrationTest;

/**
 * A cycle started without a title gets the one the municipality's resolutions use for its years (the Tasklist start
 * form leaves the field empty unless the coordinator writes another); a title given is kept as written.
 */
@WebIntegrationTest
class ProgrammeTitleIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void withoutATitleTheProfilesFormOfTheTitleIsUsed() {
        Http coordinator = new Http(port, "coordinator");
        var annual = coordinator.post("/api/programmes", Map.of("kind", "ANNUAL", "firstYear", 2041, "lastYear", 2041));
        assertThat(annual.status()).as(annual.text()).isEqualTo(201);
        assertThat(annual.body().get("title").asText())
                .startsWith("Program Współpracy Gminy Miejskiej Kraków na rok 2041 z organizacjami pozarządowymi");

        var multiYear = coordinator.post("/api/programmes", Map.of("kind", "MULTI_YEAR", "firstYear", 2041, "lastYear", 2043,
                "title", "  "));
        assertThat(multiYear.status()).as(multiYear.text()).isEqualTo(201);
        assertThat(multiYear.body().get("title").asText()).contains("2041", "2043");

        var named = coordinator.post("/api/programmes", Map.of("kind", "ANNUAL", "firstYear", 2042, "lastYear", 2042,
                "title", " Program współpracy na rok 2042 "));
        assertThat(named.body().get("title").asText()).isEqualTo("Program współpracy na rok 2042");
    }
}
