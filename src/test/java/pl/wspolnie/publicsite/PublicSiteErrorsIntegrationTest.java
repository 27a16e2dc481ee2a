package pl.wspolnie.publicsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import pl.wspolnie.consultation.ConsultationService;
import pl.wspolnie.support.Browser;
import pl.wspolnie.support.Cycles;
import pl.wspolnie.support.FailOnDemand;
import pl.wspolnie.support.Http;
import pl.wspolnie.support.WebIntegrationTest;

/**
 * The public site refuses in Polish, in its own layout, whatever the client asks for (issue #12): every error status,
 * an expired form shown again as typed, the honeypot, and HTTPS behind a proxy. The API keeps problem+json.
 */
@WebIntegrationTest
class PublicSiteErrorsIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    ConsultationService consultations;
    @Autowired
    JdbcTemplate jdbc;

    @Autowired

    ConsultationSetup setup;
    Browser browser;

    @BeforeEach
    void setUp() {
        browser = new Browser(port);
    }

    @Test
    void everyErrorIsAPolishPageInTheSiteLayoutEvenWhenJsonIsAsked() {
        long id = setup.open("Program 2027 – strony błędów");
        Map<String, String> json = Map.of("Accept", "application/json");

        assertPolishPage(browser.request("GET", "/konsultacje/987654321", json, null), 404, "Nie znaleziono strony");
        assertPolishPage(browser.request("GET", "/spotkania/1/nie/ma/takiej", json, null), 404, "Nie znaleziono strony");
        assertPolishPage(browser.request("GET", "/konsultacje;jsessionid=1", json, null), 400, "Nie możemy przyjąć tego żądania");
        assertPolishPage(browser.request("POST", "/konsultacje/" + id, json, ""), 403, "Formularz wygasł");

        Document form = browser.open("/konsultacje/" + id + "/uwagi/nowa").html();
        String token = form.selectFirst("input[name=_csrf]").attr("value");
        assertPolishPage(browser.request("DELETE", "/konsultacje/" + id, Map.of("Accept", "application/json", "X-CSRF-TOKEN", token), null),
                405, "Tej czynności nie można tu wykonać");
        Map<String, String> typed = filled("bledy-" + id + "@laka.example.org");
        typed.put("subscribe", "nie-wiem");
        assertPolishPage(browser.submit(form.selectFirst("form"), typed), 400, "Nie możemy przyjąć tego żądania");
        Map<String, String> huge = filled("bledy-" + id + "@laka.example.org");
        huge.put("justification", "x".repeat(1_100_000));
        assertPolishPage(browser.submit(form.selectFirst("form"), huge), 413, "Wysłane dane są za duże");
        assertThat(consultations.comments(id)).isEmpty();

        Http coordinator = new Http(port, "coordinator");
        long call = Cycles.withOpenCall(coordinator, 2027, "Program 2027 – błąd serwera na stronie");
        Document proposal = browser.open("/propozycje/" + call + "/nowa").html();
        assertPolishPage(browser.submit(proposal.selectFirst("form"), proposal(FailOnDemand.TITLE + " – propozycja")), 500,
                "Wystąpił błąd po naszej stronie");
        setup.closeIntake(id);
        assertPolishPage(browser.request("GET", "/konsultacje/" + id + "/uwagi/nowa", json, null), 409, "Konsultacje są zakończone");

        // the API keeps its problem+json
        Http.Response api = coordinator.get("/api/nie-ma-takiego-zasobu");
        assertThat(api.status()).isEqualTo(404);
        assertThat(api.contentType()).startsWith("application/problem+json");
        assertThat(api.body().get("status").asInt()).isEqualTo(404);
    }

    @Test
    void anExpiredTokenShowsTheFormAgainWithWhatWasTypedAndStoresNothingUntilSentAgain() {
        long id = setup.open("Program 2027 – wygasły formularz");
        Document blank = browser.open("/konsultacje/" + id + "/uwagi/nowa?fragment=" + setup.anchor(id, "§ 4 uchwały")).html();
        String email = "wygasly-" + id + "@laka.example.org";
        Map<String, String> typed = filled(email);
        typed.put("proposedText", "Długa uwaga pisana przez godzinę – nie może zginąć.");

        Browser later = new Browser(port); // the browser was closed: no CSRF cookie, the old token
        var again = later.submit(blank.selectFirst("form"), typed);
        assertPolishPage(again, 403, "Zgłoś uwagę do projektu");
        Document html = again.html();
        assertThat(html.selectFirst(".error-summary").text()).contains("Formularz wygasł", "wyślij formularz ponownie");
        assertThat(html.selectFirst(".error-summary a").attr("href")).isEqualTo("#wyslij");
        assertThat(html.getElementById("wyslij")).isNotNull();
        assertThat(html.getElementById("organisation").attr("value")).isEqualTo("Fundacja Łąka");
        assertThat(html.getElementById("email").attr("value")).isEqualTo(email);
        assertThat(html.getElementById("proposedText").text()).isEqualTo("Długa uwaga pisana przez godzinę – nie może zginąć.");
        assertThat(html.getElementById("section").attr("value")).isEqualTo("§ 4 uchwały");
        String newToken = html.selectFirst("input[name=_csrf]").attr("value");
        assertThat(newToken).isNotBlank().isNotEqualTo(blank.selectFirst("input[name=_csrf]").attr("value"));
        assertThat(consultations.comments(id)).isEmpty();

        var sent = later.submit(html.selectFirst("form"), Map.of());
        assertThat(sent.status()).isEqualTo(303);
        assertThat(consultations.comments(id)).singleElement()
                .satisfies(c -> assertThat(c.getProposedText()).isEqualTo("Długa uwaga pisana przez godzinę – nie może zginąć."));

        // the proposal form too
        long call = Cycles.withOpenCall(new Http(port, "coordinator"), 2027, "Program 2027 – wygasła propozycja");
        Document proposal = browser.open("/propozycje/" + call + "/nowa").html();
        var shown = new Browser(port).submit(proposal.selectFirst("form"), proposal("Wygasła propozycja " + call));
        assertPolishPage(shown, 403, "Zgłoś propozycję zadania priorytetowego");
        assertThat(shown.html().getElementById("title").attr("value")).isEqualTo("Wygasła propozycja " + call);
        assertThat(shown.html().selectFirst(".error-summary").text()).contains("Formularz wygasł");
    }

    @Test
    void aFilledHoneypotStoresAndSendsNothingAndSaysWhy() {
        long id = setup.open("Program 2027 – honeypot");
        Document blank = browser.open("/konsultacje/" + id + "/uwagi/nowa").html();
        var field = blank.getElementById("website");
        assertThat(field.attr("tabindex")).isEqualTo("-1");
        assertThat(field.closest("[aria-hidden=true]")).isNotNull();
        assertThat(blank.selectFirst("label[for=website]").text()).isEqualTo("Zostaw to pole puste");
        assertThat(field.closest("fieldset").selectFirst("legend")).isNotNull();

        String email = "honeypot-" + id + "@laka.example.org";
        Map<String, String> typed = filled(email);
        typed.put("website", "http://spam.example.com");
        assertPolishPage(browser.submit(blank.selectFirst("form"), typed), 400, "Formularza nie przyjęliśmy");
        assertThat(consultations.comments(id)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where recipient = ?", Integer.class, email)).isZero();

        typed.put("website", "");
        assertThat(browser.submit(blank.selectFirst("form"), typed).status()).isEqualTo(303);
        assertThat(consultations.comments(id)).hasSize(1);
    }

    @Test
    void behindATlsProxyTheSiteSendsHstsAndASecureSameSiteCsrfCookieAndNoSession() {
        long id = setup.open("Program 2027 – za serwerem proxy");
        String form = "/konsultacje/" + id + "/uwagi/nowa";

        var secure = new Browser(port).withHeader("X-Forwarded-Proto", "https").open(form);
        assertThat(secure.status()).isEqualTo(200);
        assertThat(secure.header("Strict-Transport-Security")).contains("max-age=31536000", "includeSubDomains");
        assertThat(secure.headers().allValues("Set-Cookie")).singleElement().satisfies(c ->
                assertThat(c).startsWith("wspolnie-csrf=").contains("Secure", "HttpOnly", "SameSite=Lax"));

        var plain = new Browser(port).open(form);
        assertThat(plain.header("Strict-Transport-Security")).isEmpty();
        assertThat(plain.headers().allValues("Set-Cookie")).singleElement().satisfies(c ->
                assertThat(c).startsWith("wspolnie-csrf=").contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure"));
    }

    /** A page of the site: the status, Polish, the layout's header and footer, a title, and the heading. */
    static void assertPolishPage(Browser.Page page, int status, String heading) {
        assertThat(page.status()).isEqualTo(status);
        assertThat(page.header("Content-Type")).as("content type").startsWith("text/html");
        Document html = page.html();
        assertThat(html.selectFirst("html").attr("lang")).isEqualTo("pl");
        assertThat(html.title()).as("title").isNotBlank();
        assertThat(html.selectFirst("header.site-header")).as("the site's header").isNotNull();
        assertThat(html.selectFirst("footer.site-footer")).as("the site's footer").isNotNull();
        assertThat(html.selectFirst("h1").text()).isEqualTo(heading);
        assertThat(html.text()).doesNotContain("Whitelabel", "timestamp", "Forbidden", "Not Found");
    }

    static Map<String, String> filled(String email) {
        Map<String, String> typed = new HashMap<>();
        typed.put("organisation", "Fundacja Łąka");
        typed.put("contactPerson", "Anna Nowak");
        typed.put("email", email);
        typed.put("section", "§ 4 uchwały");
        typed.put("proposedText", "Dopisać obszar ekologii miejskiej.");
        typed.put("justification", "Organizacje ekologiczne zgłaszają taką potrzebę.");
        return typed;
    }

    static Map<String, String> proposal(String title) {
        Map<String, String> typed = new HashMap<>(Map.of("submitterName", "Fundacja Teatr Sąsiedzki",
                "email", "biuro@teatr.example.org", "title", title, "sector", "KULTURA",
                "description", "Cotygodniowe warsztaty teatralne w domach kultury.",
                "justification", "Seniorzy z dzielnic pytają o zajęcia.", "form", "TRYB_POZAKONKURSOWY", "mode", "WSPIERANIE"));
        typed.put("plannedAmountPln", "9 500 zł");
        typed.put("firstYear", "2027");
        return typed;
    }
}
