package pl.wspolnie.drafting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import pl.wspolnie.drafting.DraftOutline;
import pl.wspolnie.drafting.DraftOutline.Kind;
import pl.wspolnie.drafting.DraftOutline.Point;
import pl.wspolnie.drafting.DraftOutline.Unit;
import pl.wspolnie.drafting.DraftSnapshot;
import pl.wspolnie.drafting.DraftStage;
import pl.wspolnie.drafting.SnapshotFixtures;
import pl.wspolnie.text.TextFixtures;

/** The public page's outline of a generated draft: the resolution's units, the annex's chapters and their units. */
class DocxOutlineTest {

    static final DraftSnapshot SNAPSHOT = SnapshotFixtures.sample(DraftStage.CONSULTATION);
    static final byte[] DRAFT = DocxDocumentsTest.DOCUMENTS.programme(SNAPSHOT, DocxDocumentsTest.SHA);

    @Test
    void theResolutionsUnitsAndTheTwelveChaptersAreUnitsInOrderAnchoredByUnitId() {
        DraftOutline outline = read();
        List<String> titles = outline.units().stream().map(Unit::title).toList();
        assertThat(titles).startsWith("Podstawa prawna", "§ 1.", "§ 2.", "§ 3.", "§ 4.", "§ 5.", "Rozdział 1. Postanowienia ogólne");
        assertThat(titles).hasSize(6 + 12).contains("Rozdział 6. Priorytetowe zadania publiczne");
        assertThat(outline.units()).allMatch(u -> u.anchor().matches("u[0-9]+"));
        var fourth = TextFixtures.byLabel(SNAPSHOT.text(), "§ 4 uchwały");
        assertThat(unit(outline, "u" + fourth.id()).text()).isEqualTo("Wykonanie uchwały powierza się Prezydentowi Miasta Krakowa.");
        assertThat(unit(outline, "u" + fourth.id()).label()).isEqualTo("§ 4 uchwały");
        List<String> chapters = outline.units().stream().skip(7).map(Unit::title).map(t -> t.replaceFirst("^Rozdział [0-9]+\\. ", "")).toList();
        assertThat(chapters).containsExactlyElementsOf(DocxDocumentsTest.STATUTORY_CHAPTERS);
    }

    @Test
    void unitsBelowAChapterCarryTheirLabelAndGeneratedTablesBelongToTheirUnit() {
        DraftOutline outline = read();
        Unit sixth = outline.units().stream().filter(u -> u.title().startsWith("Rozdział 6.")).findFirst().orElseThrow();
        var intro = TextFixtures.byLabel(SNAPSHOT.text(), "§ 6 ust. 1");
        assertThat(sixth.points()).extracting(Point::anchor).contains("u" + intro.id());
        List<Point> headings = sixth.points().stream().filter(p -> p.kind() == Kind.SUBHEADING).toList();
        assertThat(headings).extracting(Point::text).containsExactly("Kultura i sztuka", "Rekreacja, sport i turystyka",
                "Społeczeństwo obywatelskie");
        var culture = TextFixtures.byLabel(SNAPSHOT.text(), "§ 6 ust. 2");
        assertThat(culture.sector()).isEqualTo("KULTURA");
        assertThat(headings.get(0).anchor()).isEqualTo("u" + culture.id() + "-naglowek");
        Point table = sixth.points().stream().filter(p -> p.kind() == Kind.TABLE).findFirst().orElseThrow();
        assertThat(table.anchor()).isEqualTo("u" + culture.id() + "-tabela-1");
        assertThat(table.label()).isEqualTo("§ 6 ust. 2 (tabela)");
        assertThat(table.rows().get(0)).contains("Lp.", "Zadanie publiczne");
        assertThat(table.wording()).contains("Festiwal teatrów ulicznych");
        var definition = TextFixtures.byLabel(SNAPSHOT.text(), "§ 1 pkt 1");
        Point point = outline.units().get(6).points().stream().filter(p -> p.anchor().equals("u" + definition.id())).findFirst().orElseThrow();
        assertThat(point.kind()).isEqualTo(Kind.LIST_ITEM);
        assertThat(point.number()).isEqualTo("1)");
        assertThat(point.text()).startsWith("ustawie – należy przez to rozumieć");

        var part = outline.part("u" + intro.id()).orElseThrow();
        assertThat(part.label()).isEqualTo("§ 6 ust. 1");
        assertThat(part.wording()).startsWith("Priorytetowe zadania publiczne realizowane");
        assertThat(outline.part("u999999")).isEmpty();
    }

    @Test
    void theSameVersionGivesTheSameAnchorsEveryTime() {
        assertThat(anchorsOf(read())).isEqualTo(anchorsOf(DocxOutline.read(DRAFT.clone(), SNAPSHOT.text())))
                .doesNotHaveDuplicates();
    }

    private static DraftOutline read() {
        return DocxOutline.read(DRAFT, SNAPSHOT.text());
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
