package pl.wspolnie.drafting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import pl.wspolnie.drafting.DraftSnapshot;
import pl.wspolnie.drafting.DraftStage;
import pl.wspolnie.drafting.SnapshotFixtures;
import pl.wspolnie.drafting.UnreadableDraftException;
import pl.wspolnie.drafting.UploadedDraft;
import pl.wspolnie.support.DocxZip;
import pl.wspolnie.text.TextFixtures;
import pl.wspolnie.text.Unit;
import pl.wspolnie.text.UnitKind;

/** A rendered draft read back to its units: exactly the stored wording, tracked changes accepted, bad files refused. */
class DraftReaderTest {

    static final DraftSnapshot SNAPSHOT = SnapshotFixtures.sample(DraftStage.DRAFT_ASSEMBLED);
    static final byte[] DRAFT = DocxDocumentsTest.DOCUMENTS.programme(SNAPSHOT, DocxDocumentsTest.SHA);

    @Test
    void theUnchangedDraftReadsBackAsEveryUnitsWordingAndNamesItsProgrammeAndVersion() {
        UploadedDraft read = DocxDocumentsTest.DOCUMENTS.read(DRAFT);

        assertThat(read.programmeId()).isEqualTo(42L);
        assertThat(read.version()).isEqualTo(SNAPSHOT.version());
        assertThat(read.document()).isEqualTo(UploadedDraft.PROGRAMME_DRAFT);
        assertThat(read.duplicated()).isEmpty();
        assertThat(read.units()).hasSize(SNAPSHOT.text().size());
        for (Unit u : SNAPSHOT.text()) {
            String expected = DocxDocuments.asRendered(u.kind() == UnitKind.CHAPTER ? u.heading() : u.text());
            assertThat(read.units().get(u.id())).as(u.toString()).isEqualTo(expected);
        }
        Unit culture = TextFixtures.byLabel(SNAPSHOT.text(), "§ 6 ust. 2");
        assertThat(read.units().get(culture.id())).isEqualTo(SnapshotFixtures.NASTY_AS_WRITTEN.strip());
        assertThat(read.headings().get(culture.id())).isEqualTo(culture.heading());
    }

    @Test
    void trackedChangesCountAsAccepted() {
        Unit unit = TextFixtures.byLabel(SNAPSHOT.text(), "§ 7");
        String word = unit.text().split(" ")[1];
        byte[] edited = DocxZip.edit(DRAFT, DocxZip.DOCUMENT, DocxZip.trackedReplace(" " + word + " ", " zmienione "));

        String read = DocxDocumentsTest.DOCUMENTS.read(edited).units().get(unit.id());

        assertThat(read).isEqualTo(unit.text().replaceFirst(" " + word + " ", " zmienione "));
    }

    @Test
    void aParagraphSplitInsideTheBookmarkIsOneWordingWithALineBreakAndADeletedMarkJoinsThem() {
        Unit unit = TextFixtures.byLabel(SNAPSHOT.text(), "§ 7");
        String word = unit.text().split(" ")[1];
        String split = "</w:t></w:r></w:p><w:p><w:r><w:t xml:space=\"preserve\">";
        byte[] twoParagraphs = DocxZip.edit(DRAFT, DocxZip.DOCUMENT, DocxZip.replaceWord(" " + word, split + word));
        assertThat(DocxDocumentsTest.DOCUMENTS.read(twoParagraphs).units().get(unit.id()))
                .isEqualTo(unit.text().replaceFirst(" " + word, "\n" + word));

        // the same split with the first paragraph's mark deleted as a tracked change: accepted, it is one paragraph again
        byte[] markDeleted = DocxZip.edit(twoParagraphs, DocxZip.DOCUMENT, xml -> {
            int bookmark = xml.indexOf("w:name=\"wsp_u" + unit.id() + "\"");
            int at = xml.lastIndexOf("</w:pPr>", bookmark);
            return xml.substring(0, at) + "<w:rPr><w:del w:id=\"900003\" w:author=\"R\"/></w:rPr>" + xml.substring(at);
        });
        assertThat(DocxDocumentsTest.DOCUMENTS.read(markDeleted).units().get(unit.id()))
                .isEqualTo(unit.text().replaceFirst(" " + word, word));
    }

    @Test
    void aDuplicatedBookmarkIsReported() {
        Unit unit = TextFixtures.byLabel(SNAPSHOT.text(), "§ 7");
        byte[] copied = DocxZip.edit(DRAFT, DocxZip.DOCUMENT, xml -> xml.replace("</w:body>",
                "<w:p><w:bookmarkStart w:id=\"900004\" w:name=\"wsp_u" + unit.id() + "\"/><w:r><w:t>kopia</w:t></w:r>"
                        + "<w:bookmarkEnd w:id=\"900004\"/></w:p></w:body>").replaceFirst("(<w:sectPr[^>]*>.*</w:sectPr>)(<w:p>.*)</w:body>", "$2$1</w:body>"));

        assertThat(DocxDocumentsTest.DOCUMENTS.read(copied).duplicated()).containsExactly("wsp_u" + unit.id());
    }

    @Test
    void filesThatAreNotDocxAreRefusedInPolish() throws Exception {
        assertThatThrownBy(() -> DocxDocumentsTest.DOCUMENTS.read("nie jestem plikiem Worda".getBytes()))
                .isInstanceOf(UnreadableDraftException.class).hasMessageContaining("nie jest poprawnym dokumentem DOCX");
        byte[] truncated = java.util.Arrays.copyOf(DRAFT, DRAFT.length / 2);
        assertThatThrownBy(() -> DocxDocumentsTest.DOCUMENTS.read(truncated))
                .isInstanceOf(UnreadableDraftException.class).hasMessageContaining("uszkodzony");
        assertThatThrownBy(() -> DocxDocumentsTest.DOCUMENTS.read(bomb()))
                .isInstanceOf(UnreadableDraftException.class).hasMessageContaining("bomby ZIP");
    }

    /** A small ZIP with the parts of a DOCX whose main document inflates to a hundred megabytes of spaces. */
    static byte[] bomb() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (String part : new String[] {"[Content_Types].xml", "_rels/.rels"}) {
                zip.putNextEntry(new ZipEntry(part));
                zip.write(DocxZip.read(DRAFT, part).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(DocxZip.DOCUMENT));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 100; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
