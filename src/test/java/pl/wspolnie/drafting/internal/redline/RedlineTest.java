package pl.wspolnie.drafting.internal.redline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.wspolnie.drafting.internal.redline.RevisionText.W;
import static pl.wspolnie.drafting.internal.redline.RevisionText.child;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import pl.wspolnie.drafting.internal.redline.DocModel.Block;
import pl.wspolnie.drafting.internal.redline.DocModel.Para;
import pl.wspolnie.drafting.internal.redline.DocModel.Run;
import pl.wspolnie.drafting.internal.redline.DocModel.Table;
import pl.wspolnie.drafting.internal.redline.RevisionText.View;

/** Concrete cases of the redline: what exactly is marked, by whom and when. */
class RedlineTest {

    static final String AUTHOR = "Anna Nowak";
    static final Instant DATE = Instant.parse("2025-11-23T10:15:30Z");

    @BeforeAll
    static void quiet() {
        TestLogging.quietDocx4j();
    }

    private static final Para TITLE = Para.heading(1, "Rozdział 1. Cele programu");
    private static final Para FIRST = Para.of("Gmina współpracuje z organizacjami pozarządowymi.");
    private static final Para SECOND = Para.of("Środki na realizację zadań wynoszą 10 000 zł.");
    private static final Para LAST = Para.of("Program wchodzi w życie z dniem 1 stycznia 2026 r.");

    @Test
    void oneChangedWordIsOneDeletionAndOneInsertionByTheAuthorAtTheDate() {
        Document doc = redline(List.of(TITLE, FIRST, SECOND, LAST),
                List.of(TITLE, FIRST, Para.of("Środki na realizację zadań wynoszą 12 000 zł."), LAST));

        List<Element> marks = RevisionText.revisionMarks(doc);
        assertThat(marks).hasSize(2);
        Element del = only(doc, "del");
        Element ins = only(doc, "ins");
        assertThat(text(del)).isEqualTo("10");
        assertThat(text(ins)).isEqualTo("12");
        for (Element mark : marks) {
            assertThat(mark.getAttributeNS(W, "author")).isEqualTo(AUTHOR);
            assertThat(mark.getAttributeNS(W, "date")).isEqualTo("2025-11-23T10:15:30Z");
        }
        assertThat(del.getAttributeNS(W, "id")).isNotEqualTo(ins.getAttributeNS(W, "id"));
        assertThat(elements(del, "t")).isEmpty();
        assertThat(elements(del, "delText")).hasSize(1);
        assertThat(del.getParentNode()).isSameAs(ins.getParentNode()); // inside the one paragraph
    }

    @Test
    void identicalVersionsGiveNoRevisions() {
        List<Block> doc = List.of(TITLE, FIRST, table(), SECOND, LAST);
        byte[] docx = DocModel.docx(doc);
        assertThat(RevisionText.revisionMarks(RevisionText.documentXml(Redline.compare(docx, docx, AUTHOR, DATE))))
                .isEmpty();
        // other runs, same text: formatting is not tracked either
        Para reformatted = new Para(null, List.of(new Run("Gmina współpracuje ", true, false),
                new Run("z organizacjami pozarządowymi.", false, true)));
        Document re = redline(doc, List.of(TITLE, reformatted, table(), SECOND, LAST));
        assertThat(RevisionText.revisionMarks(re)).isEmpty();
    }

    @Test
    void anAddedTableRowIsAnInsertedRowWithInsertedRuns() {
        Table before = table();
        List<List<List<Block>>> rows = new ArrayList<>(before.rows());
        rows.add(2, Table.of(List.of(List.of("2.", "Sport i rekreacja", "5 000 zł"))).rows().get(0));
        Document doc = redline(List.of(FIRST, before, LAST), List.of(FIRST, new Table(rows), LAST));

        List<Element> trs = elements(doc.getDocumentElement(), "tr");
        assertThat(trs).hasSize(4);
        Element added = trs.get(2);
        assertThat(child(child(added, "trPr"), "ins")).isNotNull();
        assertThat(text(added)).isEqualTo("2.Sport i rekreacja5 000 zł");
        assertThat(elements(added, "r")).allSatisfy(r -> assertThat(((Element) r.getParentNode()).getLocalName())
                .isEqualTo("ins"));
        for (int i : new int[] {0, 1, 3}) {
            assertThat(elements(trs.get(i), "ins")).isEmpty();
        }
        assertThat(elements(doc.getDocumentElement(), "del")).isEmpty();
    }

