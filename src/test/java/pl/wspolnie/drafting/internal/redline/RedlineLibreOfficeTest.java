package pl.wspolnie.drafting.internal.redline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.wspolnie.drafting.internal.redline.DocModel.Block;
import pl.wspolnie.drafting.internal.redline.DocModel.Para;
import pl.wspolnie.drafting.internal.redline.DocModel.Run;
import pl.wspolnie.drafting.internal.redline.DocModel.Table;
import pl.wspolnie.drafting.internal.redline.RevisionText.View;

/**
 * LibreOffice reads the redline as tracked changes: it opens the files and, saving them again as DOCX, writes the
 * revisions back (possibly as moves), by the same author, so that its accept-all and reject-all views still give the
 * newer and the older text. Tagged "office": runs in the office-tests profile, which .ci/run turns on after
 * installing LibreOffice; it fails, never skips, where LibreOffice is missing. A sample
 * programme pair and 12 generated pairs; {@code -DloSeeds=120} tries more.
 */
@Tag("office")
class RedlineLibreOfficeTest {

    static final String AUTHOR = "Anna Nowak";
    static final Instant DATE = Instant.parse("2025-11-23T10:15:30Z");

    @BeforeAll
    static void quiet() {
        TestLogging.quietDocx4j();
    }

    @Test
    void libreOfficeKeepsTheRevisions(@TempDir Path dir) throws Exception {
        String soffice = soffice();
        assertThat(soffice).as("LibreOffice (soffice) is installed: the office-tests profile needs it").isNotNull();

        List<byte[]> froms = new ArrayList<>();
        List<byte[]> tos = new ArrayList<>();
        froms.add(DocModel.docx(sampleFrom()));
        tos.add(DocModel.docx(sampleTo()));
        for (long seed = 1; seed <= Long.getLong("loSeeds", 12); seed++) {
            RandomDocs docs = new RandomDocs(seed);
            List<Block> older = docs.document();
            froms.add(DocModel.docx(older));
            tos.add(DocModel.docx(docs.mutate(older)));
        }
        Path in = Files.createDirectories(dir.resolve("in"));
        Path out = Files.createDirectories(dir.resolve("out"));
        List<String> command = new ArrayList<>(List.of(soffice, "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--norestore", "--convert-to", "docx:MS Word 2007 XML", "--outdir", out.toString()));
        for (int i = 0; i < froms.size(); i++) {
            Path file = in.resolve("redline-" + i + ".docx");
            Files.write(file, Redline.compare(froms.get(i), tos.get(i), AUTHOR, DATE));
            command.add(file.toString());
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile()).start();
        boolean finished = process.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        assertThat(finished).as("soffice finished").isTrue();

        for (int i = 0; i < froms.size(); i++) {
            Path saved = out.resolve("redline-" + i + ".docx");
            assertThat(saved).as("LibreOffice converted redline-%d (%s)", i, log(dir)).exists();
            byte[] docx = Files.readAllBytes(saved);
            var marks = RevisionText.revisionMarks(RevisionText.documentXml(docx));
            if (!RevisionText.paragraphs(froms.get(i), View.PLAIN).equals(RevisionText.paragraphs(tos.get(i), View.PLAIN))) {
                assertThat(marks).as("revisions kept in redline-%d", i).isNotEmpty();
            }
            assertThat(marks).allSatisfy(m -> assertThat(m.getAttributeNS(RevisionText.W, "author")).isEqualTo(AUTHOR));
            RedlinePropertyTest.assertSameParagraphs("accepted by LibreOffice, redline-" + i,
                    nonEmpty(RevisionText.paragraphs(docx, View.ACCEPT)),
                    nonEmpty(RevisionText.paragraphs(tos.get(i), View.PLAIN)));
            RedlinePropertyTest.assertSameParagraphs("rejected by LibreOffice, redline-" + i,
                    nonEmpty(RevisionText.paragraphs(docx, View.REJECT)),
                    nonEmpty(RevisionText.paragraphs(froms.get(i), View.PLAIN)));
        }
    }

    /**
     * LibreOffice cannot keep an inserted or deleted mark on a paragraph just before a table; where no earlier
     * paragraph can carry the mark instead (the paragraph opens the body or a cell), it keeps the paragraph, empty,
     * in the view where it should be gone. Text is compared exactly; empty paragraphs are left out for that.
     */
    private static List<String> nonEmpty(List<String> paragraphs) {
        return paragraphs.stream().filter(p -> !p.isEmpty()).toList();
    }

    private static String log(Path dir) {
        try {
            return Files.readString(dir.resolve("soffice.log"));
        } catch (IOException e) {
            return "no log";
        }
    }

    private static String soffice() {
        String path = System.getenv("PATH");
        for (String d : (path == null ? "" : path).split(File.pathSeparator)) {
            File f = new File(d, "soffice");
            if (f.canExecute()) {
                return f.getPath();
            }
        }
        return null;
    }

    static List<Block> sampleFrom() {
        return List.of(
                Para.heading(1, "Rozdział 1. Postanowienia ogólne"),
                new Para(null, List.of(new Run("Program współpracy Gminy z organizacjami ", false, false),
                        new Run("pozarządowymi", true, false),
                        new Run(" na rok 2026 określa cele & formy współpracy.", false, false))),
                Para.of("Ilekroć w programie jest mowa o „ustawie” – rozumie się przez to ustawę "
                        + "<o działalności pożytku publicznego>."),
                Para.heading(1, "Rozdział 2. Cele programu"),
                Para.of("Celem głównym jest budowanie partnerstwa 🙂 między administracją a organizacjami."),
                Para.of("Ten akapit zostanie usunięty w nowej wersji."),
                Table.of(List.of(List.of("Lp.", "Zadanie priorytetowe", "Kwota"),
                        List.of("1.", "Edukacja i wychowanie", "20 000 zł"),
                        List.of("2.", "Sport dzieci i młodzieży", "15 000 zł"),
                        List.of("3.", "Kultura", "7 500 zł"))),
                Para.heading(1, "Rozdział 3. Formy współpracy"),
                Para.of("Współpraca ma charakter finansowy i pozafinansowy."),
                Para.of("Program wchodzi w życie z dniem 1 stycznia 2026 r."));
    }

    static List<Block> sampleTo() {
        return List.of(
                Para.heading(1, "Rozdział 1. Postanowienia ogólne"),
                new Para(null, List.of(new Run("Program współpracy Miasta z organizacjami ", false, false),
                        new Run("pozarządowymi", true, false),
                        new Run(" na rok 2026 określa cele, zasady & formy współpracy.", false, false))),
                Para.of("Ilekroć w programie jest mowa o „ustawie” – rozumie się przez to ustawę "
                        + "<o działalności pożytku publicznego>."),
                Para.heading(1, "Rozdział 2. Cele programu"),
                Para.of("Celem głównym jest budowanie partnerstwa 👍🏽 między administracją a organizacjami."),
                Para.of("Nowy akapit dodany w wersji drugiej."),
                Table.of(List.of(List.of("Lp.", "Zadanie priorytetowe", "Kwota"),
                        List.of("1.", "Edukacja i wychowanie", "25 000 zł"),
                        List.of("3.", "Kultura", "7 500 zł"),
                        List.of("4.", "Ochrona zdrowia", "12 000 zł"))),
                Para.heading(1, "Rozdział 3. Formy współpracy"),
                Para.of("Współpraca ma charakter finansowy i pozafinansowy."),
                Para.of("Program wchodzi w życie z dniem 1 stycznia 2026 r."));
    }
}
