package pl.wspolnie.drafting.internal.redline;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.wspolnie.drafting.internal.redline.RedlineTest.elements;
import static pl.wspolnie.drafting.internal.redline.RedlineTest.text;
import static pl.wspolnie.drafting.internal.redline.RevisionText.W;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import pl.wspolnie.drafting.internal.redline.Attribution.Author;
import pl.wspolnie.drafting.internal.redline.DocModel.Para;
import pl.wspolnie.drafting.internal.redline.DocModel.Run;
import pl.wspolnie.drafting.internal.redline.RevisionText.View;

/** Fields, unit bookmarks (alignment, moves) and attribution by unit: what exactly is marked, and by whom. */
class RedlineUnitsTest {

    static final Author COORDINATOR = new Author("Katarzyna Koordynatorka", Instant.parse("2026-12-14T09:00:00Z"));
    static final Author EDITOR = new Author("Anna Nowak", Instant.parse("2026-12-10T13:45:00Z"));

    @BeforeAll
    static void quiet() {
        TestLogging.quietDocx4j();
    }

    static Para unit(int id, String text) {
        return new Para(null, List.of(new Run(text, false, false)), Attribution.bookmark(id));
    }

    static final Para END = Para.of("Uchwała wchodzi w życie z dniem podjęcia.");

    @Test
    void aFieldWhoseCachedResultAndGeneratedBookmarkDifferIsNoChange() {
        Para older = new Para(null, List.of(new Run("Rozdział 6 zaczyna się na stronie ", false, false),
                new Run("7", false, false, "PAGEREF _Toc37360719 \\h"), new Run(" z ", false, false),
                new Run("12", false, false, "NUMPAGES")));
        Para newer = new Para(null, List.of(new Run("Rozdział 6 zaczyna się na stronie ", false, false),
                new Run("9", false, false, "PAGEREF _Toc95268719 \\h"), new Run(" z ", false, false),
                new Run("14", false, false, "NUMPAGES")));

        byte[] redline = compare(List.of(older, END), List.of(newer, END), Attribution.of(COORDINATOR));

        assertThat(RevisionText.revisionMarks(RevisionText.documentXml(redline))).isEmpty();
        assertThat(RevisionText.paragraphs(redline, View.PLAIN).get(0)).isEqualTo(
                "Rozdział 6 zaczyna się na stronie {pole} z {pole}");
        assertThat(text(RevisionText.documentXml(redline).getDocumentElement())).contains("stronie 9 z 14");
    }

    @Test
    void aFieldWhoseInstructionChangedIsReplacedWhole() {
        Para older = new Para(null, List.of(new Run("Strona ", false, false), new Run("3", false, false, "PAGE")));
        Para newer = new Para(null, List.of(new Run("Strona ", false, false), new Run("3", false, false, "NUMPAGES")));

        byte[] redline = compare(List.of(older, END), List.of(newer, END), Attribution.of(COORDINATOR));

        RevisionText.assertNoRevisionInsideFields(redline);
        Document doc = RevisionText.documentXml(redline);
        assertThat(elements(doc.getDocumentElement(), "del")).singleElement()
                .satisfies(del -> assertThat(elements(del, "delInstrText")).isNotEmpty());
        assertThat(elements(doc.getDocumentElement(), "ins")).singleElement()
                .satisfies(ins -> assertThat(elements(ins, "instrText")).isNotEmpty());
    }

    @Test
    void renumberedUnitsAreAlignedByTheirBookmarkNotByLookingAlike() {
        List<Para> older = List.of(unit(1, "§ 1. Program określa cele współpracy z organizacjami."),
                unit(2, "§ 2. Program określa formy współpracy z organizacjami."), END);
        List<Para> newer = List.of(unit(3, "§ 1. Program określa zasady współpracy z organizacjami."),
                unit(1, "§ 2. Program określa cele współpracy z organizacjami."),
                unit(2, "§ 3. Program określa formy współpracy z organizacjami."), END);

        byte[] redline = compare(older, newer, Attribution.of(COORDINATOR));

        Document doc = RevisionText.documentXml(redline);
        List<Element> paragraphs = elements(doc.getDocumentElement(), "p");
        assertThat(paragraphs).hasSize(4);
        assertThat(text(only(paragraphs.get(0), "ins"))).isEqualTo("§ 1. Program określa zasady współpracy z organizacjami.");
        assertThat(elements(paragraphs.get(0), "del")).isEmpty();
        for (int i = 1; i <= 2; i++) {
            assertThat(text(only(paragraphs.get(i), "del"))).isEqualTo(String.valueOf(i));
            assertThat(text(only(paragraphs.get(i), "ins"))).isEqualTo(String.valueOf(i + 1));
        }
        assertThat(RevisionText.assertWellFormedBookmarks(redline)).containsExactly("wsp_u3", "wsp_u1", "wsp_u2");
    }

