package pl.wspolnie.drafting.internal.redline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Test support, independent of the code under test: reads {@code word/document.xml} of a DOCX with the DOM and gives
 * the text of every paragraph (body and table cells, in document order) as the document reads with all revisions
 * accepted, all rejected, or as a plain document without revisions.
 * <p>
 * Word's rules (a move counts as a deletion and an insertion, as LibreOffice may write them): accepting drops {@code w:del} content and rows with {@code w:trPr/w:del}; a paragraph whose mark is
 * deleted joins the next paragraph. Rejecting drops {@code w:ins} content and rows with {@code w:trPr/w:ins}; a
 * paragraph whose mark is inserted joins the next paragraph. A table none of whose rows is left is gone. No
 * paragraph joins across a remaining table or a cell boundary (a joined paragraph left over with no text is gone;
 * one with text stays a paragraph of its own).
 */
final class RevisionText {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    enum View { PLAIN, ACCEPT, REJECT }

    private RevisionText() {
    }

    static List<String> paragraphs(byte[] docx, View view) {
        List<String> out = new ArrayList<>();
        Element body = child(documentXml(docx).getDocumentElement(), "body");
        new Container(view, out).blocks(body);
        return out;
    }

    static Document documentXml(byte[] docx) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals("word/document.xml")) {
                    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
                    f.setNamespaceAware(true);
                    return f.newDocumentBuilder().parse(new ByteArrayInputStream(zip.readAllBytes()));
                }
            }
            throw new AssertionError("no word/document.xml");
        } catch (IOException | javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new AssertionError("unreadable DOCX", e);
        }
    }

    /** All {@code w:ins}, {@code w:del} (and move) elements: run content, paragraph marks, rows. */
    static List<Element> revisionMarks(Document doc) {
        return revisionMarksIn(doc.getDocumentElement());
    }

    /** The same inside one element. */
    static List<Element> revisionMarksIn(Element root) {
        List<Element> marks = new ArrayList<>();
        for (String name : List.of("ins", "del", "moveFrom", "moveTo")) {
            var nodes = root.getElementsByTagNameNS(W, name);
            for (int i = 0; i < nodes.getLength(); i++) {
                marks.add((Element) nodes.item(i));
            }
        }
        return marks;
    }

    /**
     * What Word and LibreOffice need of revision marks: each with the author, the date and an id unique in the
     * document; deleted text only as {@code w:delText} inside {@code w:del}, kept text never there.
     */
    static void assertWellFormedRevisions(byte[] docx, String author, String date) {
        Document doc = documentXml(docx);
        Set<String> ids = new HashSet<>();
        for (Element mark : revisionMarks(doc)) {
            assertThat(mark.getAttributeNS(W, "author")).as("w:author").isEqualTo(author);
            assertThat(mark.getAttributeNS(W, "date")).as("w:date").isEqualTo(date);
            String id = mark.getAttributeNS(W, "id");
            assertThat(id).as("w:id").isNotEmpty();
            assertThat(ids.add(id)).as("w:id %s unique", id).isTrue();
        }
        var texts = doc.getElementsByTagNameNS(W, "t");
        for (int i = 0; i < texts.getLength(); i++) {
            assertThat(insideRunDeletion(texts.item(i))).as("w:t inside w:del").isFalse();
        }
        var delTexts = doc.getElementsByTagNameNS(W, "delText");
        for (int i = 0; i < delTexts.getLength(); i++) {
            Element t = (Element) delTexts.item(i);
            assertThat(insideRunDeletion(t)).as("w:delText outside w:del").isTrue();
            assertThat(t.getAttributeNS("http://www.w3.org/XML/1998/namespace", "space")).isEqualTo("preserve");
        }
    }

    /**
     * Every complex field (outermost begin … end, in document order) lies wholly in one state: kept, inside one kind of
     * run revision, never partly; so no revision is inside a field's result or instruction.
     */
    static void assertNoRevisionInsideFields(byte[] docx) {
        var runs = documentXml(docx).getElementsByTagNameNS(W, "r");
        int depth = 0;
        String state = null;
        for (int i = 0; i < runs.getLength(); i++) {
            Element r = (Element) runs.item(i);
            Element fldChar = child(r, "fldChar");
            String type = fldChar == null ? "" : fldChar.getAttributeNS(W, "fldCharType");
            if (depth == 0 && !type.equals("begin")) {
                continue;
            }
            String here = revisionState(r);
            if (depth == 0) {
                state = here;
            }
            assertThat(here).as("revision state of a run inside a field").isEqualTo(state);
            if (type.equals("begin")) {
                depth++;
            } else if (type.equals("end")) {
                depth--;
            }
        }
        assertThat(depth).as("fields closed").isZero();
    }

    private static String revisionState(Element run) {
        for (Node n = run.getParentNode(); n != null; n = n.getParentNode()) {
            if (W.equals(n.getNamespaceURI()) && List.of("ins", "del", "moveFrom", "moveTo").contains(n.getLocalName())) {
                return n.getLocalName();
            }
        }
        return "kept";
    }

    /** Bookmarks in pairs: each start's id unique and ended exactly once, each end started; returns their names. */
    static List<String> assertWellFormedBookmarks(byte[] docx) {
        Document doc = documentXml(docx);
        var starts = doc.getElementsByTagNameNS(W, "bookmarkStart");
        var ends = doc.getElementsByTagNameNS(W, "bookmarkEnd");
        Set<String> startIds = new HashSet<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < starts.getLength(); i++) {
            Element e = (Element) starts.item(i);
            assertThat(startIds.add(e.getAttributeNS(W, "id"))).as("bookmark id %s unique", e.getAttributeNS(W, "id")).isTrue();
            names.add(e.getAttributeNS(W, "name"));
        }
        Set<String> endIds = new HashSet<>();
        for (int i = 0; i < ends.getLength(); i++) {
            String id = ((Element) ends.item(i)).getAttributeNS(W, "id");
            assertThat(endIds.add(id)).as("bookmark %s ended once", id).isTrue();
        }
        assertThat(endIds).as("bookmark ends match starts").isEqualTo(startIds);
        return names;
    }

    private static boolean insideRunDeletion(Node node) {
        for (Node n = node.getParentNode(); n != null; n = n.getParentNode()) {
            if (W.equals(n.getNamespaceURI()) && "del".equals(n.getLocalName())) {
                return true;
            }
        }
        return false;
    }

    /** What a field reads as in every view: its cached result is not text a version is compared by. */
    static final String FIELD = "{pole}";

    private static final class Container {
        private final View view;
        private final List<String> out;
        private String pending;
        /** How deep inside complex fields the reading is (their content is read as {@link #FIELD} once). */
        private int fieldDepth;

        Container(View view, List<String> out) {
            this.view = view;
            this.out = out;
        }

        void blocks(Element parent) {
            for (Element e : children(parent)) {
                switch (e.getLocalName()) {
                    case "p" -> paragraph(e);
                    case "tbl" -> {
                        if (hasVisibleRow(e)) {
                            flush();
                            table(e);
                        }
                    }
                    case "sdt", "customXml" -> {
                        Element content = child(e, "sdtContent");
                        blocks(content == null ? e : content);
                    }
                    default -> {
                    }
                }
            }
            flush();
        }

        private void paragraph(Element p) {
            StringBuilder text = new StringBuilder(pending == null ? "" : pending);
            pending = null;
            inline(p, false, text);
            Element pPr = child(p, "pPr");
            Element rPr = pPr == null ? null : child(pPr, "rPr");
            boolean ins = rPr != null && (child(rPr, "ins") != null || child(rPr, "moveTo") != null);
            boolean del = rPr != null && (child(rPr, "del") != null || child(rPr, "moveFrom") != null);
            boolean joinsNext = switch (view) {
                case PLAIN -> {
                    assertThat(ins || del).as("revision in a plain document").isFalse();
                    yield false;
                }
                case ACCEPT -> del;
                case REJECT -> ins;
            };
            if (joinsNext) {
                pending = text.toString();
            } else {
                out.add(text.toString());
            }
        }

        private void flush() {
            if (pending != null && !pending.isEmpty()) {
                out.add(pending);
            }
            pending = null;
        }

        /** A table all of whose rows are gone in this view is gone: paragraphs join across it. */
        private boolean hasVisibleRow(Element tbl) {
            for (Element tr : children(tbl)) {
                if (tr.getLocalName().equals("tr") && !hidden(tr)) {
                    return true;
                }
            }
            return false;
        }

        private boolean hidden(Element tr) {
            Element trPr = child(tr, "trPr");
            boolean ins = trPr != null && child(trPr, "ins") != null;
            boolean del = trPr != null && child(trPr, "del") != null;
            return (view == View.ACCEPT && del) || (view == View.REJECT && ins);
        }

        private void table(Element tbl) {
            for (Element tr : children(tbl)) {
                if (!tr.getLocalName().equals("tr")) {
                    continue;
                }
                Element trPr = child(tr, "trPr");
                boolean ins = trPr != null && child(trPr, "ins") != null;
                boolean del = trPr != null && child(trPr, "del") != null;
                if (view == View.PLAIN) {
                    assertThat(ins || del).as("row revision in a plain document").isFalse();
                }
                if ((view == View.ACCEPT && del) || (view == View.REJECT && ins)) {
                    continue;
                }
                for (Element tc : children(tr)) {
                    if (tc.getLocalName().equals("tc")) {
                        new Container(view, out).blocks(tc);
                    }
                }
            }
        }

        private void inline(Element parent, boolean inDeletion, StringBuilder text) {
            for (Element e : children(parent)) {
                switch (e.getLocalName()) {
                    case "r" -> run(e, inDeletion, text);
                    case "ins", "moveTo" -> {
                        assertThat(view).as("w:ins in a plain document").isNotEqualTo(View.PLAIN);
                        if (view == View.ACCEPT) {
                            inline(e, inDeletion, text);
                        }
                    }
                    case "del", "moveFrom" -> {
                        assertThat(view).as("w:del in a plain document").isNotEqualTo(View.PLAIN);
                        if (view == View.REJECT) {
                            inline(e, e.getLocalName().equals("del"), text); // a move source keeps w:t
                        }
                    }
                    case "fldSimple" -> text.append(fieldDepth == 0 ? FIELD : "");
                    case "hyperlink", "smartTag", "customXml" -> inline(e, inDeletion, text);
                    case "sdt" -> {
                        Element content = child(e, "sdtContent");
                        if (content != null) {
                            inline(content, inDeletion, text);
                        }
                    }
                    default -> {
                    }
                }
            }
        }

        private void run(Element r, boolean inDeletion, StringBuilder text) {
            for (Element e : children(r)) {
                if (e.getLocalName().equals("fldChar")) {
                    String type = e.getAttributeNS(W, "fldCharType");
                    if (type.equals("begin") && fieldDepth++ == 0) {
                        text.append(FIELD);
                    } else if (type.equals("end") && fieldDepth > 0) {
                        fieldDepth--;
                    }
                    continue;
                }
                if (fieldDepth > 0) {
                    continue;
                }
                switch (e.getLocalName()) {
                    case "t" -> {
                        assertThat(inDeletion).as("w:t in deleted run").isFalse();
                        text.append(e.getTextContent());
                    }
                    case "delText" -> {
                        assertThat(inDeletion).as("w:delText outside a deletion").isTrue();
                        text.append(e.getTextContent());
                    }
                    case "tab" -> text.append('\t');
                    case "br", "cr" -> text.append('\n');
                    case "noBreakHyphen" -> text.append('\u2011');
                    default -> {
                    }
                }
            }
        }
    }

    static List<Element> children(Element parent) {
        List<Element> list = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && W.equals(e.getNamespaceURI())) {
                list.add(e);
            }
        }
        return list;
    }

    static Element child(Element parent, String name) {
        for (Element e : children(parent)) {
            if (e.getLocalName().equals(name)) {
                return e;
            }
        }
        return null;
    }
}
