package pl.wspolnie.publicsite;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.wspolnie.meeting.MeetingFixtures.today;
import static pl.wspolnie.meeting.MeetingFixtures.typed;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import pl.wspolnie.meeting.RegistrationService;
import pl.wspolnie.support.Browser;
import pl.wspolnie.support.Cycles;
import pl.wspolnie.support.Http;
import pl.wspolnie.support.WebIntegrationTest;

/** The public meeting schedule and registration, read as a browser without JavaScript and a screen reader would. */
@WebIntegrationTest
class MeetingPagesIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    TaskService tasks;
    @Autowired
    RegistrationService registrations;

    Http culture;
    Browser browser;
    long programmeId;

    @BeforeEach
    void programme() {
        Http coordinator = new Http(port, "coordinator");
        culture = coordinator.as("culture");
        browser = new Browser(port);
        programmeId = Cycles.withOpenCall(coordinator, 2027, "Program współpracy na rok 2027 (spotkania publiczne)");
    }

    /** Planned over the API by the culture team and confirmed in its task: on the public schedule. */
    long published(String topic, LocalDate day, LocalDate deadline, int capacity) {
        var planned = culture.post("/api/programmes/" + programmeId + "/meetings", Map.of("kind", "SECTOR", "topic", topic,
                "sectors", List.of("KULTURA"), "date", typed(day), "startTime", "17:00", "endTime", "19:00",
                "place", "Pałac Sztuki, pl. Szczepański 4", "capacity", capacity, "moderator", "Anna Nowak",
                "registrationDeadline", typed(deadline)));
        assertThat(planned.status()).as(planned.text()).isEqualTo(201);
        long id = planned.body().get("id").asLong();
        assertThat(browser.open("/spotkania/" + id).status()).as("not public before the team confirms").isEqualTo(404);
        tasks.complete(tasks.createTaskQuery().processInstanceId(planned.body().get("processInstanceId").asText())
                .singleResult().getId(), Map.of());
        return id;
    }

    Map<String, String> valid(String email) {
        return new HashMap<>(Map.of("organisation", "Fundacja Łąka", "krs", "0000123456", "person", "Zofia Kamińska",
                "email", email, "needs", "Pętla indukcyjna", "publishConsent", "true"));
    }

    @Test
    void theScheduleListsUpcomingMeetingsBySectorInPolish() {
        long id = published("Festiwale dzielnicowe 2027", today().plusDays(12), today().plusDays(8), 30);

        var page = browser.open("/spotkania");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().selectFirst("html").attr("lang")).isEqualTo("pl");
        var card = page.html().select("#nadchodzace ~ ul .card").stream()
                .filter(c -> c.text().contains("Festiwale dzielnicowe 2027")).findFirst().orElseThrow();
        assertThat(card.text()).contains("spotkanie branżowe", "Kultura i sztuka", "godz. 17:00", "wolnych miejsc: 30");
        assertThat(card.selectFirst("a.button").attr("href")).isEqualTo("/spotkania/" + id);
        assertThat(browser.open("/spotkania?obszar=SPORT").html().text()).doesNotContain("Festiwale dzielnicowe 2027");
        assertThat(browser.open("/spotkania?obszar=KULTURA").html().text()).contains("Festiwale dzielnicowe 2027");
        assertThat(page.html().select("script")).isEmpty();
    }

    @Test
    void mistakesStandNextToTheirFieldsAndNothingIsStored() {
        long id = published("Kultura – błędy w formularzu", today().plusDays(12), today().plusDays(8), 30);
        var form = browser.open("/spotkania/" + id).html().selectFirst("form");

        var page = browser.submit(form, Map.of("organisation", "", "krs", "12345", "person", "", "email", "anna-at-laka"));

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.html().title()).startsWith("Błąd: ");
        assertThat(page.html().select(".error-summary a")).extracting(a -> a.attr("href"))
                .containsExactly("#organisation", "#krs", "#person", "#email");
        assertThat(page.html().selectFirst("#krs-error").text()).contains("Numer KRS ma 10 cyfr");
        assertThat(page.html().selectFirst("#email-error").text()).contains("nazwa@domena.pl");
        assertThat(page.html().selectFirst("#krs").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.html().selectFirst("#krs").attr("aria-describedby")).contains("krs-error");
        assertThat(page.html().selectFirst("#krs-error").parent().selectFirst("#krs")).isNotNull();
        assertThat(page.html().selectFirst("#krs").attr("value")).isEqualTo("12345");
        assertThat(registrations.of(id)).isEmpty();
    }

    @Test
    void aRegistrationNeedsTheFormsTokenAndGetsAReferenceOnce() {
        long id = published("Kultura – zapis", today().plusDays(12), today().plusDays(8), 30);
        var form = browser.open("/spotkania/" + id).html().selectFirst("form");
        assertThat(form.select("input[name=_csrf][type=hidden]")).hasSize(1);

        assertThat(browser.submit(form, Map.of("_csrf", "")).status()).isEqualTo(403);
        assertThat(new Browser(port).post("/spotkania/" + id, valid("anna@laka.example.org")).status()).isEqualTo(403);
        assertThat(registrations.of(id)).isEmpty();

        var sent = browser.submit(form, valid("anna@laka.example.org"));
        assertThat(sent.status()).isEqualTo(303);
        var confirmation = browser.open(sent.location().orElseThrow());
        assertThat(confirmation.status()).isEqualTo(200);
        String reference = confirmation.html().selectFirst(".reference").text();
        assertThat(reference).matches("SP-20[0-9]{2}-[0-9A-Z]{8}");
        assertThat(confirmation.html().text()).contains("Zapis przyjęty", "Kultura – zapis", "spotkanie.ics");

        var again = browser.submit(browser.open("/spotkania/" + id).html().selectFirst("form"), valid("ANNA@laka.example.org"));
        assertThat(again.location()).contains("/spotkania/potwierdzenie/" + reference);
        assertThat(registrations.of(id)).hasSize(1);
        // personal data stays off the public pages
        assertThat(browser.open("/spotkania/" + id).html().text()).doesNotContain("Zofia Kamińska").doesNotContain("anna@laka");
    }

    @Test
    void afterTheDeadlineTheFormIsGoneAndAPostGets409() {
        long open = published("Kultura – zapisy otwarte", today().plusDays(5), today().plusDays(1), 30);
        var form = browser.open("/spotkania/" + open).html().selectFirst("form");
        long closed = published("Kultura – po terminie zapisów", today().plusDays(5), today().minusDays(1), 30);

        var page = browser.open("/spotkania/" + closed);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select("form")).isEmpty();
        assertThat(page.html().text()).contains("Zapisy na to spotkanie są zamknięte");
        var refused = browser.post("/spotkania/" + closed, withToken(form, valid("jan@example.org")));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.html().selectFirst("h1").text()).isEqualTo("Zapisy na spotkanie są zamknięte");
        assertThat(registrations.of(closed)).isEmpty();
    }

    @Test
    void theLinkOfTheMailCancelsAfterAConfirmationAndFreesTheSeatForTheWaitingList() {
        long id = published("Kultura – jedno miejsce", today().plusDays(12), today().plusDays(8), 1);
        browser.submit(browser.open("/spotkania/" + id).html().selectFirst("form"), valid("anna@laka.example.org"));
        Browser other = new Browser(port);
        var waiting = other.open(other.submit(other.open("/spotkania/" + id).html().selectFirst("form"), valid("jan@teatr.example.org"))
                .location().orElseThrow());
        assertThat(waiting.html().selectFirst("h1").text()).isEqualTo("Jesteś na liście oczekujących");
        String token = registrations.of(id).get(0).getCancelToken();

        var ask = browser.open("/spotkania/rezygnacja/" + token);
        assertThat(ask.html().text()).contains("Czy na pewno chcesz zrezygnować");
        assertThat(registrations.of(id).get(0).getStatus().name()).as("opening the link changes nothing").isEqualTo("CONFIRMED");
        var done = browser.submit(ask.html().selectFirst("form"), Map.of());
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.html().selectFirst("h1").text()).isEqualTo("Rezygnacja przyjęta");
        assertThat(registrations.of(id)).extracting(r -> r.getStatus().name()).containsExactly("CANCELLED", "CONFIRMED");
        assertThat(browser.open("/spotkania/rezygnacja/nieznany-token").status()).isEqualTo(404);
    }

    private static Map<String, String> withToken(org.jsoup.nodes.Element form, Map<String, String> fields) {
        fields.put("_csrf", form.selectFirst("input[name=_csrf]").attr("value"));
        return fields;
    }
}