    @Test
    void aRemovedRowIsADeletedRowWithDeletedText() {
        Table before = table();
        List<List<List<Block>>> rows = new ArrayList<>(before.rows());
        rows.remove(1);
        Document doc = redline(List.of(FIRST, before, LAST), List.of(FIRST, new Table(rows), LAST));

        List<Element> trs = elements(doc.getDocumentElement(), "tr");
        assertThat(trs).hasSize(3);
        assertThat(child(child(trs.get(1), "trPr"), "del")).isNotNull();
        assertThat(elements(trs.get(1), "t")).isEmpty();
        assertThat(elements(trs.get(1), "delText")).extracting(Node::getTextContent)
                .containsExactly("1.", "Edukacja", "20 000 zł");
    }

    @Test
    void aChangedCellIsDiffedWordByWordInsideItsRow() {
        Table before = table();
        Table after = Table.of(List.of(List.of("Lp.", "Zadanie", "Kwota"), List.of("1.", "Edukacja", "25 000 zł"),
                List.of("3.", "Kultura i sztuka", "7 500 zł")));
        Document doc = redline(List.of(FIRST, before, LAST), List.of(FIRST, after, LAST));

        for (Element tr : elements(doc.getDocumentElement(), "tr")) {
            assertThat(child(tr, "trPr")).as("no row marks").isNull();
        }
        assertThat(elements(doc.getDocumentElement(), "delText")).extracting(Node::getTextContent)
                .containsExactly("20");
        assertThat(elements(doc.getDocumentElement(), "ins")).extracting(RedlineTest::text)
                .containsExactly("25", " i sztuka");
    }

    @Test
    void aDeletedParagraphIsDeletedWithItsParagraphMark() {
        Document doc = redline(List.of(TITLE, FIRST, SECOND, LAST), List.of(TITLE, FIRST, LAST));

        List<Element> ps = elements(body(doc), "p");
        assertThat(ps).hasSize(4);
        Element gone = ps.get(2);
        assertThat(child(child(child(gone, "pPr"), "rPr"), "del")).isNotNull();
        assertThat(text(gone)).isEqualTo(SECOND.text());
        assertThat(elements(gone, "t")).isEmpty();
        assertThat(RevisionText.revisionMarks(doc)).hasSize(2); // the text and the mark, nothing else
    }

    @Test
    void anInsertedParagraphIsInsertedWithItsParagraphMark() {
        Document doc = redline(List.of(TITLE, FIRST, LAST), List.of(TITLE, FIRST, SECOND, LAST));

        Element added = elements(body(doc), "p").get(2);
        assertThat(child(child(child(added, "pPr"), "rPr"), "ins")).isNotNull();
        assertThat(text(child(added, "ins"))).isEqualTo(SECOND.text());
        assertThat(RevisionText.revisionMarks(doc)).hasSize(2);
    }

    @Test
    void aRewrittenParagraphIsReplacedWholeRatherThanInterleaved() {
        Document doc = redline(List.of(FIRST, Para.of("Ten akapit zostanie usunięty w nowej wersji."), LAST),
                List.of(FIRST, Para.of("Nowy akapit dodany w wersji drugiej."), LAST));

        List<Element> ps = elements(body(doc), "p");
        assertThat(ps).hasSize(4);
        assertThat(child(child(child(ps.get(1), "pPr"), "rPr"), "del")).isNotNull();
        assertThat(child(child(child(ps.get(2), "pPr"), "rPr"), "ins")).isNotNull();
        assertThat(RevisionText.revisionMarks(doc)).hasSize(4);
    }

    @Test
    void aMovedChapterIsDeletedWhereItWasAndInsertedWhereItIs() {
        Para h2 = Para.heading(1, "Rozdział 2. Formy współpracy");
        Para p2 = Para.of("Współpraca ma formę finansową i pozafinansową.");
        byte[] from = DocModel.docx(List.of(TITLE, FIRST, h2, p2, LAST));
        byte[] to = DocModel.docx(List.of(h2, p2, TITLE, FIRST, LAST));
        byte[] redline = Redline.compare(from, to, AUTHOR, DATE);

        assertThat(RevisionText.paragraphs(redline, View.ACCEPT)).isEqualTo(RevisionText.paragraphs(to, View.PLAIN));
        assertThat(RevisionText.paragraphs(redline, View.REJECT)).isEqualTo(RevisionText.paragraphs(from, View.PLAIN));
        long insertedMarks = elements(body(RevisionText.documentXml(redline)), "p").stream()
                .filter(p -> child(p, "pPr") != null && child(child(p, "pPr"), "rPr") != null
                        && child(child(child(p, "pPr"), "rPr"), "ins") != null)
                .count();
        assertThat(insertedMarks).isEqualTo(2);
    }

