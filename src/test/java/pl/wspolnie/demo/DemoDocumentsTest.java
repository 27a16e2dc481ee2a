package pl.wspolnie.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import pl.wspolnie.consultation.CommentSubmission;
import pl.wspolnie.consultation.ConsultationService;
import pl.wspolnie.council.CouncilDecision;
import pl.wspolnie.council.CouncilService;
import pl.wspolnie.council.DecisionRequest;
import pl.wspolnie.drafting.DraftFile;
import pl.wspolnie.drafting.DraftStage;
import pl.wspolnie.drafting.DraftSummary;
import pl.wspolnie.drafting.DraftingService;
import pl.wspolnie.municipality.MunicipalityProfile;
import pl.wspolnie.programme.ProgrammeService;
import pl.wspolnie.proposal.ProposalService;
import pl.wspolnie.security.Groups;
import pl.wspolnie.support.ProcessTest;
import pl.wspolnie.text.CommentTraces;
import pl.wspolnie.text.Editor;
import pl.wspolnie.text.TextService;

/**
 * The demo's 2027 programme driven on to adoption (a few comments answered, the opinion given, the Mayor's approval,
 * the council's resolution), its documents written to target/demo-documents to be rendered and read by a person
 * (LibreOffice → PDF → PNG), as the issue asks; the adopted text is checked for what a lawyer looks at first.
 * Runs in the Maven profile {@code office-tests}.
 */
@Tag("office")
@ProcessTest
class DemoDocumentsTest {

    static final Path OUT = Path.of("target", "demo-documents");

    @Autowired ProgrammeService programmes;
    @Autowired ProposalService proposals;
    @Autowired ConsultationService consultations;
    @Autowired DraftingService drafting;
    @Autowired TaskService tasks;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired IdentityService identity;
    @Autowired MunicipalityProfile profile;
    @Autowired ObjectMapper json;
    @Autowired Clock clock;
    @Autowired TextService text;
    @Autowired ZoneId zone;
    @Autowired CouncilService council;
    @Autowired CommentTraces traces;

    @Test
    void theAdoptedDemoProgrammeAndItsPapersAreWrittenOut() throws Exception {
        DemoCycle demo = new DemoCycle(programmes, proposals, consultations, tasks, management, identity, profile, json, clock,
                zone, text, drafting, council);
        Long id = demo.seed();
        String processId = programmes.get(id).getProcessInstanceId();
        programmeId = id;
        JsonNode comments = json.readTree(new ClassPathResource("demo/comments.json").getInputStream());
        for (int i = 0; i < 6; i++) {
            CommentSubmission c = json.treeToValue(comments.get(i), CommentSubmission.class);
            demo.as("coordinator", () -> consultations.submitComment(id, c));
        }
        String opinion = task(processId, "RecordBenefitCouncilOpinion").getId();
        demo.as("krdpp", () -> {
            tasks.complete(opinion, Map.of("opinionText",
                    "Krakowska Rada Działalności Pożytku Publicznego opiniuje projekt pozytywnie."));
            return null;
        });
        String consultation = runtime.createProcessInstanceQuery().processDefinitionKey("public-consultation")
                .processInstanceBusinessKey(String.valueOf(id)).singleResult().getId();
        // the coordination team ends the window today, as an official would in Tasklist, so the documents state the
        // real end of the consultation (firing the timer early would leave its planned end in them)
        demo.complete(tasks.createTaskQuery().processInstanceId(consultation).taskDefinitionKey("EndConsultationEarly")
                .singleResult(), Map.of("earlyEndReason", "Demonstracja: konsultacje zakończone po zebraniu uwag.",
                "earlyEndConfirmed", true));
        demo.settle(processId);
        String[] decisions = {"REJECTED", "PARTLY_ACCEPTED", "ACCEPTED"};
        List<org.camunda.bpm.engine.task.Task> answers = tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(id))
                .taskDefinitionKey("RespondToComment").list();
        for (int i = 0; i < answers.size(); i++) {
            demo.complete(answers.get(i), Map.of("commentDecision", decisions[i % 3],
                    "responseJustification", "Stanowisko zespołu koordynacyjnego do uwagi nr " + (i + 1) + "."));
        }
        demo.complete(task(processId, "SignOffResponses"), Map.of("signOffConfirmed", true));
        demo.settle(processId);
        Editor coordinator = new Editor("coordinator", Set.of(Groups.COORDINATION_TEAM));
        demo.as("coordinator", () -> {
            traces.accepted(id).forEach(t -> traces.recordNoEditNeeded(id, t.ref(), "Obecny zapis programu już to przewiduje.",
                    coordinator));
            return null;
        });
        demo.complete(task(processId, "ReviseDraft"), Map.of("revisionSummary", "Rozpatrzono uwagi z konsultacji."));
        demo.settle(processId);
        String approval = task(processId, "ApproveAsMayor").getId();
        demo.as("mayor", () -> {
            tasks.complete(approval, Map.of("mayorDecision", "APPROVE"));
            return null;
        });
        demo.settle(processId);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        String submission = task(processId, "SubmitToCouncil").getId();
        demo.as("council", () -> {
            tasks.complete(submission, Map.of("printNumber", "1234", "submittedOn", today.toString()));
            return null;
        });
        demo.settle(processId);
        Files.createDirectories(OUT);
        write(demo.as("council", () -> drafting.councilPackage(id)));
        demo.as("demo", () -> council.recordDecision(id, new DecisionRequest(CouncilDecision.ADOPTED, "XLII/1234/26", today, null)));
        demo.settle(processId);

