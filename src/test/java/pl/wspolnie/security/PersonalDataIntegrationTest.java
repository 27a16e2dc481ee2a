package pl.wspolnie.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import pl.wspolnie.support.Cycles;
import pl.wspolnie.support.Http;
import pl.wspolnie.support.WebIntegrationTest;

/** An NGO's contact e-mail is read by the coordination team and administrators, not by every internal user. */
@WebIntegrationTest
class PersonalDataIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void onlyTheCoordinationTeamAndAdministratorsReadAnNgosEmail() {
        Http coordinator = new Http(port, "coordinator");
        long programme = Cycles.withOpenCall(coordinator, 2034, "Program współpracy na rok 2034 (dane osobowe)");
        String base = "/api/programmes/" + programme + "/proposals";
        var sent = coordinator.post(base, Map.of("externalRef", "NGO-1",
                "submitter", Map.of("type", "NGO", "name", "Fundacja Łąka", "krs", "0000123456", "email", "kontakt@laka.example.org"),
                "sector", "KULTURA", "title", "Zadanie fundacji", "description", "Opis.", "justification", "Uzasadnienie.",
                "form", "OTWARTY_KONKURS_OFERT", "mode", "WSPIERANIE", "plannedAmountPln", "1000.00", "years", List.of(2034)));
        assertThat(sent.status()).as(sent.text()).isEqualTo(201);
        String one = base + "/" + sent.body().get("id").asText();

        for (String reader : List.of("coordinator", "demo")) {
            assertThat(coordinator.as(reader).get(one).body().get("email").asText()).isEqualTo("kontakt@laka.example.org");
            assertThat(coordinator.as(reader).get(base).body().get(0).get("email").asText()).isEqualTo("kontakt@laka.example.org");
        }
        for (String other : List.of("krdpp", "mayor", "council", "department", "culture")) {
            var single = coordinator.as(other).get(one);
            assertThat(single.status()).isEqualTo(200);
            assertThat(single.body().has("email")).as(other).isFalse();
            assertThat(single.text()).doesNotContain("kontakt@laka");
            assertThat(coordinator.as(other).get(base).text()).as(other).doesNotContain("kontakt@laka");
        }
    }
}
