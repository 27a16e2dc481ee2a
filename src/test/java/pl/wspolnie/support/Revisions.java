package pl.wspolnie.support;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads the tracked changes (w:ins, w:del) of a part of a DOCX, as a reviewer in Word would see them. */
public final class Revisions {

    public static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private Revisions() {
    }

    /** The text of each revision of the kind ("ins" or "del"), in document order; formatting marks are not revisions. */
    public static List<String> texts(Document doc, String kind) {
        List<String> out = new ArrayList<>();
        for (Element mark : marks(doc, kind)) {
            out.add(mark.getTextContent().strip());
        }
        return out;
    }

    /** The authors of every insertion and deletion of the part. */
    public static Set<String> authors(Document doc) {
        Set<String> out = new LinkedHashSet<>();
        for (String kind : List.of("ins", "del")) {
            marks(doc, kind).forEach(m -> out.add(m.getAttributeNS(W, "author")));
        }
        return out;
    }

    private static List<Element> marks(Document doc, String kind) {
        List<Element> out = new ArrayList<>();
        NodeList marks = doc.getElementsByTagNameNS(W, kind);
        for (int i = 0; i < marks.getLength(); i++) {
            Element mark = (Element) marks.item(i);
            if (!mark.getParentNode().getLocalName().equals("rPr")) {
                out.add(mark);
            }
        }
        return out;
    }

    /**
     * Each revision's text by the unit bookmark ({@code wsp_u<id>}) it lies in — the innermost one open at that
     * point of the document — or under {@code ""} when it lies in no unit.
     */
    public static java.util.Map<String, List<String>> byUnit(Document doc) {
        java.util.Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        walk(doc.getDocumentElement(), new java.util.ArrayDeque<>(), new java.util.HashMap<>(), out);
        return out;
    }

    private static void walk(Element e, java.util.Deque<String> open, java.util.Map<String, String> names,
                             java.util.Map<String, List<String>> out) {
        String name = e.getLocalName();
        if (W.equals(e.getNamespaceURI()) && name.equals("bookmarkStart") && e.getAttributeNS(W, "name").startsWith("wsp_u")) {
            names.put(e.getAttributeNS(W, "id"), e.getAttributeNS(W, "name"));
            open.push(e.getAttributeNS(W, "name"));
            return;
        }
        if (W.equals(e.getNamespaceURI()) && name.equals("bookmarkEnd") && names.containsKey(e.getAttributeNS(W, "id"))) {
            open.remove(names.get(e.getAttributeNS(W, "id")));
            return;
        }
        if (W.equals(e.getNamespaceURI()) && (name.equals("ins") || name.equals("del"))
                && !e.getParentNode().getLocalName().equals("rPr")) {
            out.computeIfAbsent(open.isEmpty() ? "" : open.peek(), k -> new ArrayList<>()).add(name + ":" + e.getTextContent().strip());
        }
        for (org.w3c.dom.Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element child) {
                walk(child, open, names, out);
            }
        }
    }

    /** An XML part of the package, namespace-aware. */
    public static Document xml(byte[] docx, String entry) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals(entry)) {
                    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
                    f.setNamespaceAware(true);
                    return f.newDocumentBuilder().parse(new ByteArrayInputStream(zip.readAllBytes()));
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + entry, e);
        }
        throw new AssertionError("no " + entry);
    }
}
