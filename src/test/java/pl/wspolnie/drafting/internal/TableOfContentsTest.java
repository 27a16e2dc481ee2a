package pl.wspolnie.drafting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.toc.TocGenerator;
import org.docx4j.wml.SdtBlock;
import org.docx4j.wml.Tbl;
import org.junit.jupiter.api.Test;

/** The table of contents made from a view of the body without the table cells that cannot be entries. */
class TableOfContentsTest {

    static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
    static final String INSTRUCTION = "TOC \\o \"1-3\" \\h \\z \\u";

    /** A document with a table of contents, a heading, a table holding a heading and plain cells, a heading after. */
    static WordprocessingMLPackage document() throws Exception {
        WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage();
        var main = pkg.getMainDocumentPart();
        main.addStyledParagraphOfText("Heading1", "Rozdział przed tabelą");
        main.getContent().add(XmlUtils.unmarshalString("<w:tbl " + W + "><w:tr><w:tc>"
                + "<w:p><w:pPr><w:pStyle w:val=\"Heading2\"/></w:pPr><w:r><w:t>Nagłówek w tabeli</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t>Zwykła komórka</w:t></w:r></w:p></w:tc>"
                + "<w:tc><w:p><w:pPr><w:pStyle w:val=\"Normal\"/></w:pPr><w:r><w:t>Kwota</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"));
        main.addStyledParagraphOfText("Heading1", "Rozdział po tabeli");
        new TocGenerator(pkg).generateToc(0, INSTRUCTION, true);
        return pkg;
    }

    static String tableOfContents(WordprocessingMLPackage pkg) {
        SdtBlock toc = (SdtBlock) XmlText.unwrap(pkg.getMainDocumentPart().getContent().get(0));
        // the entries' text, in the hyperlinks docx4j puts them in
        return String.join("|", java.util.regex.Pattern.compile("<w:t[^>]*>([^<]*)</w:t>").matcher(XmlUtils.marshaltoString(toc))
                .results().map(m -> m.group(1)).toList());
    }

    @Test
    void headingsInsideTablesAreListedAsWithTheWholeBodyAndTheTablesKeepTheirCells() throws Exception {
        WordprocessingMLPackage viewed = document();
        WordprocessingMLPackage whole = document();

        TableOfContents.refresh(viewed, 1_000);
        TableOfContents.refresh(whole, null);

        assertThat(tableOfContents(viewed)).contains("Rozdział przed tabelą", "Nagłówek w tabeli", "Rozdział po tabeli")
                .doesNotContain("Zwykła komórka", "Kwota").isEqualTo(tableOfContents(whole));
        List<Object> body = viewed.getMainDocumentPart().getContent();
        assertThat(body).hasSize(4);
        assertThat(XmlText.unwrap(body.get(2))).isInstanceOf(Tbl.class);
        assertThat(XmlUtils.marshaltoString(body.get(2))).contains("Nagłówek w tabeli", "Zwykła komórka", "Kwota", "_Toc");
        assertThat(viewed.getMainDocumentPart().getJaxbElement().getBody().getContent()).isSameAs(body);
    }

    @Test
    void onlyAFieldListingHeadingsByStyleOrOutlineLevelGetsTheView() {
        assertThat(TableOfContents.byHeadingsOnly(INSTRUCTION)).isTrue();
        assertThat(TableOfContents.byHeadingsOnly("TOC \\o \"1-2\" \\h \\z \\u")).isTrue();
        assertThat(TableOfContents.byHeadingsOnly("TOC \\t \"Tabela,1\" \\h")).isFalse();
        assertThat(TableOfContents.byHeadingsOnly("TOC \\f \\h")).isFalse();
        assertThat(TableOfContents.byHeadingsOnly(null)).isFalse();
    }
}
