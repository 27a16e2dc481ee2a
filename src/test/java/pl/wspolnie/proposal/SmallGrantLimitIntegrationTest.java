package pl.wspolnie.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import pl.wspolnie.support.Cycles;
import pl.wspolnie.support.Http;
import pl.wspolnie.support.WebIntegrationTest;

/**
 * Art. 19a: one organisation gets at most 20 000 zł in small grants in a year. Its proposals are known by KRS (or
 * by name without one), counted in the year they are planned for, and those of other organisations or years do not
 * count — read from the organisation's small grants of that year only, not from the whole programme.
 */
@WebIntegrationTest
class SmallGrantLimitIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void anOrganisationsSmallGrantsOfAYearStayWithinTheLimit() {
        Http coordinator = new Http(port, "coordinator");
        long programme = Cycles.withOpenCall(coordinator, 2039, 2040, "Program współpracy na lata 2039–2040 (art. 19a) "
                + System.nanoTime());
        String krs = "0000123456";

        assertThat(send(coordinator, programme, "Fundacja Pod Kopcem", krs, "9000,00", 2039).status()).isEqualTo(201);
        assertThat(send(coordinator, programme, "Fundacja Pod Kopcem (oddział)", krs, "9000,00", 2039).status()).isEqualTo(201);
        var over = send(coordinator, programme, "Fundacja Pod Kopcem", krs, "5000,00", 2039);
        assertThat(over.status()).as(over.text()).isEqualTo(400);
        assertThat(over.text()).contains("plannedAmountPln", "przekracza limit 20", "18" + '\u00a0' + "000,00");

        assertThat(send(coordinator, programme, "Fundacja Pod Kopcem", krs, "5000,00", 2040).status()).as("another year").isEqualTo(201);
        assertThat(send(coordinator, programme, "Stowarzyszenie Nad Wisłą", "0000654321", "5000,00", 2039).status())
                .as("another organisation").isEqualTo(201);
    }

    private static Http.Response send(Http coordinator, long programme, String name, String krs, String amount, int year) {
        return coordinator.post("/api/programmes/" + programme + "/proposals", Map.of(
                "externalRef", "19A-" + System.nanoTime(),
                "submitter", Map.of("type", "NGO", "name", name, "krs", krs, "email", "biuro@kopiec.example.org"),
                "sector", "KULTURA", "title", "Małe zadanie kulturalne", "description", "Warsztaty w dzielnicy.",
                "justification", "Potrzeba mieszkańców.", "form", "TRYB_POZAKONKURSOWY", "mode", "WSPIERANIE",
                "plannedAmountPln", amount, "years", List.of(year)));
    }
}
