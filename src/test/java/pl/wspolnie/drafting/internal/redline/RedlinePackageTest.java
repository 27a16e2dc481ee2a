package pl.wspolnie.drafting.internal.redline;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.wspolnie.drafting.internal.redline.RedlineTest.elements;
import static pl.wspolnie.drafting.internal.redline.RedlineTest.text;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.openpackaging.parts.relationships.Namespaces;
import org.docx4j.relationships.Relationship;
import org.docx4j.wml.Hdr;
import org.docx4j.wml.HdrFtrRef;
import org.docx4j.wml.HeaderReference;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import pl.wspolnie.drafting.internal.redline.RevisionText.View;

/** The redline is the newer file: everything outside its body is kept, nothing of the older file's parts leaks in. */
class RedlinePackageTest {

    private static final ObjectFactory WML = new ObjectFactory();
    private static final Instant DATE = Instant.parse("2025-11-23T10:15:30Z");

    @BeforeAll
    static void quiet() {
        TestLogging.quietDocx4j();
    }

    @Test
    void keepsEveryPartOutsideTheBodyAndHeadersOfTheNewerVersionAsItWasAndMarksTheHeaderChange() throws Exception {
        byte[] from = withHeader("Projekt – wersja 1", "Program współpracy na rok 2026.");
        byte[] to = withHeader("Projekt – wersja 2", "Program współpracy Miasta na rok 2026.");

        byte[] redline = Redline.compare(from, to, "Anna Nowak", DATE);

        Map<String, byte[]> before = entries(to);
        Map<String, byte[]> after = entries(redline);
        assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
        String header = after.keySet().stream().filter(n -> n.startsWith("word/header")).findFirst().orElseThrow();
        for (String name : before.keySet()) {
            if (!name.equals("word/document.xml") && !name.equals(header)) {
                assertThat(after.get(name)).as(name).isEqualTo(before.get(name));
            }
        }
        String headerXml = new String(after.get(header), "UTF-8");
        assertThat(headerXml).containsPattern("<w:del [^>]*w:author=\"Anna Nowak\"[^>]*>\\s*<w:r>\\s*<w:delText[^>]*>1</w:delText>")
                .containsPattern("<w:ins [^>]*>\\s*<w:r>\\s*<w:t[^>]*>2</w:t>");
        Element sectPr = RevisionText.child(RedlineTest.body(RevisionText.documentXml(redline)), "sectPr");
        assertThat(elements(sectPr, "headerReference")).hasSize(1);
        assertThat(RevisionText.paragraphs(redline, View.ACCEPT)).containsExactly("Program współpracy Miasta na rok 2026.");
        WordprocessingMLPackage.load(new ByteArrayInputStream(redline)); // docx4j reads it back
    }

    @Test
    void aDeletedHyperlinkLeavesItsTextButNotItsRelationship() throws Exception {
        byte[] from = withHyperlink("Szczegóły w BIP: ", "bip.krakow.pl", " oraz w urzędzie.");
        byte[] to = DocModel.docx(java.util.List.of(DocModel.Para.of("Szczegóły w urzędzie.")));

        byte[] redline = Redline.compare(from, to, "Anna Nowak", DATE);

        var doc = RevisionText.documentXml(redline);
        assertThat(elements(doc.getDocumentElement(), "hyperlink")).isEmpty();
        assertThat(elements(doc.getDocumentElement(), "del")).singleElement().extracting(RedlineTest::text)
                .asString().contains("BIP: bip.krakow.pl oraz");
        assertThat(RevisionText.paragraphs(redline, View.REJECT))
                .containsExactly("Szczegóły w BIP: bip.krakow.pl oraz w urzędzie.");
        assertThat(RevisionText.paragraphs(redline, View.ACCEPT)).containsExactly("Szczegóły w urzędzie.");
    }

