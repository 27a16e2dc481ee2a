package pl.wspolnie.publicsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import pl.wspolnie.consultation.CommentSubmission;
import pl.wspolnie.consultation.ConsultationService;
import pl.wspolnie.drafting.DraftingService;
import pl.wspolnie.support.Browser;
import pl.wspolnie.support.WebIntegrationTest;

/**
 * An NGO reads the draft under consultation at the site root, comments on a part of it without an account and
 * without JavaScript, and reads the answers once the report is out; read as a browser and a screen reader would.
 */
@WebIntegrationTest
class ConsultationPagesIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    ConsultationService consultations;
    @Autowired
    DraftingService drafting;
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
    void theSiteRootListsOpenPlannedAndClosedConsultationsWithTheirDates() {
        long open = setup.open("Program 2027 – konsultacje trwające (lista)");
        long planned = setup.planned("Program 2027 – konsultacje planowane (lista)");
        long closed = setup.open("Program 2027 – konsultacje zakończone (lista)");
        setup.closeIntake(closed);

        var page = browser.open("/");
        assertThat(page.status()).isEqualTo(200);
        Document html = page.html();
        assertThat(html.selectFirst("html").attr("lang")).isEqualTo("pl");
        assertThat(html.selectFirst("h1").text()).startsWith("Konsultacje programu współpracy");
        Element openCard = card(html, "trwajace", "konsultacje trwające (lista)");
        assertThat(openCard.selectFirst("a[href=/konsultacje/" + open + "]")).isNotNull();
        assertThat(openCard.text()).containsPattern("Uwagi przyjmujemy do [0-9]{1,2} [a-ząćęłńóśźż]+ 20[0-9]{2} r\\.");
        Element plannedCard = card(html, "planowane", "konsultacje planowane (lista)");
        assertThat(plannedCard.text()).containsPattern("Planowany termin od [0-9]{1,2} [a-ząćęłńóśźż]+ 20[0-9]{2} r\\. do ");
        assertThat(plannedCard.select("a[href=/konsultacje/" + planned + "]")).isEmpty();
        Element closedCard = card(html, "zakonczone", "konsultacje zakończone (lista)");
        assertThat(closedCard.text()).contains("trwa rozpatrywanie uwag");

        assertThat(browser.open("/camunda/app/tasklist/").status()).isNotEqualTo(404);
    }

    @Test
    void thePageShowsTheDraftWithAnAnchorOnEveryPartAndOnlyThePublishedDocx() throws Exception {
        long id = setup.open("Program 2027 – strona projektu");
        Document html = browser.open("/konsultacje/" + id).html();

        assertThat(html.selectFirst("h1").text()).isEqualTo("Program 2027 – strona projektu");
        assertThat(html.getElementById("jak").parent().text()).contains("Zgłoś uwagę", "potwierdzenie", "Uwagi przyjmujemy do");
        for (String label : new String[] {"podstawa prawna uchwały", "§ 1 uchwały", "§ 5 uchwały", "Rozdział 1", "Rozdział 6",
                "§ 6 ust. 1", "§ 8 ust. 5", "Rozdział 12"}) {
            String anchor = setup.anchor(id, label);
            assertThat(html.getElementById(anchor)).as(label).isNotNull();
            assertThat(html.select("a[href=/konsultacje/" + id + "/uwagi/nowa?fragment=" + anchor + "]")).as(label).hasSize(1);
        }
        String sixth = setup.anchor(id, "Rozdział 6");
        assertThat(html.getElementById(setup.anchor(id, "§ 6 ust. 2") + "-naglowek")).isNotNull();
        assertThat(html.getElementById(sixth).selectFirst("h3").text()).isEqualTo("Rozdział 6. Priorytetowe zadania publiczne");
        assertThat(html.select("nav.toc a[href=#" + sixth + "]")).hasSize(1);
        assertThat(html.select("#" + setup.anchor(id, "Rozdział 9") + " table th").eachText()).contains("Obszar współpracy", "Razem");
        // the same version reads the same way
        assertThat(browser.open("/konsultacje/" + id).html().select("[id~=^u[0-9]]").eachAttr("id"))
                .isEqualTo(html.select("[id~=^u[0-9]]").eachAttr("id")).isNotEmpty();

        var docx = download("/konsultacje/" + id + "/projekt.docx");
        assertThat(docx.statusCode()).isEqualTo(200);
        assertThat(docx.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
        assertThat(documentXml(docx.body())).contains("PROJEKT");
        assertThat(drafting.draft(id, 2).bytes()).isEqualTo(docx.body());

        long unpublished = setup.planned("Program 2027 – tylko wersja robocza");
        drafting.recordVersion(unpublished, pl.wspolnie.drafting.DraftStage.DRAFT_ASSEMBLED, null);
        assertThat(download("/konsultacje/" + unpublished + "/projekt.docx").statusCode()).isEqualTo(404);
        assertThat(browser.open("/konsultacje/" + unpublished).html().select("[id~=^u[0-9]]")).isEmpty();
        assertThat(download("/konsultacje/" + id + "/raport.docx").statusCode()).isEqualTo(404);
    }

    @Test
    void theFormComesPrefilledWithThePartAndItsWording() {
        long id = setup.open("Program 2027 – formularz");
        String anchor = setup.anchor(id, "§ 6 ust. 1");
        Document html = browser.open("/konsultacje/" + id + "/uwagi/nowa?fragment=" + anchor).html();

        assertThat(html.getElementById("section").attr("value")).isEqualTo("§ 6 ust. 1");
        assertThat(html.getElementById("currentText").text()).startsWith("Priorytetowe zadania publiczne realizowane");
        assertThat(html.selectFirst("input[name=anchor]").attr("value")).isEqualTo(anchor);
        assertThat(html.selectFirst("input[name=externalRef]").attr("value")).matches("UW-2027-[0-9A-Z]{8}");
        assertThat(html.select("input[name=_csrf][type=hidden]")).hasSize(1);
        for (Element field : html.select("form input:not([type=hidden]), form textarea")) {
            assertThat(html.select("label[for=" + field.id() + "]")).as("label of " + field.id()).hasSize(1);
            assertThat(field.closest("fieldset").selectFirst("legend")).as("legend around " + field.id()).isNotNull();
        }
    }

    @Test
    void aFormWithMistakesShowsEachNextToItsFieldAndStoresNothing() {
        long id = setup.open("Program 2027 – błędy");
        Document blank = browser.open("/konsultacje/" + id + "/uwagi/nowa?fragment=" + setup.anchor(id, "§ 4 uchwały")).html();
        var page = browser.submit(blank.selectFirst("form"), Map.of("organisation", "Fundacja Łąka", "krs", "12345",
                "email", "biuro-laka.pl", "proposedText", "Nowe brzmienie."));

        assertThat(page.status()).isEqualTo(400);
        Document html = page.html();
        assertThat(html.title()).startsWith("Błąd:");
        Element summary = html.selectFirst(".error-summary");
        assertThat(summary.attr("role")).isEqualTo("alert");
        assertThat(summary.select("a").eachAttr("href")).containsExactly("#krs", "#contactPerson", "#email", "#justification");
        assertErrorNextTo(html, "krs", "Numer KRS ma 10 cyfr");
        assertErrorNextTo(html, "contactPerson", "Podaj imię i nazwisko osoby do kontaktu.");
        assertErrorNextTo(html, "email", "Podaj adres e-mail w postaci nazwa@domena.pl.");
        assertErrorNextTo(html, "justification", "Uzasadnij uwagę.");
        assertThat(html.getElementById("organisation").attr("value")).isEqualTo("Fundacja Łąka");
        assertThat(html.getElementById("section").attr("value")).isEqualTo("§ 4 uchwały");
        assertThat(consultations.comments(id)).isEmpty();
    }

    @Test
    void aCommentIsStoredOnceWithItsAnchorAndTheReceiptGoesToTheOutbox() {
        long id = setup.open("Program 2027 – wysłanie uwagi");
        String anchor = setup.anchor(id, "§ 6 ust. 1");
        Document blank = browser.open("/konsultacje/" + id + "/uwagi/nowa?fragment=" + anchor).html();
        Map<String, String> typed = filled("biuro@laka.example.org");
        typed.put("subscribe", "true");
        var sent = browser.submit(blank.selectFirst("form"), typed);

        assertThat(sent.status()).isEqualTo(303);
        String reference = blank.selectFirst("input[name=externalRef]").attr("value");
        assertThat(sent.location()).hasValueSatisfying(l -> assertThat(l).endsWith("/konsultacje/" + id + "/uwagi/" + reference));
        var again = browser.submit(blank.selectFirst("form"), typed);
        assertThat(again.status()).isEqualTo(303);
        assertThat(again.location()).isEqualTo(sent.location());

        var comments = consultations.comments(id);
        assertThat(comments).hasSize(1);
        assertThat(comments.get(0).getAnchor()).isEqualTo(anchor);
        assertThat(comments.get(0).getSection()).isEqualTo("§ 6 ust. 1");
        assertThat(comments.get(0).getCreatedBy()).isEqualTo("public");
        assertThat(comments.get(0).getChannel()).isEqualTo(pl.wspolnie.consultation.CommentChannel.PUBLIC_FORM);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where kind = 'COMMENT_RECEIVED' and reference = ?",
                Integer.class, "comment:" + comments.get(0).getId())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from news_subscription where email = ?", Integer.class,
                "biuro@laka.example.org")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where kind = 'SUBSCRIPTION_CONFIRMATION' and recipient = ?",
                Integer.class, "biuro@laka.example.org")).as("the link to confirm the news").isEqualTo(1);

        Document confirmation = browser.open(URI.create(sent.location().orElseThrow()).getPath()).html();
        assertThat(confirmation.selectFirst(".reference").text()).isEqualTo(reference);
        assertThat(confirmation.text()).contains("wysłaliśmy potwierdzenie", "§ 6 ust. 1");
    }

    @Test
    void afterTheWindowClosesThereIsNoFormAndAPostIsRefusedStoringNothing() {
        long id = setup.open("Program 2027 – po terminie");
        Document blank = browser.open("/konsultacje/" + id + "/uwagi/nowa?fragment=" + setup.anchor(id, "§ 1 uchwały")).html();
        setup.closeIntake(id);

        Document page = browser.open("/konsultacje/" + id).html();
        assertThat(page.select("a:contains(Zgłoś uwagę)")).isEmpty();
        assertThat(page.getElementById("jak").parent().text()).contains("Uwag nie można już zgłaszać");
        assertThat(browser.open("/konsultacje/" + id + "/uwagi/nowa").status()).isEqualTo(409);

        var refused = browser.submit(blank.selectFirst("form"), filled("biuro@laka.example.org"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.html().selectFirst("h1").text()).isEqualTo("Konsultacje są zakończone");
        assertThat(refused.html().text()).contains("Termin zgłaszania uwag do tego projektu minął");
        assertThat(consultations.comments(id)).isEmpty();
    }

    @Test
    void aWindowEndedEarlyShowsWhenWhoAndWhy() {
        long id = setup.open("Program 2027 – zakończone wcześniej");
        assertThat(browser.open("/konsultacje/" + id).html().select(".early-end")).isEmpty();
        var consultation = consultations.current(id).orElseThrow();

        consultations.endEarly(consultation.getId(), "Harmonogram poprawiono – konsultacje trwały wymagane 21 dni.", true);

        Document page = browser.open("/konsultacje/" + id).html();
        String today = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy 'r.'", java.util.Locale.forLanguageTag("pl"))
                .format(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Warsaw")));
        assertThat(page.selectFirst(".early-end").text())
                .contains("Konsultacje zakończono przed planowanym terminem: " + today + ", godz. ")
                .contains("Decyzję zapisał zespół koordynacyjny (system).")
                .contains("Powód: Harmonogram poprawiono – konsultacje trwały wymagane 21 dni.");
        assertThat(page.select("a:contains(Zgłoś uwagę)")).isEmpty();
        assertThat(page.text()).contains("do " + today);
        assertThat(browser.open("/konsultacje/" + id + "/uwagi/nowa").status()).isEqualTo(409);
    }

    @Test
    void afterTheReportEachAnswerStandsUnderThePartItAddressedAndTheReportIsPublic() throws Exception {
        long id = setup.open("Program 2027 – odpowiedzi");
        String anchor = setup.anchor(id, "§ 6 ust. 1");
        Document blank = browser.open("/konsultacje/" + id + "/uwagi/nowa?fragment=" + anchor).html();
        assertThat(browser.submit(blank.selectFirst("form"), filled("a@laka.example.org")).status()).isEqualTo(303);
        consultations.submitComment(id, new CommentSubmission("API-1", "Stowarzyszenie Ćma", null, "Jan Kowalski",
                "jan@cma.example.org", "Rozdział 3", null, null, "Dopisać zasadę jawności.", "Ważna zasada."));
        setup.answerAndSignOff(id);

        Document html = browser.open("/konsultacje/" + id).html();
        Element point = html.getElementById(anchor);
        assertThat(point.select(".answer")).hasSize(1);
        assertThat(point.selectFirst(".answer").text()).contains("uwzględniona", "Fundacja Łąka", "Odpowiedź zespołu na uwagę");
        Element others = html.getElementById("pozostale-uwagi").parent();
        assertThat(others.select(".answer")).hasSize(1);
        assertThat(others.selectFirst(".answer").text()).contains("uwzględniona częściowo", "Stowarzyszenie Ćma", "Rozdział 3");
        assertThat(html.text()).doesNotContain("jan@cma.example.org", "a@laka.example.org");
        assertThat(html.select("a:contains(Zgłoś uwagę)")).isEmpty();
        var report = download("/konsultacje/" + id + "/raport.docx");
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(documentXml(report.body())).contains("Stowarzyszenie Ćma");
    }

    private static Map<String, String> filled(String email) {
        Map<String, String> typed = new HashMap<>();
        typed.put("organisation", "Fundacja Łąka");
        typed.put("krs", "0000123456");
        typed.put("contactPerson", "Anna Nowak");
        typed.put("email", email);
        typed.put("proposedText", "Dopisać obszar ekologii miejskiej.");
        typed.put("justification", "Organizacje ekologiczne zgłaszają taką potrzebę.");
        return typed;
    }

    private static Element card(Document html, String section, String title) {
        return html.getElementById(section).parent().select(".card").stream().filter(c -> c.text().contains(title))
                .findFirst().orElseThrow(() -> new AssertionError(title + " not under #" + section));
    }

    private static void assertErrorNextTo(Document html, String field, String message) {
        Element input = html.getElementById(field);
        assertThat(input.attr("aria-invalid")).as(field).isEqualTo("true");
        assertThat(Arrays.asList(input.attr("aria-describedby").split(" "))).as(field).contains(field + "-error");
        assertThat(html.getElementById(field + "-error").text()).as(field).contains(message);
    }

    private HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String documentXml(byte[] docx) throws IOException {
        try (var zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("word/document.xml")) {
                    return new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no word/document.xml");
    }
}
