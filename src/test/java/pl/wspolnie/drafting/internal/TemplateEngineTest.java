package pl.wspolnie.drafting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.docx4j.XmlUtils;
import org.docx4j.wml.P;
import org.junit.jupiter.api.Test;

/** The placeholder grammar on paragraphs written the way Word writes them. */
class TemplateEngineTest {

    static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    static Object p(String inner) throws Exception {
        return XmlUtils.unmarshalString("<w:p " + W + ">" + inner + "</w:p>");
    }

    static Object p(String style, String text) throws Exception {
        return p("<w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>");
    }

    static List<String> texts(List<Object> content) {
        return Docx.paragraphs(content).stream().map(Docx.Para::text).toList();
    }

    @Test
    void aPlaceholderSplitAcrossRunsAndSpellingMarksIsFoundAndKeepsTheFormattingWhereItStarts() throws Exception {
        P p = (P) p("<w:r><w:t xml:space=\"preserve\">Tytuł: </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>${ti</w:t></w:r>"
                + "<w:proofErr w:type=\"spellStart\"/><w:r><w:t>tle}</w:t></w:r><w:proofErr w:type=\"spellEnd\"/>"
                + "<w:bookmarkStart w:id=\"0\" w:name=\"x\"/><w:r><w:t xml:space=\"preserve\"> koniec</w:t></w:r>");
        List<Object> content = new ArrayList<>(List.of(p));

        TemplateEngine engine = new TemplateEngine();
        engine.fill(content, Map.of("title", "A & <B>\nC"));

        assertThat(ParagraphFiller.text(p)).isEqualTo("Tytuł: A & <B>\nC koniec");
        String xml = XmlUtils.marshaltoString(p, true, false);
        assertThat(xml).contains("<w:b/>", "A &amp; &lt;B&gt;", "<w:br/>", "w:bookmarkStart").doesNotContain("proofErr");
        assertThat(engine.unknownKeys()).isEmpty();
    }

    @Test
    void sectionsKeepDropAndRepeatWithNestedScopes() throws Exception {
        List<Object> content = new ArrayList<>(List.of(
                p("Normal", "${#shown}"), p("Normal", "widoczne ${title}"), p("Normal", "${/shown}"),
                p("Normal", "${#hidden}"), p("Normal", "ukryte"), p("Normal", "${/hidden}"),
                p("Normal", "${^hidden}"), p("Normal", "zamiast ukrytego"), p("Normal", "${/hidden}"),
                p("Normal", "${#items}"), p("Heading2", "${item.name} z ${title}"),
                p("Normal", "${#item.note}"), p("Normal", "uwaga: ${item.note}"), p("Normal", "${/item.note}"),
                p("Normal", "${/items}")));

        new TemplateEngine().fill(content, Map.of("shown", true, "hidden", false, "title", "T",
                "items", List.of(Map.of("item.name", "pierwszy", "item.note", "${title} dosłownie"), Map.of("item.name", "drugi", "item.note", ""))));

        assertThat(texts(content)).containsExactly("widoczne T", "zamiast ukrytego", "pierwszy z T",
                "uwaga: ${title} dosłownie", "drugi z T");
    }

    @Test
    void rowsAndColumnsRepeatAndTheGridFollows() throws Exception {
        String cell = "<w:tc><w:tcPr><w:tcW w:w=\"%d\" w:type=\"dxa\"/></w:tcPr><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:tc>";
        Object table = XmlUtils.unmarshalString("<w:tbl " + W + "><w:tblGrid><w:gridCol w:w=\"1000\"/><w:gridCol w:w=\"3000\"/></w:tblGrid>"
                + "<w:tr>" + cell.formatted(1000, "Nazwa") + cell.formatted(3000, "${col:years}${year}") + "</w:tr>"
                + "<w:tr>" + cell.formatted(1000, "${row:rows}${name}") + cell.formatted(3000, "${col:cells}${amount}") + "</w:tr></w:tbl>");
        List<Object> content = new ArrayList<>(List.of(table));

        new TemplateEngine().fill(content, Map.of("years", List.of(Map.of("year", "2027"), Map.of("year", "2028"), Map.of("year", "2029")),
                "rows", List.of(Map.of("name", "a", "cells", List.of(Map.of("amount", "1"), Map.of("amount", "2"), Map.of("amount", "3"))),
                        Map.of("name", "b", "cells", List.of(Map.of("amount", "4"), Map.of("amount", "5"), Map.of("amount", "6"))))));

        String xml = XmlUtils.marshaltoString(content.get(0), true, false);
        assertThat(texts(content)).containsExactly("Nazwa", "2027", "2028", "2029", "a", "1", "2", "3", "b", "4", "5", "6");
        assertThat(xml).contains("<w:gridCol w:w=\"1000\"/><w:gridCol w:w=\"1000\"/><w:gridCol w:w=\"1000\"/><w:gridCol w:w=\"1000\"/>");
    }

    @Test
    void rowsInsideARepeatedSectionRepeatPerCopyFromTheTemplatesRowWithoutBookmarks() throws Exception {
        Object table = XmlUtils.unmarshalString("<w:tbl " + W + "><w:tr><w:tc><w:p><w:bookmarkStart w:id=\"7\" w:name=\"r\"/>"
                + "<w:r><w:t>${row:tasks}${task} (${sector})</w:t></w:r><w:bookmarkEnd w:id=\"7\"/></w:p></w:tc></w:tr></w:tbl>");
        List<Object> content = new ArrayList<>(List.of(p("Normal", "${#sectors}"), p("Heading2", "${sector}"), table,
                p("Normal", "${/sectors}")));

        new TemplateEngine().fill(content, Map.of("sectors", List.of(
                Map.of("sector", "A", "tasks", List.of(Map.of("task", "a1"), Map.of("task", "a2"))),
                Map.of("sector", "B", "tasks", List.of()),
                Map.of("sector", "C", "tasks", List.of(Map.of("task", "c1"), Map.of("task", "c2"), Map.of("task", "c3"))))));

        assertThat(texts(content)).containsExactly("A", "a1 (A)", "a2 (A)", "B", "C", "c1 (C)", "c2 (C)", "c3 (C)");
        assertThat(content.stream().map(o -> XmlUtils.marshaltoString(o, true, false))).noneMatch(xml -> xml.contains("bookmark"));
    }

    @Test
    void unknownKeysStayVisibleAndBrokenSectionsAreNamed() throws Exception {
        List<Object> content = new ArrayList<>(List.of(p("Normal", "${nieznany} i ${title}")));
        TemplateEngine engine = new TemplateEngine();
        engine.fill(content, Map.of("title", "T"));
        assertThat(texts(content)).containsExactly("${nieznany} i T");
        assertThat(engine.unknownKeys()).containsExactly("nieznany");

        assertThatThrownBy(() -> new TemplateEngine().fill(new ArrayList<>(List.of(p("Normal", "${#open}"), p("Normal", "x"))), Map.of()))
                .isInstanceOf(TemplateException.class).hasMessageContaining("${#open} has no closing ${/open}");
        assertThatThrownBy(() -> new TemplateEngine().fill(new ArrayList<>(List.of(p("Normal", "${/stray}"))), Map.of()))
                .isInstanceOf(TemplateException.class).hasMessageContaining("${/stray}");
    }

    @Test
    void charactersXmlCannotCarryAreDroppedAndEverythingElseKept() {
        assertThat(XmlText.clean("a\u0000b\u0007c\u001Fd\uFFFEe 😀 \uD800 ż\t\n")).isEqualTo("abcde 😀  ż\t\n");
    }
}