        List<DraftSummary> versions = drafting.versions(id);
        assertThat(versions).extracting(DraftSummary::stage).endsWith(DraftStage.ADOPTED);
        int adopted = versions.get(versions.size() - 1).number();
        DraftFile text = write(drafting.draft(id, adopted));
        write(drafting.justification(id, adopted));
        write(drafting.consultationReport(id));
        write(drafting.councilPackage(id));
        assertThat(text.fileName()).doesNotContainIgnoringCase("projekt").doesNotContainIgnoringCase("wersja");
        String adoptedText = documentText(text.bytes());
        assertThat(adoptedText).contains("UCHWAŁA NR XLII/1234/26", "Na podstawie art. 18 ust. 2 pkt 15",
                "Traci moc uchwała nr XXV/612/25 Rady Miasta Krakowa z dnia 26 listopada 2025 r.",
                "po ogłoszeniu w Dzienniku Urzędowym Województwa Małopolskiego", "Przewodniczący Rady Miasta Krakowa",
                "Załącznik do uchwały nr XLII/1234/26").doesNotContain("PROJEKT", "wersja", "Druk nr");
        // the consultation ended the day the demo ran it, and the adopted text says so
        String day = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag("pl"))
                .format(LocalDate.now(clock.withZone(zone)));
        assertThat(adoptedText).contains("przeprowadzono w dniach od " + day + " r. do " + day + " r.");
    }

    private static final Pattern RUN = Pattern.compile("<w:t(?: [^>]*)?>([^<]*)</w:t>");

    /** The text of word/document.xml, a line per paragraph (enough to find sentences; no docx4j outside drafting). */
    private static String documentText(byte[] docx) throws Exception {
        try (var zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("word/document.xml")) {
                    StringBuilder text = new StringBuilder();
                    for (String paragraph : new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("</w:p>")) {
                        Matcher run = RUN.matcher(paragraph);
                        while (run.find()) {
                            text.append(run.group(1));
                        }
                        text.append('\n');
                    }
                    return text.toString();
                }
            }
        }
        throw new IllegalStateException("no word/document.xml");
    }

    private Long programmeId;

    private org.camunda.bpm.engine.task.Task task(String processId, String key) {
        var found = tasks.createTaskQuery().taskDefinitionKey(key).list().stream()
                .filter(t -> t.getProcessInstanceId().equals(processId) || String.valueOf(programmeId).equals(
                        runtime.createProcessInstanceQuery().processInstanceId(t.getProcessInstanceId()).singleResult().getBusinessKey()))
                .toList();
        assertThat(found).as(key).hasSize(1);
        return found.get(0);
    }

    /** Writes the file (and a zip's entries, as the council office would open them) to {@link #OUT}. */
    private static DraftFile write(DraftFile file) throws Exception {
        Files.write(OUT.resolve(file.fileName()), file.bytes());
        if (file.fileName().endsWith(".zip")) {
            Path dir = Files.createDirectories(OUT.resolve(file.fileName().replace(".zip", "")));
            try (var zip = new ZipInputStream(new ByteArrayInputStream(file.bytes()))) {
                for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                    Files.write(dir.resolve(e.getName()), zip.readAllBytes());
                }
            }
        }
        return file;
    }
}
