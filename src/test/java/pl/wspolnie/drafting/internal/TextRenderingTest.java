package pl.wspolnie.drafting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.docx4j.TraversalUtil;
import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.CTBookmark;
import org.docx4j.wml.CTMarkupRange;
import org.docx4j.wml.Text;
import org.junit.jupiter.api.Test;
import pl.wspolnie.drafting.DraftSnapshot;
import pl.wspolnie.drafting.DraftStage;
import pl.wspolnie.drafting.SnapshotFixtures;
import pl.wspolnie.text.Citations;
import pl.wspolnie.text.TextFixtures;
import pl.wspolnie.text.Unit;

/** The programme DOCX is rendered from the units: one bookmark wsp_u<id> per unit, holding exactly its wording. */
class TextRenderingTest {

    static final DraftSnapshot SNAPSHOT = SnapshotFixtures.sample(DraftStage.CONSULTATION);

    @Test
    void everyUnitHasOneBookmarkHoldingExactlyItsWording() throws Exception {
        byte[] docx = DocxDocumentsTest.DOCUMENTS.programme(SNAPSHOT, DocxDocumentsTest.SHA);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/text-rendering-sample.docx"), docx);

        Map<String, String> marked = bookmarkedText(docx);

        List<Unit> units = SNAPSHOT.text();
        assertThat(marked.keySet().stream().filter(k -> k.startsWith("wsp_u")).toList())
                .containsExactlyInAnyOrderElementsOf(units.stream().map(u -> "wsp_u" + u.id()).toList());
        for (Unit u : units) {
            String expected = u.heading() != null && u.kind() == pl.wspolnie.text.UnitKind.CHAPTER ? u.heading() : u.text();
            assertThat(marked.get("wsp_u" + u.id())).as("wording of unit %s", u.id())
                    .isEqualTo(expected == null ? "" : expected.replace("\u0007", "").replace("\r\n", "\n"));
        }
    }

    @Test
    void numbersArePrintedOutsideTheBookmarksAsPolishActsNumberThem() throws Exception {
        byte[] docx = DocxDocumentsTest.DOCUMENTS.programme(SNAPSHOT, DocxDocumentsTest.SHA);
        String text = new Docx(docx).text();

        Unit goal = TextFixtures.byLabel(SNAPSHOT.text(), "§ 2 ust. 1");
        assertThat(text).contains("§ 2. 1. " + goal.text(), "§ 1. Przyjmuje się „",
                "1)\tustawie – należy przez to rozumieć", "a)\twspierania wykonywania zadań publicznych")
                .doesNotContain("${text:", "${#block:", "${sector.");
        assertThat(Citations.labels(SNAPSHOT.text()).values()).contains("§ 5 pkt 1 lit. b", "§ 12 ust. 8", "§ 5 uchwały");
    }

    /** Bookmark name → the text between its start and end (breaks as \n), in document order. */
    static Map<String, String> bookmarkedText(byte[] docx) throws Exception {
        var pkg = WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
        Map<String, String> names = new HashMap<>();
        Map<String, StringBuilder> open = new HashMap<>();
        Map<String, String> out = new HashMap<>();
        List<Object> flat = new ArrayList<>();
        new TraversalUtil(pkg.getMainDocumentPart().getContent(), new TraversalUtil.CallbackImpl() {
            @Override
            public List<Object> apply(Object o) {
                flat.add(o);
                return null;
            }
        });
        for (Object o : flat) {
            Object e = XmlUtils.unwrap(o);
            if (e instanceof CTBookmark b) {
                names.put(b.getId().toString(), b.getName());
                assertThat(open.put(b.getId().toString(), new StringBuilder())).isNull();
            } else if (e instanceof CTMarkupRange r && !(e instanceof CTBookmark) && open.containsKey(r.getId().toString())) {
                out.put(names.get(r.getId().toString()), open.remove(r.getId().toString()).toString());
            } else if (e instanceof Text t) {
                open.values().forEach(sb -> sb.append(t.getValue()));
            } else if (e instanceof org.docx4j.wml.Br) {
                open.values().forEach(sb -> sb.append('\n'));
            } else if (e instanceof org.docx4j.wml.R.Tab) {
                open.values().forEach(sb -> sb.append('\t'));
            }
        }
        return out;
    }
}
