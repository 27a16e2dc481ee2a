package pl.wspolnie.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import pl.wspolnie.drafting.internal.DocxDocuments;

/**
 * Every document type goes through {@link OfficePdf} (LibreOffice headless) and the PDF's text is read back with
 * pdftotext. The PDFs and a PNG of each first page (pdftoppm) are left in target/office-renders to look at.
 * Runs only in the Maven profile {@code office-tests}.
 */
@Tag("office")
class OfficePdfRenderingTest {

    static final DocxDocuments DOCUMENTS = new DocxDocuments(new ClassPathResource("templates/krakow/programme.docx"),
            new ClassPathResource("templates/krakow/justification.docx"), new ClassPathResource("templates/krakow/consultation-report.docx"));
    static final String SHA = "0".repeat(64);
    static final Path OUT = Path.of("target", "office-renders");

    private final OfficePdf office = new OfficePdf("soffice", "/usr/bin/python3", Duration.ofMinutes(3));

    @Test
    void everyDocumentTypeBecomesAPdfWithItsText() throws Exception {
        DraftSnapshot council = SnapshotFixtures.sample(DraftStage.COUNCIL);
        DraftSnapshot adopted = SnapshotFixtures.sample(DraftStage.ADOPTED);

        // the table of contents with its page numbers, as Word would fill them in on opening
        assertThat(text("projekt", DOCUMENTS.programme(council, SHA))).contains("UCHWAŁA NR", "PROJEKT – wersja 4")
                .containsPattern("Spis treści Rozdział 1\\. Postanowienia ogólne\\.{5,} ?2 Rozdział 2\\.")
                .containsPattern("Rozdział 6\\. Priorytetowe zadania publiczne\\.{5,} ?\\d+ Kultura i sztuka\\.{5,} ?\\d+ ");
        assertThat(text("tekst-przyjety", DOCUMENTS.programme(adopted, SHA))).contains("UCHWAŁA NR XXXIV/987/26");
        assertThat(text("uzasadnienie", DOCUMENTS.justification(council, SHA)))
                .contains("UZASADNIENIE", "Projektodawca: Prezydent Miasta Krakowa", "w roku 2028: 100 000,01 zł");
        assertThat(text("raport", DOCUMENTS.consultationReport(council, SHA)))
                .contains("RAPORT Z KONSULTACJI", "Obecny zapis", "Sporządzono dnia 26 listopada 2026 r.", "podpis osoby upoważnionej");
        assertThat(text("opinia", DOCUMENTS.opinion(council, SHA)))
                .contains("OPINIA", "Krakowska Rada Działalności Pożytku Publicznego z dnia 14 października 2026 r.");
    }

    @Test
    void withoutAPythonThatRunsTheScriptThePdfIsStillMadeOnlyItsTableOfContentsHasNoPageNumbers() throws Exception {
        // /bin/false stands for a Python without LibreOffice's uno module: the script fails, the plain conversion runs
        String text = text("projekt-bez-numerow", DOCUMENTS.programme(SnapshotFixtures.sample(DraftStage.COUNCIL), SHA),
                new OfficePdf("soffice", "/bin/false", Duration.ofMinutes(3)));
        assertThat(text).contains("UCHWAŁA NR").containsPattern("Postanowienia ogólne\\.{5,} Rozdział 2\\.");
    }

    private String text(String name, byte[] docx) throws IOException, InterruptedException {
        return text(name, docx, office);
    }

    private static String text(String name, byte[] docx, OfficePdf office) throws IOException, InterruptedException {
        DraftFile pdf = office.pdf(new DraftFile(name + ".docx", DocxDocuments.DOCX, docx));
        assertThat(pdf.contentType()).isEqualTo(OfficePdf.PDF);
        assertThat(pdf.fileName()).isEqualTo(name + ".pdf");
        Files.createDirectories(OUT);
        Path file = Files.write(OUT.resolve(pdf.fileName()), pdf.bytes());
        run(List.of("pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "2", file.toString(), OUT.resolve(name).toString()));
        Path txt = OUT.resolve(name + ".txt");
        run(List.of("pdftotext", "-enc", "UTF-8", file.toString(), txt.toString()));
        return Files.readString(txt, StandardCharsets.UTF_8).replaceAll("\\s+", " ");
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("%s finished in time", command.get(0)).isTrue();
        assertThat(process.exitValue()).as("%s exit code", command.get(0)).isZero();
    }
}