    @Test
    void keepsTheFormattingOfEachSide() {
        Para before = new Para(null, List.of(new Run("Termin składania ofert: ", false, false),
                new Run("31 marca", false, true), new Run(" 2026 r.", false, false)));
        Para after = new Para(null, List.of(new Run("Termin składania ofert: ", false, false),
                new Run("30 kwietnia", true, false), new Run(" 2026 r.", false, false)));
        Document doc = redline(List.of(FIRST, before), List.of(FIRST, after));

        Element del = only(doc, "del");
        Element ins = only(doc, "ins");
        assertThat(text(del)).isEqualTo("31 marca");
        assertThat(text(ins)).isEqualTo("30 kwietnia");
        assertThat(elements(del, "i")).hasSize(1);
        assertThat(elements(del, "b")).isEmpty();
        assertThat(elements(ins, "b")).hasSize(1);
        assertThat(elements(ins, "i")).isEmpty();
    }

    @Test
    void keepsSpacesAndMarkupCharactersExactly() {
        Para before = Para.of("  Kwota <brutto> & „netto” 🙂 ");
        Para after = Para.of("  Kwota <netto> & „brutto” 👍🏽 ");
        byte[] from = DocModel.docx(List.of(before));
        byte[] to = DocModel.docx(List.of(after));
        byte[] redline = Redline.compare(from, to, AUTHOR, DATE);
        assertThat(RevisionText.paragraphs(redline, View.ACCEPT)).containsExactly(after.text());
        assertThat(RevisionText.paragraphs(redline, View.REJECT)).containsExactly(before.text());
        RevisionText.assertWellFormedRevisions(redline, AUTHOR, "2025-11-23T10:15:30Z");
        for (Element t : elements(RevisionText.documentXml(redline).getDocumentElement(), "t")) {
            assertThat(t.getAttributeNS("http://www.w3.org/XML/1998/namespace", "space")).isEqualTo("preserve");
        }
    }

    @Test
    void aVeryLongParagraphIsDiffedWordByWord() {
        RandomDocs docs = new RandomDocs(7);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 1500; i++) {
            text.append(docs.word()).append(' ');
        }
        String before = text.toString();
        String after = before.replace(" gmina ", " Gmina Miejska ").replace(" oraz ", " i ");
        byte[] from = DocModel.docx(List.of(Para.of(before)));
        byte[] to = DocModel.docx(List.of(Para.of(after)));
        byte[] redline = Redline.compare(from, to, AUTHOR, DATE);
        assertThat(RevisionText.paragraphs(redline, View.ACCEPT)).containsExactly(after);
        assertThat(RevisionText.paragraphs(redline, View.REJECT)).containsExactly(before);
    }

    @Test
    void unreadableInputIsARedlineException() {
        byte[] docx = DocModel.docx(List.of(FIRST));
        assertThatThrownBy(() -> Redline.compare("nie docx".getBytes(), docx, AUTHOR, DATE))
                .isInstanceOf(RedlineException.class).hasMessageContaining("older");
        assertThatThrownBy(() -> Redline.compare(docx, docx, " ", DATE)).isInstanceOf(IllegalArgumentException.class);
    }

    static Table table() {
        return Table.of(List.of(List.of("Lp.", "Zadanie", "Kwota"), List.of("1.", "Edukacja", "20 000 zł"),
                List.of("3.", "Kultura", "7 500 zł")));
    }

    static Document redline(List<? extends Block> from, List<? extends Block> to) {
        byte[] redline = Redline.compare(DocModel.docx(from), DocModel.docx(to), AUTHOR, DATE);
        RevisionText.assertWellFormedRevisions(redline, AUTHOR, "2025-11-23T10:15:30Z");
        return RevisionText.documentXml(redline);
    }

    static Element body(Document doc) {
        return child(doc.getDocumentElement(), "body");
    }

    static Element only(Document doc, String name) {
        List<Element> found = elements(doc.getDocumentElement(), name);
        assertThat(found).as(name).hasSize(1);
        return found.get(0);
    }

    /** Descendant elements of the WordprocessingML namespace with the given name. */
    static List<Element> elements(Element root, String name) {
        List<Element> list = new ArrayList<>();
        var nodes = root.getElementsByTagNameNS(W, name);
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    /** The text of w:t and w:delText under an element. */
    static String text(Element root) {
        StringBuilder sb = new StringBuilder();
        Predicate<Element> isText = e -> e.getLocalName().equals("t") || e.getLocalName().equals("delText");
        var nodes = root.getElementsByTagNameNS(W, "*");
        for (int i = 0; i < nodes.getLength(); i++) {
            if (isText.test((Element) nodes.item(i))) {
                sb.append(nodes.item(i).getTextContent());
            }
        }
        return sb.toString();
    }
}
