package pl.wspolnie.drafting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.wspolnie.drafting.DraftStage;
import pl.wspolnie.drafting.SnapshotFixtures;

/**
 * A real office suite opens what we generate: LibreOffice converts a draft to PDF and pdftotext reads it back.
 * Needs soffice and pdftotext (Debian: libreoffice-writer-nogui, poppler-utils); runs only in the Maven profile
 * {@code office-tests}, and the default build excludes the tag.
 */
@Tag("office")
class OfficeRenderingTest {

    @TempDir
    Path dir;

    @Test
    void libreOfficeRendersTheDraftWithEveryChapterHeaderAndPolishLetters() throws Exception {
        Path docx = dir.resolve("projekt.docx");
        Files.write(docx, DocxDocumentsTest.DOCUMENTS.programme(SnapshotFixtures.sample(DraftStage.AFTER_CONSULTATION), DocxDocumentsTest.SHA));

        String text = pdfText(docx);

        for (String chapter : DocxDocumentsTest.STATUTORY_CHAPTERS) {
            assertThat(text).contains(chapter);
        }
        assertThat(text).contains("Rozdział 12.", "UCHWAŁA NR", "§ 5.", "PROJEKT – wersja 3 – Projekt po konsultacjach",
                "Zażółć gęślą jaźń", "Strona 1 z", "2 344 567,88 zł", "Spis treści");
    }

    @Test
    void libreOfficeRendersTheAdoptedTextWithoutDraftMarksAndTheReport() throws Exception {
        Path adopted = dir.resolve("przyjety.docx");
        Files.write(adopted, DocxDocumentsTest.DOCUMENTS.programme(SnapshotFixtures.sample(DraftStage.ADOPTED), DocxDocumentsTest.SHA));
        assertThat(pdfText(adopted)).contains("UCHWAŁA NR XXXIV/987/26").doesNotContain("PROJEKT");

        Path report = dir.resolve("raport.docx");
        Files.write(report, DocxDocumentsTest.DOCUMENTS.consultationReport(SnapshotFixtures.sample(DraftStage.AFTER_CONSULTATION),
                DocxDocumentsTest.SHA));
        assertThat(pdfText(report)).contains("RAPORT Z KONSULTACJI", "uwzględniona częściowo", "Fundacja „Łąka” & <Partnerzy>");
    }

    /** The PDF's text with every run of white space as one space, so wrapped headings still match. */
    private String pdfText(Path docx) throws IOException, InterruptedException {
        String name = docx.getFileName().toString().replace(".docx", "");
        run(List.of("soffice", "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(), "--headless",
                "--convert-to", "pdf", "--outdir", dir.toString(), docx.toString()));
        Path pdf = dir.resolve(name + ".pdf");
        assertThat(pdf).exists();
        Path txt = dir.resolve(name + ".txt");
        run(List.of("pdftotext", "-enc", "UTF-8", pdf.toString(), txt.toString()));
        return Files.readString(txt, StandardCharsets.UTF_8).replaceAll("\\s+", " ");
    }

    private void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("process.log").toFile()).start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("%s finished in time", command.get(0)).isTrue();
        assertThat(process.exitValue()).as("%s exit code; output: %s", command.get(0),
                Files.readString(dir.resolve("process.log"))).isZero();
    }
}
