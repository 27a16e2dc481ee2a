package pl.wspolnie.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.wspolnie.meeting.MeetingFixtures.culture;
import static pl.wspolnie.meeting.MeetingFixtures.person;
import static pl.wspolnie.meeting.MeetingFixtures.today;

import jakarta.mail.BodyPart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import pl.wspolnie.meeting.MeetingFixtures;
import pl.wspolnie.meeting.MeetingService;
import pl.wspolnie.meeting.RegistrationService;
import pl.wspolnie.programme.ProgrammeService;
import pl.wspolnie.support.Http;
import pl.wspolnie.support.TestDatabase;

/**
 * Meeting mail as registrants get it from a real SMTP server (GreenMail): the confirmation with a calendar file that
 * a calendar library reads back, the waiting list and the freed seat, the reminder the day before, once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "wspolnie.mail.base-url=http://wspolnie.test")
@ActiveProfiles(resolver = TestDatabase.class)
class MeetingMailIntegrationTest {

    /** Addresses of this test only: on a shared database other tests' registrations wait in the same outbox. */
    private final String anna = "anna." + java.util.UUID.randomUUID().toString().substring(0, 8) + "@laka.example.org";
    private final String jan = "jan." + java.util.UUID.randomUUID().toString().substring(0, 8) + "@teatr.example.org";

    private static final TestSmtp smtp = new TestSmtp();

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", smtp::port);
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @LocalServerPort
    int port;
    @Autowired
    OutboxSender sender;
    @Autowired
    RegistrationService registrations;
    @Autowired
    MeetingService meetings;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;

    @Test
    void theConfirmationCarriesACalendarFileThenTheReminderComesOnceTheDayBefore() throws Exception {
        var fixtures = new MeetingFixtures(programmes, meetings, tasks, identity);
        Long programmeId = fixtures.programme("Program współpracy na rok 2027 (poczta spotkań)");
        var meeting = fixtures.published(programmeId, culture("Kultura jutro – poczta", today().plusDays(1), today(), 1));

        var seat = registrations.register(meeting.getId(), person("Fundacja Łąka", anna)).registration();
        registrations.register(meeting.getId(), person("Teatr Pod Mostem", jan));
        sender.sendDue();

        MimeMessage confirmation = smtp.to(anna).get(0);
        assertThat(confirmation.getSubject()).isEqualTo("Potwierdzenie zapisu na spotkanie „Kultura jutro – poczta” ("
                + seat.getReference() + ")");
        MimeMultipart parts = (MimeMultipart) confirmation.getContent();
        String body = null;
        String ics = null;
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                assertThat(part.getFileName()).isEqualTo("spotkanie.ics");
                assertThat(part.getContentType()).startsWith("text/calendar");
                ics = new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } else {
                body = textOf(part);
            }
        }
        assertThat(body).contains("Numer zgłoszenia: " + seat.getReference(), "Pałac Sztuki",
                "http://wspolnie.test/spotkania/rezygnacja/" + seat.getCancelToken());
        var calendar = new CalendarBuilder().build(new StringReader(ics));
        VEvent event = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
        assertThat(event.getSummary().getValue()).isEqualTo("Kultura jutro – poczta");
        assertThat(java.time.Instant.from(event.<DtStart<java.time.temporal.Temporal>>getProperty("DTSTART").orElseThrow().getDate()))
                .isEqualTo(meeting.getStartsAt());
        assertThat(event.getUid().orElseThrow().getValue()).isEqualTo("meeting-" + meeting.getId() + "@wspolnie");
        assertThat(smtp.to(jan)).singleElement()
                .satisfies(m -> assertThat(m.getSubject()).startsWith("Lista oczekujących"));

        var mail = new Http(port, "coordinator").get("/api/mail?recipient=" + anna).body().get("items").get(0);
        assertThat(mail.get("attachments").get(0).get("fileName").asText()).isEqualTo("spotkanie.ics");
        assertThat(mail.get("attachments").get(0).get("contentType").asText()).startsWith("text/calendar");

        // at least anna's seat (other tests' meetings of tomorrow may be due on a shared database); then none again
        assertThat(registrations.sendDueReminders()).isPositive();
        assertThat(registrations.sendDueReminders()).isZero();
        sender.sendDue();
        assertThat(smtp.to(anna)).hasSize(2).last()
                .satisfies(m -> assertThat(m.getSubject()).startsWith("Przypomnienie: jutro spotkanie"));
        assertThat(smtp.to(jan)).as("no reminder on the waiting list").hasSize(1);

        registrations.cancel(seat.getCancelToken());
        sender.sendDue();
        assertThat(smtp.to(jan)).hasSize(2).last().satisfies(m -> {
            assertThat(m.getSubject()).startsWith("Zwolniło się miejsce");
            assertThat(((MimeMultipart) m.getContent()).getCount()).isEqualTo(2);
        });
        assertThat(smtp.to(anna)).last().satisfies(m -> assertThat(m.getSubject()).startsWith("Rezygnacja"));
    }

    private static String textOf(Part part) throws Exception {
        Object content = part.getContent();
        if (content instanceof MimeMultipart nested) {
            return textOf(nested.getBodyPart(0));
        }
        return content.toString();
    }
}