    @Test
    void anInsertedHyperlinkKeepsItsLinkWithItsRunsInserted() throws Exception {
        byte[] from = DocModel.docx(java.util.List.of(DocModel.Para.of("Szczegóły w urzędzie.")));
        byte[] to = withHyperlink("Szczegóły w BIP: ", "bip.krakow.pl", " oraz w urzędzie.");

        byte[] redline = Redline.compare(from, to, "Anna Nowak", DATE);

        var doc = RevisionText.documentXml(redline);
        Element link = RedlineTest.only(doc, "hyperlink");
        assertThat(link.getAttributeNS("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id"))
                .isNotEmpty();
        assertThat(text(RevisionText.child(link, "ins"))).isEqualTo("bip.krakow.pl");
        assertThat(RevisionText.paragraphs(redline, View.ACCEPT))
                .containsExactly("Szczegóły w BIP: bip.krakow.pl oraz w urzędzie.");
        assertThat(RevisionText.paragraphs(redline, View.REJECT)).containsExactly("Szczegóły w urzędzie.");
    }

    @Test
    void revisionIdsStartAboveTheIdsAlreadyInTheNewerVersion() throws Exception {
        byte[] from = DocModel.docx(java.util.List.of(DocModel.Para.of("Cele programu."),
                DocModel.Para.of("Zadania publiczne.")));
        WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage();
        P bookmarked = paragraph("Cele programu.");
        org.docx4j.wml.CTBookmark start = new org.docx4j.wml.CTBookmark();
        start.setId(java.math.BigInteger.valueOf(41));
        start.setName("_Toc41");
        org.docx4j.wml.CTMarkupRange end = new org.docx4j.wml.CTMarkupRange();
        end.setId(java.math.BigInteger.valueOf(41));
        bookmarked.getContent().add(0, WML.createPBookmarkStart(start));
        bookmarked.getContent().add(WML.createPBookmarkEnd(end));
        pkg.getMainDocumentPart().getContent().add(bookmarked);
        pkg.getMainDocumentPart().getContent().add(paragraph("Zadania publiczne gminy."));

        byte[] redline = Redline.compare(from, save(pkg), "Anna Nowak", DATE);

        var marks = RevisionText.revisionMarks(RevisionText.documentXml(redline));
        assertThat(marks).isNotEmpty().allSatisfy(m -> assertThat(Integer.parseInt(
                m.getAttributeNS(RevisionText.W, "id"))).isGreaterThan(41));
        assertThat(elements(RevisionText.documentXml(redline).getDocumentElement(), "bookmarkStart")).hasSize(1);
    }

    private static byte[] withHeader(String header, String text) throws Exception {
        WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage();
        MainDocumentPart main = pkg.getMainDocumentPart();
        HeaderPart part = new HeaderPart();
        Hdr hdr = new Hdr();
        hdr.getContent().add(paragraph(header));
        part.setJaxbElement(hdr);
        Relationship rel = main.addTargetPart(part);
        HeaderReference ref = new HeaderReference();
        ref.setId(rel.getId());
        ref.setType(HdrFtrRef.DEFAULT);
        pkg.getDocumentModel().getSections().get(0).getSectPr().getEGHdrFtrReferences().add(ref);
        main.getContent().add(paragraph(text));
        return save(pkg);
    }

    private static byte[] withHyperlink(String before, String link, String after) throws Exception {
        WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage();
        MainDocumentPart main = pkg.getMainDocumentPart();
        Relationship rel = new org.docx4j.relationships.ObjectFactory().createRelationship();
        rel.setType(Namespaces.HYPERLINK);
        rel.setTarget("https://" + link);
        rel.setTargetMode("External");
        main.getRelationshipsPart().addRelationship(rel);
        P p = paragraph(before);
        P.Hyperlink hyperlink = new P.Hyperlink();
        hyperlink.setId(rel.getId());
        hyperlink.getContent().add(run(link));
        p.getContent().add(WML.createPHyperlink(hyperlink));
        p.getContent().add(run(after));
        main.getContent().add(p);
        return save(pkg);
    }

    private static P paragraph(String text) {
        P p = new P();
        p.getContent().add(run(text));
        return p;
    }

    private static R run(String text) {
        R r = new R();
        Text t = new Text();
        t.setValue(text);
        t.setSpace("preserve");
        r.getContent().add(WML.createRT(t));
        return r;
    }

    private static byte[] save(WordprocessingMLPackage pkg) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pkg.save(out);
        return out.toByteArray();
    }

    private static Map<String, byte[]> entries(byte[] docx) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }
}
