package pl.wspolnie.drafting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import pl.wspolnie.drafting.DraftOutline;
import pl.wspolnie.drafting.DraftOutline.Kind;
import pl.wspolnie.drafting.DraftOutline.Point;
import pl.wspolnie.drafting.DraftOutline.Unit;
import pl.wspolnie.drafting.DraftStage;
import pl.wspolnie.drafting.SnapshotFixtures;

/** The public page's outline of a generated draft: the resolution's §, the annex's chapters and their points. */
class DocxOutlineTest {

    static final byte[] DRAFT = DocxDocumentsTest.DOCUMENTS.programme(SnapshotFixtures.sample(DraftStage.CONSULTATION),
            DocxDocumentsTest.SHA);

    @Test
    void theResolutionsParagraphsAndTheTwelveChaptersAreUnitsInOrder() {
        DraftOutline outline = DocxOutline.read(DRAFT);
        List<String> anchors = outline.units().stream().map(Unit::anchor).toList();
        assertThat(anchors).startsWith("podstawa-prawna", "par-1", "par-2", "par-3", "par-4", "par-5", "rozdzial-1");
        assertThat(anchors).endsWith("rozdzial-12").hasSize(6 + 12);
        Unit sixth = unit(outline, "rozdzial-6");
        assertThat(sixth.title()).isEqualTo("Rozdział 6. Priorytetowe zadania publiczne");
        assertThat(unit(outline, "par-4").text()).isEqualTo("Wykonanie uchwały powierza się Prezydentowi Miasta Krakowa.");
        List<String> titles = outline.units().stream().skip(7).map(Unit::title).map(t -> t.replaceFirst("^Rozdział [0-9]+\\. ", "")).toList();
        assertThat(titles).containsExactlyElementsOf(DocxDocumentsTest.STATUTORY_CHAPTERS);
    }

    @Test
    void pointsAreNumberedWithinTheirChapterAndTablesKeepTheirRows() {
        DraftOutline outline = DocxOutline.read(DRAFT);
        Unit sixth = unit(outline, "rozdzial-6");
        assertThat(sixth.points().get(0).anchor()).isEqualTo("rozdzial-6-ust-1");
        assertThat(sixth.points().get(0).kind()).isEqualTo(Kind.PARAGRAPH);
        List<Point> parts = sixth.points().stream().filter(p -> p.kind() == Kind.SUBHEADING).toList();
        assertThat(parts).extracting(Point::text).containsExactly("Kultura i sztuka", "Rekreacja, sport i turystyka",
                "Społeczeństwo obywatelskie");
        assertThat(parts.get(0).anchor()).isEqualTo("rozdzial-6-czesc-1");
        Point table = sixth.points().stream().filter(p -> p.kind() == Kind.TABLE).findFirst().orElseThrow();
        assertThat(table.rows().get(0)).contains("Lp.", "Zadanie publiczne");
        assertThat(table.wording()).contains("Festiwal teatrów ulicznych");
        assertThat(table.label()).startsWith("Rozdział 6. Priorytetowe zadania publiczne, ust. ");
        Point definition = unit(outline, "rozdzial-1").points().get(1);
        assertThat(definition.kind()).isEqualTo(Kind.LIST_ITEM);
        assertThat(definition.text()).startsWith("ustawie – należy przez to rozumieć");

        var part = outline.part("rozdzial-6-ust-1").orElseThrow();
        assertThat(part.label()).isEqualTo("Rozdział 6. Priorytetowe zadania publiczne, ust. 1");
        assertThat(part.wording()).startsWith("Priorytetowe zadania publiczne realizowane");
        assertThat(outline.part("rozdzial-99")).isEmpty();
    }

    @Test
    void theSameVersionGivesTheSameAnchorsEveryTime() {
        assertThat(anchorsOf(DocxOutline.read(DRAFT))).isEqualTo(anchorsOf(DocxOutline.read(DRAFT.clone())))
                .doesNotHaveDuplicates();
    }

    private static List<String> anchorsOf(DraftOutline outline) {
        List<String> all = new ArrayList<>();
        for (Unit u : outline.units()) {
            all.add(u.anchor());
            u.points().forEach(p -> all.add(p.anchor()));
        }
        return all;
    }

    private static Unit unit(DraftOutline outline, String anchor) {
        return outline.units().stream().filter(u -> u.anchor().equals(anchor)).findFirst().orElseThrow();
    }
}
