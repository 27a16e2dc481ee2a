package pl.wspolnie.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.wspolnie.meeting.MeetingFixtures.today;

import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import pl.wspolnie.programme.ProgrammeService;
import pl.wspolnie.support.Http;
import pl.wspolnie.support.WebIntegrationTest;

/**
 * The minutes keep the media type of their file's kind, not the one the uploading browser or client claims: a
 * claimed type the server cannot read made every later download of the minutes answer 500, and a claimed
 * {@code text/html} was served as HTML.
 */
@WebIntegrationTest
class MeetingMinutesIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    MeetingService meetings;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;

    @Test
    void theMinutesAreServedAsTheirKindWhateverTypeTheUploadClaims() {
        var fixtures = new MeetingFixtures(programmes, meetings, tasks, identity);
        Long programmeId = fixtures.programme("Program współpracy (notatka ze spotkania)");
        Meeting meeting = fixtures.published(programmeId, MeetingFixtures.culture("Spotkanie z notatką",
                today().plusDays(10), today().plusDays(8), 20));
        String path = "/api/programmes/" + programmeId + "/meetings/" + meeting.getId() + "/minutes";
        Http culture = new Http(port, "culture");
        byte[] pdf = "%PDF-1.4 notatka".getBytes(StandardCharsets.UTF_8);

        for (String claimed : new String[] {"\";;;", "text/html"}) {
            var upload = culture.putFile(path, "file", "notatka.pdf", claimed, pdf);
            assertThat(upload.status()).as(claimed + ": " + upload.text()).isEqualTo(204);
            var download = culture.get(path);
            assertThat(download.status()).as(claimed + ": " + download.text()).isEqualTo(200);
            assertThat(download.contentType()).as(claimed).isEqualTo("application/pdf");
        }
    }

    /**
     * The minutes name people and what they said: only the moderating team, the coordination team and administrators
     * read them, like the registrations and the attendance list. Before, anyone with an API login downloaded them.
     */
    @Test
    void onlyTheMeetingsTeamTheCoordinationTeamAndAdministratorsReadTheMinutesAndPersonalData() {
        var fixtures = new MeetingFixtures(programmes, meetings, tasks, identity);
        Long programmeId = fixtures.programme("Program współpracy (kto czyta notatkę)");
        Meeting meeting = fixtures.published(programmeId, MeetingFixtures.culture("Spotkanie z notatką poufną",
                today().plusDays(10), today().plusDays(8), 20));
        String base = "/api/programmes/" + programmeId + "/meetings/" + meeting.getId();
        Http culture = new Http(port, "culture");
        assertThat(culture.putFile(base + "/minutes", "file", "notatka.txt", "text/plain",
                "Jan Kowalski (Fundacja Łąka) zgłosił…".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(204);

        for (String outsider : new String[] {"education", "department", "mayor", "krdpp", "council"}) {
            for (String part : new String[] {"/minutes", "/registrations", "/attendance"}) {
                var refused = culture.as(outsider).get(base + part);
                assertThat(refused.status()).as(outsider + part).isEqualTo(403);
                assertThat(refused.contentType()).as(outsider + part).startsWith("application/problem+json");
            }
        }
        for (String allowed : new String[] {"culture", "coordinator", "demo"}) {
            var minutes = culture.as(allowed).get(base + "/minutes");
            assertThat(minutes.status()).as(allowed).isEqualTo(200);
            assertThat(minutes.text()).as(allowed).contains("Jan Kowalski");
            assertThat(culture.as(allowed).get(base + "/registrations").status()).as(allowed).isEqualTo(200);
            assertThat(culture.as(allowed).get(base + "/attendance").status()).as(allowed).isEqualTo(200);
        }
    }
}
