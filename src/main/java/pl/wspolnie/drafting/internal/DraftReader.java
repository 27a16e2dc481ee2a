package pl.wspolnie.drafting.internal;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.docx4j.XmlUtils;
import org.docx4j.docProps.custom.Properties;
import org.docx4j.openpackaging.packages.OpcPackage;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.DocPropsCustomPart;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import pl.wspolnie.drafting.UnreadableDraftException;
import pl.wspolnie.drafting.UploadedDraft;

/**
 * Reads an edited programme draft back to its units: the text inside each bookmark {@link TextRenderer#BOOKMARK_PREFIX}
 * (and the sector headings' {@link TextRenderer#HEADING_BOOKMARK_PREFIX}) as if every tracked change were accepted —
 * inserted and moved-to text kept, deleted and moved-from text dropped, a deleted paragraph mark joining two
 * paragraphs — and the custom properties {@link DocumentProperties} naming programme and version. Loading goes
 * through docx4j, so its ZIP-bomb limits apply (docx4j.properties defaults: 50 MB a part and in all, inflation
 * ratio 500) and its XML parsing without DTDs.
 */
final class DraftReader {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    /** Content that is not the running text of the paragraph it sits in. */
    private static final Set<String> SKIPPED = Set.of("del", "moveFrom", "pPr", "rPr", "sectPr", "tblPr", "trPr", "tcPr",
            "tblGrid", "sdtPr", "drawing", "pict", "object", "instrText", "delText", "footnoteReference", "endnoteReference");

    private final Map<String, StringBuilder> open = new LinkedHashMap<>();
    private final Map<String, String> openById = new HashMap<>();
    private final Map<String, StringBuilder> texts = new LinkedHashMap<>();
    private final Set<String> duplicated = new LinkedHashSet<>();

    /** @throws UnreadableDraftException (Polish message) for anything that is not a readable DOCX */
    static UploadedDraft read(byte[] docx) {
        WordprocessingMLPackage pkg;
        try {
            OpcPackage loaded = OpcPackage.load(new ByteArrayInputStream(docx));
            if (!(loaded instanceof WordprocessingMLPackage word) || word.getMainDocumentPart() == null) {
                throw new UnreadableDraftException("plik nie jest dokumentem Worda (DOCX), lecz innym plikiem pakietu Office");
            }
            pkg = word;
        } catch (UnreadableDraftException e) {
            throw e;
        } catch (Exception | StackOverflowError e) {
            String why = bomb(e)
                    ? "po rozpakowaniu byłby wielokrotnie większy niż dopuszczalny (podejrzenie „bomby ZIP”)"
                    : "nie jest poprawnym dokumentem DOCX albo jest uszkodzony (nie da się go rozpakować i odczytać)";
            throw new UnreadableDraftException("plik " + why);
        }
        DraftReader reader = new DraftReader();
        reader.walk(XmlUtils.marshaltoW3CDomDocument(pkg.getMainDocumentPart().getJaxbElement()).getDocumentElement());
        Map<Long, String> units = new LinkedHashMap<>();
        Map<Long, String> headings = new LinkedHashMap<>();
        List<String> malformed = new ArrayList<>();
        reader.texts.forEach((name, text) -> {
            boolean heading = name.startsWith(TextRenderer.HEADING_BOOKMARK_PREFIX);
            String id = name.substring(TextRenderer.BOOKMARK_PREFIX.length());
            if (!id.matches("[0-9]{1,18}")) {
                malformed.add(name);
            } else {
                (heading ? headings : units).put(Long.valueOf(id), text.toString());
            }
        });
        DocPropsCustomPart custom = pkg.getDocPropsCustomPart();
        return new UploadedDraft(number(property(custom, DocumentProperties.PROGRAMME_ID)),
                version(number(property(custom, DocumentProperties.VERSION))),
                property(custom, DocumentProperties.DOCUMENT), units, headings, List.copyOf(reader.duplicated), malformed);
    }

    private static boolean bomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.docx4j.openpackaging.exceptions.PartTooLargeException
                    || String.valueOf(t.getMessage()).toLowerCase().contains("zip bomb")) {
                return true;
            }
        }
        return false;
    }

    private static String property(DocPropsCustomPart custom, String name) {
        if (custom == null) {
            return null;
        }
        Properties.Property p = custom.getProperty(name);
        return p == null ? null : p.getLpwstr();
    }

    private static Integer version(Long n) {
        return n != null && n <= Integer.MAX_VALUE ? n.intValue() : null;
    }

    private static Long number(String s) {
        return s != null && s.strip().matches("[0-9]{1,18}") ? Long.valueOf(s.strip()) : null;
    }

    private void walk(Element e) {
        String name = W.equals(e.getNamespaceURI()) ? e.getLocalName() : "";
        switch (name) {
            case "bookmarkStart" -> start(e.getAttributeNS(W, "name"), e.getAttributeNS(W, "id"));
            case "bookmarkEnd" -> {
                String bookmark = openById.remove(e.getAttributeNS(W, "id"));
                if (bookmark != null) {
                    open.remove(bookmark);
                }
            }
            case "t" -> append(e.getTextContent());
            case "tab" -> {
                if (isRun(e.getParentNode())) {
                    append("\t");
                }
            }
            case "br" -> {
                String type = e.getAttributeNS(W, "type");
                if (type.isEmpty() || type.equals("textWrapping")) {
                    append("\n");
                }
            }
            case "cr" -> append("\n");
            case "noBreakHyphen" -> append("\u2011");
            case "softHyphen" -> append("\u00AD");
            default -> {
                if (!SKIPPED.contains(name) && !"Fallback".equals(e.getLocalName())) {
                    for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
                        if (c instanceof Element child) {
                            walk(child);
                        }
                    }
                    if (name.equals("p") && !markDeleted(e)) {
                        append("\n");
                    }
                }
            }
        }
    }

    private void start(String name, String id) {
        if (!name.startsWith(TextRenderer.BOOKMARK_PREFIX) && !name.startsWith(TextRenderer.HEADING_BOOKMARK_PREFIX)) {
            return;
        }
        if (texts.containsKey(name)) {
            duplicated.add(name);
            return;
        }
        StringBuilder text = new StringBuilder();
        texts.put(name, text);
        open.put(name, text);
        openById.put(id, name);
    }

    private void append(String s) {
        open.values().forEach(text -> text.append(s));
    }

    private static boolean isRun(Node parent) {
        return parent != null && W.equals(parent.getNamespaceURI()) && "r".equals(parent.getLocalName());
    }

    /** The paragraph mark was deleted with track changes: accepted, the paragraph runs on into the next one. */
    private static boolean markDeleted(Element p) {
        for (Node c = p.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element pPr && "pPr".equals(pPr.getLocalName())) {
                for (Node r = pPr.getFirstChild(); r != null; r = r.getNextSibling()) {
                    if (r instanceof Element rPr && "rPr".equals(rPr.getLocalName())) {
                        return rPr.getElementsByTagNameNS(W, "del").getLength() > 0
                                || rPr.getElementsByTagNameNS(W, "moveFrom").getLength() > 0;
                    }
                }
            }
        }
        return false;
    }
}