    @Test
    void aUnitMovedUnchangedIsShownAsAMoveWithItsBookmark() {
        List<Para> older = List.of(unit(1, "Alfa współpraca z organizacjami."), unit(2, "Beta konkursy ofert."),
                unit(3, "Gamma inicjatywa lokalna."), END);
        List<Para> newer = List.of(unit(2, "Beta konkursy ofert."), unit(3, "Gamma inicjatywa lokalna."),
                unit(1, "Alfa współpraca z organizacjami."), END);

        byte[] redline = compare(older, newer, Attribution.of(COORDINATOR));

        Document doc = RevisionText.documentXml(redline);
        assertThat(elements(doc.getDocumentElement(), "ins")).isEmpty();
        assertThat(elements(doc.getDocumentElement(), "del")).isEmpty();
        Element from = only(doc.getDocumentElement(), "moveFrom");
        Element to = only(doc.getDocumentElement(), "moveTo");
        assertThat(text(from)).isEqualTo(text(to)).isEqualTo("Alfa współpraca z organizacjami.");
        assertThat(only(doc.getDocumentElement(), "moveFromRangeStart").getAttributeNS(W, "name"))
                .isEqualTo(only(doc.getDocumentElement(), "moveToRangeStart").getAttributeNS(W, "name"));
        assertThat(RevisionText.paragraphs(redline, View.ACCEPT)).containsExactly("Beta konkursy ofert.",
                "Gamma inicjatywa lokalna.", "Alfa współpraca z organizacjami.", END.text());
        assertThat(RevisionText.paragraphs(redline, View.REJECT)).containsExactly("Alfa współpraca z organizacjami.",
                "Beta konkursy ofert.", "Gamma inicjatywa lokalna.", END.text());
        assertThat(RevisionText.assertWellFormedBookmarks(redline)).containsExactly("wsp_u2", "wsp_u3", "wsp_u1");
    }

    @Test
    void eachRevisionIsAttributedToTheEditorOfItsUnitElseToTheDefault() {
        List<Para> older = List.of(unit(1, "Dotacje udziela się w trybie konkursu."),
                unit(2, "Środki wynoszą 10 000 zł."), Para.of("Tekst poza jednostkami."), END);
        List<Para> newer = List.of(unit(1, "Dotacje udziela się w trybie otwartego konkursu."),
                unit(2, "Środki wynoszą 12 000 zł."), Para.of("Tekst poza wszystkimi jednostkami."), END);
        Attribution attribution = Attribution.of(COORDINATOR, Map.of(Attribution.bookmark(1), EDITOR));

        byte[] redline = compare(older, newer, attribution);

        List<Element> paragraphs = elements(RevisionText.documentXml(redline).getDocumentElement(), "p");
        assertThat(authors(paragraphs.get(0))).containsExactly("Anna Nowak@2026-12-10T13:45:00Z");
        assertThat(authors(paragraphs.get(1))).containsOnly("Katarzyna Koordynatorka@2026-12-14T09:00:00Z").hasSize(2);
        assertThat(authors(paragraphs.get(2))).containsExactly("Katarzyna Koordynatorka@2026-12-14T09:00:00Z");
        assertThat(attribution.author(null)).isEqualTo(COORDINATOR);
        assertThat(attribution.author("wsp_u99")).isEqualTo(COORDINATOR);
    }

    @Test
    void thePrefaceOpensTheDocumentUntracked() {
        byte[] redline = Redline.compare(DocModel.docx(List.of(END)), DocModel.docx(List.of(END)),
                Attribution.of(COORDINATOR), "Porównanie wersji 2 z wersją 1.");

        assertThat(RevisionText.paragraphs(redline, View.PLAIN)).containsExactly("Porównanie wersji 2 z wersją 1.", END.text());
    }

    private static List<String> authors(Element paragraph) {
        return RevisionText.revisionMarksIn(paragraph).stream()
                .map(m -> m.getAttributeNS(W, "author") + "@" + m.getAttributeNS(W, "date")).toList();
    }

    /** The one element of the name in the content (paragraph marks, in {@code w:pPr/w:rPr}, left aside). */
    private static Element only(Element root, String name) {
        List<Element> found = elements(root, name).stream()
                .filter(e -> !e.getParentNode().getLocalName().equals("rPr")).toList();
        assertThat(found).as(name).hasSize(1);
        return found.get(0);
    }

    private static byte[] compare(List<Para> older, List<Para> newer, Attribution attribution) {
        byte[] from = DocModel.docx(older);
        byte[] to = DocModel.docx(newer);
        byte[] redline = Redline.compare(from, to, attribution, null);
        assertThat(RevisionText.paragraphs(redline, View.ACCEPT)).isEqualTo(RevisionText.paragraphs(to, View.PLAIN));
        assertThat(RevisionText.paragraphs(redline, View.REJECT)).isEqualTo(RevisionText.paragraphs(from, View.PLAIN));
        RevisionText.assertNoRevisionInsideFields(redline);
        return redline;
    }
}
