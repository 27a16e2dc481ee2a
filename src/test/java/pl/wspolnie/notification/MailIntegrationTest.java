package pl.wspolnie.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.wspolnie.notification.TestSmtp.text;

import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import pl.wspolnie.consultation.CommentDecision;
import pl.wspolnie.consultation.ConsultationService;
import pl.wspolnie.subscription.SubscriptionService;
import pl.wspolnie.support.Http;
import pl.wspolnie.support.Jobs;
import pl.wspolnie.support.TestDatabase;

/**
 * Mail as people get it: the application runs against a real SMTP server (GreenMail on a free port), the test runs
 * the outbox sender and the digest job itself, and the messages the server received are the proof.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "wspolnie.mail.base-url=http://wspolnie.test",
        "wspolnie.mail.retry-backoff=PT1M"})
@ActiveProfiles(resolver = TestDatabase.class)
class MailIntegrationTest {

    private static final String TASK_LINK = "http://wspolnie.test/camunda/app/tasklist/default/#/?task=";
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
    TaskDigests digests;
    @Autowired
    OutboxMails outbox;
    @Autowired
    TaskDigestEntries digestEntries;
    @Autowired
    TeamDigests teamDigests;
    @Autowired
    ConsultationService consultations;
    @Autowired
    SubscriptionService subscriptions;
    @Autowired
    ManagementService management;
    @Autowired
    TaskService tasks;

    @Autowired
    RuntimeService runtime;

    Http coordinator;
    TestCycles cycles;

    @BeforeEach
    void cleanSlate() throws Exception {
        coordinator = new Http(port, "coordinator");
        cycles = new TestCycles(coordinator, consultations, runtime, management);
        sender.sendDue(Instant.now().plus(Duration.ofDays(1)));
        digestEntries.deleteAll();
        teamDigests.deleteAll();
        smtp.purge();
    }

    @AfterEach
    void endProcesses() {
        cycles.endAll();
    }

    @Test
    void aCommenterGetsAReceiptForANewCommentOnly() throws Exception {
        long programme = cycles.inConsultation("Program współpracy – test potwierdzenia");
        var first = cycles.comment(programme, "C-R-1", "anna@ngo.example.org", "§ 8 ust. 5");
        assertThat(coordinator.post("/api/programmes/" + programme + "/consultation/comments",
                TestCycles.commentBody("C-R-1", "anna@ngo.example.org", "§ 8 ust. 5")).status()).isEqualTo(200);

        assertThat(sender.sendDue()).isGreaterThanOrEqualTo(1);

        List<MimeMessage> received = smtp.to("anna@ngo.example.org");
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getSubject())
                .isEqualTo("Potwierdzenie przyjęcia uwagi do projektu programu współpracy (C-R-1)");
        assertThat(text(received.get(0))).contains("Numer uwagi: C-R-1", "Organizacja: Stowarzyszenie Łąka",
                "Część projektu: § 8 ust. 5", "„Program współpracy – test potwierdzenia”", "Gmina Miejska Kraków");
        assertThat(received.get(0).getFrom()[0].toString()).contains("<no-reply@example.org>");
        OutboxMail row = outbox.findByReferenceOrderById("comment:" + first).get(0);
        assertThat(received.get(0).getHeader("X-Wspolnie-Outbox-Id")).containsExactly(String.valueOf(row.getId()));
        assertThat(row.getStatus()).isEqualTo(MailStatus.SENT);
        assertThat(row.getSentAt()).isNotNull();
        assertThat(row.getAttempts()).isEqualTo(1);
    }

    @Test
    void commentersGetTheAnswersToTheirCommentsAtSignOff() throws Exception {
        long programme = cycles.inConsultation("Program współpracy – test odpowiedzi");
        long consultation = consultations.current(programme).orElseThrow().getId();
        long a1 = cycles.comment(programme, "C-A-1", "ewa@ngo.example.org", "§ 2");
        long a2 = cycles.comment(programme, "C-A-2", "Ewa@ngo.example.org", "§ 5 ust. 1");
        long b1 = cycles.comment(programme, "C-A-3", "jan@ngo.example.org", "§ 9");
        consultations.respond(a1, CommentDecision.ACCEPTED, "Uwzględniono w § 2 pkt 3.");
        consultations.respond(a2, CommentDecision.REJECTED, "Kwota wynika z projektu budżetu.");
        consultations.respond(b1, CommentDecision.PARTLY_ACCEPTED, "Doprecyzowano termin.");
        sender.sendDue();
        smtp.purge();

        consultations.signOff(consultation, true, "Wszystkie uwagi rozpatrzone.");
        sender.sendDue();

        List<MimeMessage> ewa = smtp.to("ewa@ngo.example.org");
        assertThat(ewa).hasSize(1);
        assertThat(ewa.get(0).getSubject()).isEqualTo("Rozpatrzenie uwag do projektu programu współpracy – "
                + "Program współpracy – test odpowiedzi");
        assertThat(text(ewa.get(0))).contains("liczba uwag: 2",
                "Uwaga C-A-1", "Rozstrzygnięcie: uwzględniona\nUzasadnienie: Uwzględniono w § 2 pkt 3.",
                "Uwaga C-A-2", "Rozstrzygnięcie: nieuwzględniona\nUzasadnienie: Kwota wynika z projektu budżetu.")
                .doesNotContain("C-A-3");
        List<MimeMessage> jan = smtp.to("jan@ngo.example.org");
        assertThat(jan).hasSize(1);
        assertThat(text(jan.get(0))).contains("Uwaga C-A-3", "Rozstrzygnięcie: uwzględniona częściowo",
                "Doprecyzowano termin.").doesNotContain("C-A-1");
    }

    @Test
    void confirmedSubscribersHearThatAConsultationOpened() throws Exception {
        var confirmed = subscriptions.subscribe(" Biuro@Fundacja.example.org ");
        subscriptions.confirm(confirmed.getToken());
        subscriptions.subscribe("niepotwierdzony@fundacja.example.org");

        cycles.inConsultation("Program współpracy – test subskrypcji");
        sender.sendDue();

        List<MimeMessage> received = news(smtp.to("biuro@fundacja.example.org"));
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getSubject())
                .isEqualTo("Rozpoczęły się konsultacje projektu programu współpracy – Program współpracy – test subskrypcji");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Warsaw"));
        assertThat(text(received.get(0))).contains("Uwagi można zgłaszać od " + MailTemplates.day(today) + " do "
                        + MailTemplates.day(today.plusDays(75)) + " włącznie",
                "http://wspolnie.test/powiadomienia/rezygnacja/" + confirmed.getToken());
        assertThat(news(smtp.to("niepotwierdzony@fundacja.example.org"))).isEmpty();
        subscriptions.unsubscribe(confirmed.getToken());
    }

    private static List<MimeMessage> news(List<MimeMessage> messages) throws Exception {
        List<MimeMessage> news = new java.util.ArrayList<>();
        for (MimeMessage m : messages) {
            if (m.getSubject().startsWith("Rozpoczęły się konsultacje")) {
                news.add(m);
            }
        }
        return news;
    }

    @Test
    void escalationsGoToTheCoordinationTeamAtOnce() throws Exception {
        var created = cycles.createProgramme("Program współpracy – test eskalacji");
        String process = created.body().get("processInstanceId").asText();

        Jobs.fire(management, process, "DeadlineApproaching");
        sender.sendDue();

        List<MimeMessage> warnings = smtp.to("coordinator@example.org");
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0).getSubject()).startsWith("Zbliża się termin uchwalenia programu współpracy (")
                .endsWith("– Program współpracy – test eskalacji");
        assertThat(text(warnings.get(0))).contains("Rada Miasta Krakowa powinna uchwalić", "Obecny etap: nabór propozycji");

        var overdue = cycles.closeCallAndGetSectionTimers(process);
        smtp.purge();
        management.executeJob(overdue.get(0).getId());
        sender.sendDue();

        List<MimeMessage> escalations = smtp.to("coordinator@example.org");
        assertThat(escalations).hasSize(1);
        assertThat(escalations.get(0).getSubject()).startsWith("Eskalacja: minął termin części sektorowej „");
        assertThat(text(escalations.get(0))).contains("Zespół koordynacyjny,", "http://wspolnie.test/camunda/app/tasklist/default/");
    }

    @Test
    void aTeamGetsOneDigestOfItsNewTasksAtMostOncePerPeriod() throws Exception {
        long programme = cycles.createProgramme("Program współpracy – test zestawień").body().get("id").asLong();
        for (int i = 1; i <= 3; i++) {
            cycles.proposeCulture(programme, "P-D-" + i);
        }
        List<Task> triage = tasks.createTaskQuery().taskCandidateGroup("sector-culture").taskDefinitionKey("TriageProposal")
                .processVariableValueEquals("programmeId", programme).list();
        assertThat(triage).hasSize(3);
        Instant now = Instant.now();

        assertThat(digests.sendDue(now)).isEqualTo(1);
        sender.sendDue();

        List<MimeMessage> digest = smtp.to("culture@example.org");
        assertThat(digest).hasSize(1);
        assertThat(digest.get(0).getSubject()).isEqualTo("Nowe zadania (3) – Zespół branżowy: Kultura i sztuka");
        String body = text(digest.get(0));
        for (Task task : triage) {
            assertThat(body).contains(TASK_LINK + task.getId());
        }
        assertThat(body).contains("- Rozpatrz propozycję", "najwyżej raz na godzinę");

        cycles.proposeCulture(programme, "P-D-4");
        smtp.purge();
        assertThat(digests.sendDue(now.plus(Duration.ofMinutes(5)))).isZero();
        assertThat(digests.sendDue(now.plus(Duration.ofMinutes(61)))).isEqualTo(1);
        sender.sendDue();
        List<MimeMessage> next = smtp.to("culture@example.org");
        assertThat(next).hasSize(1);
        assertThat(next.get(0).getSubject()).startsWith("Nowe zadania (1)");
    }

    @Test
    void whenTheSmtpServerIsDownTheChangeCommitsAndTheMailWaitsForItsRetry() throws Exception {
        long programme = cycles.inConsultation("Program współpracy – test awarii SMTP");
        smtp.stop();
        long comment;
        try {
            comment = cycles.comment(programme, "C-S-1", "marta@ngo.example.org", "§ 3");
            Instant now = Instant.now();
            assertThat(sender.sendDue(now)).isZero();

            OutboxMail waiting = outbox.findByReferenceOrderById("comment:" + comment).get(0);
            assertThat(waiting.getStatus()).isEqualTo(MailStatus.PENDING);
            assertThat(waiting.getAttempts()).isEqualTo(1);
            assertThat(waiting.getLastError()).contains("MailSendException");
            assertThat(waiting.getNextAttemptAt()).isAfter(now.plusSeconds(50));
            sender.sendDue(now.plusSeconds(5));
            assertThat(outbox.findById(waiting.getId()).orElseThrow().getAttempts()).as("backoff respected").isEqualTo(1);
        } finally {
            smtp.restart();
        }
        assertThat(coordinator.get("/api/programmes/" + programme + "/consultation/comments").body()).hasSize(1);

        assertThat(sender.sendDue(Instant.now().plus(Duration.ofMinutes(2)))).isEqualTo(1);

        OutboxMail sent = outbox.findByReferenceOrderById("comment:" + comment).get(0);
        assertThat(sent.getStatus()).isEqualTo(MailStatus.SENT);
        assertThat(sent.getAttempts()).isEqualTo(2);
        assertThat(sent.getSentAt()).isNotNull();
        assertThat(smtp.to("marta@ngo.example.org")).hasSize(1);
    }

    @Test
    void onlyTheCoordinationTeamAndAdministratorsReadTheOutbox() throws Exception {
        long programme = cycles.inConsultation("Program współpracy – test podglądu");
        cycles.comment(programme, "C-V-1", "ola@ngo.example.org", "§ 1");
        sender.sendDue();

        var page = coordinator.get("/api/mail?recipient=ola@ngo.example.org");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body().get("items")).hasSize(1);
        assertThat(page.body().at("/items/0/status").asText()).isEqualTo("SENT");
        assertThat(page.body().at("/items/0/subject").asText()).contains("C-V-1");
        assertThat(coordinator.as("demo").get("/api/mail?status=SENT&size=5").body().get("items").size()).isBetween(1, 5);
        assertThat(coordinator.as("department").get("/api/mail").status()).isEqualTo(403);
        assertThat(new Http(port, null).get("/api/mail").status()).isEqualTo(401);

        HttpResponse<String> html = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/mail?status=SENT")).header("Accept", "text/html")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("coordinator:coordinator".getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(html.body()).contains("Potwierdzenie przyjęcia uwagi do projektu programu współpracy (C-V-1)");
    }
}
