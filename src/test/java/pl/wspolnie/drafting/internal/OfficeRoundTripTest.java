package pl.wspolnie.drafting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.wspolnie.drafting.UploadedDraft;
import pl.wspolnie.support.DocxZip;
import pl.wspolnie.text.TextFixtures;
import pl.wspolnie.text.Unit;
import pl.wspolnie.text.UnitKind;

/** A draft saved again by LibreOffice (DOCX to DOCX) still reads back to every unit's wording. Office profile only. */
@Tag("office")
class OfficeRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void aDraftSavedByLibreOfficeReadsBackUnchangedAndOneChangedWordIsThatUnit() throws Exception {
        Path in = dir.resolve("in").resolve("projekt.docx");
        Files.createDirectories(in.getParent());
        Files.write(in, DraftReaderTest.DRAFT);
        Process p = new ProcessBuilder("soffice", "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(), "--headless",
                "--convert-to", "docx:MS Word 2007 XML", "--outdir", dir.toString(), in.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("lo.log").toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        byte[] saved = Files.readAllBytes(dir.resolve("projekt.docx"));

        UploadedDraft read = DocxDocumentsTest.DOCUMENTS.read(saved);
        assertThat(read.programmeId()).isEqualTo(42L);
        assertThat(read.version()).isEqualTo(DraftReaderTest.SNAPSHOT.version());
        for (Unit u : DraftReaderTest.SNAPSHOT.text()) {
            String expected = DocxDocuments.asRendered(u.kind() == UnitKind.CHAPTER ? u.heading() : u.text());
            assertThat(read.units().get(u.id())).as(u.toString()).isEqualTo(expected);
        }

        Unit unit = TextFixtures.byLabel(DraftReaderTest.SNAPSHOT.text(), "§ 7");
        byte[] edited = DocxZip.edit(saved, DocxZip.DOCUMENT, DocxZip.replaceWord("realizowany", "wykonywany"));
        UploadedDraft changed = DocxDocumentsTest.DOCUMENTS.read(edited);
        for (Unit u : DraftReaderTest.SNAPSHOT.text()) {
            if (!u.id().equals(unit.id())) {
                assertThat(changed.units().get(u.id())).isEqualTo(read.units().get(u.id()));
            }
        }
        assertThat(changed.units().get(unit.id())).isEqualTo(unit.text().replace("realizowany", "wykonywany"));
    }
}
