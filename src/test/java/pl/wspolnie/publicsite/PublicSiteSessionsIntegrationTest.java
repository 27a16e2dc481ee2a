package pl.wspolnie.publicsite;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.wspolnie.meeting.MeetingFixtures.today;
import static pl.wspolnie.meeting.MeetingFixtures.typed;

import java.util.List;
import java.util.Map;
import org.apache.catalina.Context;
import org.apache.catalina.Manager;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import pl.wspolnie.programme.ProgrammeService;
import pl.wspolnie.support.Browser;
import pl.wspolnie.support.Cycles;
import pl.wspolnie.support.Http;
import pl.wspolnie.support.WebIntegrationTest;

/**
 * Anonymous visitors cost the node no memory (issue #12: 3 000 GETs of a form page left 3 000 sessions on the heap):
 * no public page, form or refusal creates an HTTP session, counted by Tomcat's session manager; the forms' CSRF
 * protection is a cookie compared with the form's field.
 */
@WebIntegrationTest
class PublicSiteSessionsIntegrationTest {

    private static final int VISITS = 200;

    @LocalServerPort
    int port;
    @Autowired
    ServletWebServerApplicationContext context;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    ConsultationSetup setup;
    @Autowired
    TaskService tasks;

    @Test
    void anonymousVisitsOfEveryFormPageCreateNoSession() {
        long consultation = setup.open("Program 2027 – bez sesji");
        Http coordinator = new Http(port, "coordinator");
        long call = Cycles.withOpenCall(coordinator, 2027, "Program 2027 – propozycje bez sesji");
        long meeting = meeting(coordinator, call);
        List<String> pages = List.of("/konsultacje/" + consultation + "/uwagi/nowa", "/spotkania/" + meeting,
                "/propozycje/" + call + "/nowa", "/", "/konsultacje/" + consultation, "/spotkania",
                "/konsultacje/987654321", "/logowanie-tasklist");
        long before = sessionsCreated();

        for (String page : pages) {
            for (int i = 0; i < VISITS; i++) {
                Browser.Page shown = new Browser(port).open(page);
                assertThat(shown.status()).as(page).isIn(200, 404);
                assertThat(shown.headers().allValues("Set-Cookie")).as(page).noneMatch(c -> c.startsWith("JSESSIONID="));
            }
        }

        assertThat(sessionsCreated() - before).as("sessions created by %d anonymous visits", VISITS * pages.size()).isZero();
        assertThat(manager().getActiveSessions()).as("active sessions").isLessThan(VISITS);
    }

    @Test
    void aFormWithItsCsrfCookieIsTakenAndWithoutItShownAgainAllWithoutASession() {
        long consultation = setup.open("Program 2027 – ciasteczko CSRF");
        String address = "/konsultacje/" + consultation + "/uwagi/nowa";
        long before = sessionsCreated();

        Browser visitor = new Browser(port);
        Browser.Page blank = visitor.open(address);
        assertThat(blank.headers().allValues("Set-Cookie")).singleElement().satisfies(c ->
                assertThat(c).startsWith("wspolnie-csrf=").contains("HttpOnly", "SameSite=Lax", "Path=/"));
        var form = blank.html().selectFirst("form");

        // another browser (no cookie) with this page's token: not stored, the form again as typed, 403
        Map<String, String> typed = PublicSiteErrorsIntegrationTest.filled("ciasteczko-" + consultation + "@laka.example.org");
        Browser.Page refused = new Browser(port).submit(form, typed);
        PublicSiteErrorsIntegrationTest.assertPolishPage(refused, 403, "Zgłoś uwagę do projektu");
        assertThat(refused.html().getElementById("proposedText").text()).isEqualTo("Dopisać obszar ekologii miejskiej.");
        assertThat(refused.html().selectFirst(".error-summary").text()).contains("Formularz wygasł");
        // the cookie with a field that is not its token: refused the same way
        typed.put("_csrf", "nie-ten-token");
        PublicSiteErrorsIntegrationTest.assertPolishPage(visitor.submit(form, typed), 403, "Zgłoś uwagę do projektu");
        assertThat(setup.consultations().comments(consultation)).isEmpty();

        typed.remove("_csrf");
        Browser.Page sent = visitor.submit(form, typed);
        assertThat(sent.status()).isEqualTo(303);
        assertThat(visitor.open(sent.location().orElseThrow()).status()).isEqualTo(200);
        assertThat(setup.consultations().comments(consultation)).hasSize(1);
        assertThat(sessionsCreated() - before).as("sessions created by posting and confirming").isZero();
    }

    /** A sector meeting planned over the API and confirmed by its team: on the public schedule with a form. */
    private long meeting(Http coordinator, long programmeId) {
        var planned = coordinator.as("culture").post("/api/programmes/" + programmeId + "/meetings", Map.of("kind", "SECTOR",
                "topic", "Spotkanie bez sesji", "sectors", List.of("KULTURA"), "date", typed(today().plusDays(12)),
                "startTime", "17:00", "endTime", "19:00", "place", "Pałac Sztuki", "capacity", 30, "moderator", "Anna Nowak",
                "registrationDeadline", typed(today().plusDays(8))));
        assertThat(planned.status()).as(planned.text()).isEqualTo(201);
        tasks.complete(tasks.createTaskQuery().processInstanceId(planned.body().get("processInstanceId").asText())
                .singleResult().getId(), Map.of());
        return planned.body().get("id").asLong();
    }

    private long sessionsCreated() {
        return manager().getSessionCounter();
    }

    private Manager manager() {
        var tomcat = ((TomcatWebServer) context.getWebServer()).getTomcat();
        return ((Context) tomcat.getHost().findChildren()[0]).getManager();
    }
}
