package pl.wspolnie.publicsite;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import pl.wspolnie.support.Browser;
import pl.wspolnie.support.Cycles;
import pl.wspolnie.support.Http;
import pl.wspolnie.support.Jobs;
import pl.wspolnie.support.WebIntegrationTest;

/**
 * An NGO proposes a priority task on the public pages, without an account and without JavaScript, and follows
 * it by its reference number; read as a browser and a screen reader would read the HTML.
 */
@WebIntegrationTest
class ProposalPagesIntegrationTest {

    private static final String TITLE = "Program współpracy na rok 2027 (strony publiczne)";

    @LocalServerPort
    int port;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;

    Http coordinator;
    Browser browser;
    long programmeId;
    String form;

    @BeforeEach
    void openCall() {
        coordinator = new Http(port, "coordinator");
        browser = new Browser(port);
        programmeId = Cycles.withOpenCall(coordinator, 2027, TITLE);
        form = "/propozycje/" + programmeId + "/nowa";
    }

    @Test
    void theOpenCallsAreListedWithTheirDeadlineInPolish() {
        var page = browser.open("/propozycje");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().selectFirst("html").attr("lang")).isEqualTo("pl");
        assertThat(page.contentLanguage()).startsWith("pl");
        assertThat(page.html().title()).endsWith("– Gmina Miejska Kraków");
        assertThat(page.html().selectFirst("header a[href=/]").text()).isEqualTo("Gmina Miejska Kraków");
        Element card = page.html().select(".card").stream().filter(c -> c.text().contains(TITLE)).findFirst().orElseThrow();
        assertThat(card.text()).containsPattern("Propozycje przyjmujemy do [0-9]{1,2} [a-ząćęłńóśźż]+ 20[0-9]{2} r\\.");
        assertThat(card.selectFirst("a[href=" + form + "]")).isNotNull();
    }

    @Test
    void theFormLabelsEveryFieldAndGroupsTheChoices() {
        var page = browser.open(form);
        assertThat(page.status()).isEqualTo(200);
        Document html = page.html();
        assertThat(html.select("input[name=_csrf][type=hidden]")).hasSize(1);
        assertThat(html.select(".error-summary")).isEmpty();
        for (Element field : html.select("form input:not([type=hidden]), form textarea")) {
            assertThat(html.select("label[for=" + field.id() + "]")).as("label of " + field.id()).hasSize(1);
            for (String described : field.attr("aria-describedby").split(" ")) {
                if (!described.isBlank()) {
                    assertThat(html.getElementById(described)).as(described).isNotNull();
                }
            }
        }
        for (String group : List.of("sector", "form", "mode")) {
            Element first = html.getElementById(group);
            assertThat(first.attr("type")).isEqualTo("radio");
            Element fieldset = first.closest("fieldset");
            assertThat(fieldset.selectFirst("legend")).isNotNull();
            assertThat(fieldset.select("input[type=radio][name=" + group + "]")).hasSizeGreaterThan(1);
        }
        assertThat(html.getElementById("sector").closest("fieldset").text()).contains("Kultura i sztuka", "Inny obszar");
        assertThat(html.getElementById("firstYear").attr("value")).isEqualTo("2027");
        assertThat(html.selectFirst("input[name=externalRef]").attr("value")).startsWith("WWW-");
    }

    @Test
    void aFormWithMistakesShowsEachNextToItsFieldAndStoresNothing() {
        Document blank = browser.open(form).html();
        var page = browser.submit(blank.selectFirst("form"), Map.of("submitterName", "Fundacja Teatr Sąsiedzki",
                "krs", "12345", "email", "biuro-teatr.pl", "form", "OTWARTY_KONKURS_OFERT", "plannedAmountPln", "dużo",
                "firstYear", "2027", "description", "Warsztaty teatralne w domach kultury."));

        assertThat(page.status()).isEqualTo(400);
        Document html = page.html();
        assertThat(html.title()).startsWith("Błąd:");
        Element summary = html.selectFirst(".error-summary");
        assertThat(summary.attr("role")).isEqualTo("alert");
        assertThat(summary.select("a").eachAttr("href")).containsExactly("#krs", "#email", "#title", "#sector",
                "#justification", "#mode", "#plannedAmountPln");
        for (Element link : summary.select("a")) {
            assertThat(html.getElementById(link.attr("href").substring(1))).as(link.attr("href")).isNotNull();
        }
        assertErrorNextTo(html, "krs", "Numer KRS ma 10 cyfr");
        assertErrorNextTo(html, "email", "Podaj adres e-mail w postaci nazwa@domena.pl.");
        assertErrorNextTo(html, "title", "Podaj tytuł zadania.");
        assertErrorNextTo(html, "plannedAmountPln", "Podaj kwotę w złotych cyframi");
        Element sectors = html.getElementById("sector").closest("fieldset");
        assertThat(Arrays.asList(sectors.attr("aria-describedby").split(" "))).contains("sector-error");
        assertThat(html.getElementById("sector-error").text()).contains("Wybierz obszar");
        assertThat(html.select(".error-message").text()).doesNotContain("Sprawdź pole");
        // what the person typed stays
        assertThat(html.getElementById("submitterName").attr("value")).isEqualTo("Fundacja Teatr Sąsiedzki");
        assertThat(html.getElementById("description").text()).isEqualTo("Warsztaty teatralne w domach kultury.");
        assertThat(html.selectFirst("input[name=form][value=OTWARTY_KONKURS_OFERT]").hasAttr("checked")).isTrue();
        assertThat(coordinator.get("/api/programmes/" + programmeId + "/proposals").body()).isEmpty();
    }

    @Test
    void withoutTheFormsTokenNothingIsAccepted() {
        Document blank = browser.open(form).html();
        var forged = browser.submit(blank.selectFirst("form"), valid(Map.of("_csrf", "")));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(new Browser(port).post(form, valid(Map.of())).status()).isEqualTo(403);
        assertThat(coordinator.get("/api/programmes/" + programmeId + "/proposals").body()).isEmpty();
    }

    @Test
    void aProposalIsConfirmedWithItsNumberAndItsStatusFollowsTheTriage() {
        Element blank = browser.open(form).html().selectFirst("form");
        var sent = browser.submit(blank, valid(Map.of()));
        assertThat(sent.status()).isEqualTo(303);
        String location = sent.location().orElseThrow();
        assertThat(location).matches("/propozycje/potwierdzenie/WSP-2027-[0-9A-HJKMNP-TV-Z]{8}");
        String reference = location.substring(location.lastIndexOf('/') + 1);

        var confirmation = browser.open(location);
        assertThat(confirmation.status()).isEqualTo(200);
        assertThat(confirmation.html().selectFirst("h1").text()).isEqualTo("Propozycja wysłana");
        assertThat(confirmation.html().selectFirst(".reference").text()).isEqualTo(reference);

        // the same form sent again (back button, double click) is the same proposal
        var again = browser.submit(blank, valid(Map.of()));
        assertThat(again.location()).contains(location);
        JsonNode stored = coordinator.get("/api/programmes/" + programmeId + "/proposals").body();
        assertThat(stored).hasSize(1);
        JsonNode proposal = stored.get(0);
        assertThat(proposal.get("reference").asText()).isEqualTo(reference);
        assertThat(proposal.get("submitterType").asText()).isEqualTo("NGO");
        assertThat(proposal.get("plannedAmountPln").decimalValue()).isEqualByComparingTo("9500");
        assertThat(proposal.get("status").asText()).isEqualTo("ROUTED");
        assertThat(proposal.get("routedGroup").asText()).isEqualTo("sector-culture");
        assertThat(proposal.get("createdBy").asText()).isEqualTo("public");

        var routed = browser.open("/propozycje/status?numer=" + reference.toLowerCase());
        assertThat(routed.status()).isEqualTo(200);
        assertThat(routed.html().selectFirst(".tag").text()).isEqualTo("w rozpatrzeniu");
        assertThat(routed.html().selectFirst(".result").text())
                .contains("skierowana do rozpatrzenia", "zespół branżowy „Kultura i sztuka”", "Warsztaty teatralne dla seniorów");

        var task = tasks.createTaskQuery().processDefinitionKey("proposal-intake")
                .processInstanceBusinessKey(proposal.get("id").asText()).singleResult();
        tasks.complete(task.getId(), Map.of("triageDecision", "ACCEPT"));
        var accepted = browser.open("/propozycje/status?numer=" + reference);
        assertThat(accepted.html().selectFirst(".tag").text()).isEqualTo("przyjęta");
        assertThat(accepted.html().selectFirst(".result").text())
                .contains("Propozycja została przyjęta jako zadanie priorytetowe „Warsztaty teatralne dla seniorów”.");
    }

    @Test
    void aRejectedProposalShowsTheTeamsReason() {
        var sent = browser.submit(browser.open(form).html().selectFirst("form"), valid(Map.of("sector", "INNY",
                "form", "POZAFINANSOWA", "mode", "", "plannedAmountPln", "")));
        assertThat(sent.status()).isEqualTo(303);
        String reference = sent.location().orElseThrow().substring(sent.location().orElseThrow().lastIndexOf('/') + 1);
        JsonNode proposal = coordinator.get("/api/programmes/" + programmeId + "/proposals").body().get(0);
        assertThat(proposal.get("routedGroup").asText()).isEqualTo("coordination-team");
        assertThat(browser.open("/propozycje/status?numer=" + reference).html().selectFirst(".result").text())
                .contains("zespół koordynacyjny");

        var task = tasks.createTaskQuery().processDefinitionKey("proposal-intake")
                .processInstanceBusinessKey(proposal.get("id").asText()).singleResult();
        tasks.complete(task.getId(), Map.of("triageDecision", "REJECT",
                "triageReason", "Podobne warsztaty prowadzi już miejski dom kultury."));
        var rejected = browser.open("/propozycje/status?numer=" + reference).html();
        assertThat(rejected.selectFirst(".tag").text()).isEqualTo("nieprzyjęta");
        assertThat(rejected.selectFirst(".result").text())
                .contains("nie została przyjęta", "Uzasadnienie zespołu", "Podobne warsztaty prowadzi już miejski dom kultury.");
    }

    @Test
    void aNumberThatIsWrongOrUnknownIsSaidSoNextToTheField() {
        var malformed = browser.open("/propozycje/status?numer=P-2027-0001");
        assertThat(malformed.status()).isEqualTo(400);
        assertErrorNextTo(malformed.html(), "numer", "Numer propozycji ma postać WSP-rok-8 znaków");
        var unknown = browser.open("/propozycje/status?numer=WSP-2027-00000000");
        assertThat(unknown.status()).isEqualTo(404);
        assertErrorNextTo(unknown.html(), "numer", "Nie znaleziono propozycji");
        assertThat(browser.open("/propozycje/potwierdzenie/WSP-2027-00000000").status()).isEqualTo(404);
        var empty = browser.open("/propozycje/status");
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.html().select(".error-summary, .result")).isEmpty();
    }

    @Test
    void aClosedCallSaysSoAndTakesNothing() {
        Element blank = browser.open(form).html().selectFirst("form");
        String process = coordinator.get("/api/programmes/" + programmeId).body().get("processInstanceId").asText();
        Jobs.fire(management, process, "CallForProposalsClosed");
        Jobs.runDue(management, process);

        var closed = browser.open(form);
        assertThat(closed.status()).isEqualTo(409);
        assertThat(closed.html().selectFirst("h1").text()).isEqualTo("Nabór propozycji jest zamknięty");
        assertThat(browser.submit(blank, valid(Map.of())).status()).isEqualTo(409);
        assertThat(browser.open("/propozycje").html().select("a[href=" + form + "]")).isEmpty();
        assertThat(browser.open("/propozycje/999999/nowa").status()).isEqualTo(404);
        assertThat(coordinator.get("/api/programmes/" + programmeId + "/proposals").body()).isEmpty();
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    /** A complete proposal as an NGO would type it, with some fields replaced. */
    private static Map<String, String> valid(Map<String, String> replaced) {
        Map<String, String> typed = new HashMap<>(Map.of("submitterName", "Fundacja Teatr Sąsiedzki", "krs", "0000123456",
                "email", "biuro@teatr.example.org", "title", "Warsztaty teatralne dla seniorów", "sector", "KULTURA",
                "description", "Cotygodniowe warsztaty teatralne w domach kultury w Nowej Hucie i na Podgórzu.",
                "justification", "Seniorzy z dzielnic pytają o zajęcia; w zeszłym roku na listach czekało 120 osób.",
                "form", "TRYB_POZAKONKURSOWY", "mode", "WSPIERANIE"));
        typed.put("plannedAmountPln", "9 500 zł");
        typed.put("firstYear", "2027");
        typed.putAll(replaced);
        return typed;
    }

    private static void assertErrorNextTo(Document html, String field, String message) {
        Element input = html.getElementById(field);
        assertThat(input).as(field).isNotNull();
        assertThat(input.attr("aria-invalid")).as(field).isEqualTo("true");
        assertThat(Arrays.asList(input.attr("aria-describedby").split(" "))).as(field).contains(field + "-error");
        Element error = html.getElementById(field + "-error");
        assertThat(error.text()).as(field).startsWith("Błąd:").contains(message);
        assertThat(error.parent()).as("the message sits in the field's own group").isEqualTo(input.parent());
    }
}
