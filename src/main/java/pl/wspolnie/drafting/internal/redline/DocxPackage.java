package pl.wspolnie.drafting.internal.redline;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.docx4j.openpackaging.exceptions.InvalidFormatException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.JaxbXmlPart;
import org.docx4j.openpackaging.parts.PartName;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.wml.ContentAccessor;
import org.docx4j.wml.Document;
import pl.wspolnie.drafting.internal.MainPartXml;

/**
 * A DOCX file read as its ZIP entries, with only the main document part (and, when asked, its headers and
 * footers) unmarshalled (by docx4j's own part classes, so their markup-compatibility handling applies, the main
 * document read with Woodstox: {@link PartReaders}). Writing puts the new main document back and copies every
 * other entry unchanged: styles, numbering, headers, footers, media and relationships stay byte for byte as they
 * were, and no time goes into parts the redline does not touch.
 */
final class DocxPackage {

    /** Uncompressed size from which a file is refused: far beyond any programme, short of a ZIP bomb. */
    private static final long MAX_UNCOMPRESSED = 512L * 1024 * 1024;
    private static final String OFFICE_DOCUMENT = "/officeDocument";
    static {
        // the redline is written unindented, as DocxDocuments writes the documents it compares
        org.docx4j.Docx4jProperties.setProperty("docx4j.jaxb.formatted.output", false);
    }

    private final Map<String, byte[]> entries;
    private final MainDocumentPart part;
    /** Header and footer parts unmarshalled so far, by entry name; written back by {@link #write}. */
    private final Map<String, JaxbXmlPart<?>> stories = new LinkedHashMap<>();
    private List<String> storyNames;

    private DocxPackage(Map<String, byte[]> entries, MainDocumentPart part) {
        this.entries = entries;
        this.part = part;
    }

    /** Entry names of the headers and footers the main document refers to, headers first, in the order listed. */
    List<String> headersAndFooters() {
        if (storyNames == null) {
            storyNames = List.copyOf(readHeadersAndFooters());
        }
        return storyNames;
    }

    /** Whether this package's entry holds exactly the same bytes as the other's. */
    boolean sameEntry(DocxPackage other, String name) {
        return java.util.Arrays.equals(entries.get(name), other.entries.get(name));
    }

    private List<String> readHeadersAndFooters() {
        List<String> names = new ArrayList<>();
        try {
            String main = part.getPartName().getName().substring(1);
            int slash = main.lastIndexOf('/');
            String dir = slash < 0 ? "" : main.substring(0, slash + 1);
            String relsName = dir + "_rels/" + main.substring(slash + 1) + ".rels";
            for (String[] rel : relationships(entries.get(relsName))) {
                if (rel[0].endsWith("/header") || rel[0].endsWith("/footer")) {
                    String name = rel[1].startsWith("/") ? rel[1].substring(1) : dir + rel[1];
                    if (entries.containsKey(name) && !names.contains(name)) {
                        names.add(name);
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new RedlineException("the relationships of the main document cannot be read", e);
        }
        names.sort(java.util.Comparator.comparing((String n) -> !n.contains("header")));
        return names;
    }

    /** The block content of a header or footer (an entry of {@link #headersAndFooters}), kept for writing. */
    List<Object> story(String name) {
        JaxbXmlPart<?> existing = stories.get(name);
        if (existing != null) {
            return ((ContentAccessor) existing.getJaxbElement()).getContent();
        }
        try {
            JaxbXmlPart<?> story = name.contains("footer") ? new FooterPart(new PartName("/" + name))
                    : new HeaderPart(new PartName("/" + name));
            story.setPackage(part.getPackage());
            Object root = story.unmarshal(new ByteArrayInputStream(entries.get(name)));
            if (!(root instanceof ContentAccessor accessor)) {
                throw new IOException(name + " is not a header or footer");
            }
            stories.put(name, story);
            return accessor.getContent();
        } catch (IOException | InvalidFormatException | jakarta.xml.bind.JAXBException | RuntimeException e) {
            throw new RedlineException("the part " + name + " is not readable", e);
        }
    }

    static DocxPackage read(byte[] docx, String which) {
        try {
            Map<String, byte[]> entries = unzip(docx);
            String main = mainPartName(entries);
            byte[] xml = entries.get(main);
            if (xml == null) {
                throw new IOException("no main document part " + main);
            }
            MainDocumentPart part = new PartReaders.Main(new PartName("/" + main));
            part.setPackage(new WordprocessingMLPackage());
            Document document = part.unmarshal(new ByteArrayInputStream(xml));
            if (document == null) {
                throw new IOException("the main document part is empty");
            }
            return new DocxPackage(entries, part);
        } catch (IOException | XMLStreamException | InvalidFormatException | jakarta.xml.bind.JAXBException
                 | RuntimeException e) {
            throw new RedlineException("the " + which + " version is not a readable DOCX document", e);
        }
    }

    Document document() {
        return part.getJaxbElement();
    }

    /**
     * The largest {@code w:id} in the main document as read (bookmarks, comments, revisions), or 0: new revision ids
     * start above it, so that they cannot repeat an id already there. A scan of the bytes, cheaper than a walk of
     * the whole object tree; it assumes the usual {@code w} prefix, as Word and LibreOffice write it.
     */
    long largestId() {
        long max = largestId(entries.get(part.getPartName().getName().substring(1)));
        for (String name : headersAndFooters()) {
            max = Math.max(max, largestId(entries.get(name)));
        }
        return max;
    }

    private static long largestId(byte[] xml) {
        byte[] pattern = {'w', ':', 'i', 'd', '=', '"'};
        long max = 0;
        outer:
        for (int i = 0; i + pattern.length < xml.length; i++) {
            for (int k = 0; k < pattern.length; k++) {
                if (xml[i + k] != pattern[k]) {
                    continue outer;
                }
            }
            long value = 0;
            int j = i + pattern.length;
            while (j < xml.length && xml[j] >= '0' && xml[j] <= '9' && value < Integer.MAX_VALUE) {
                value = value * 10 + (xml[j++] - '0');
            }
            max = Math.max(max, value);
            i = j - 1;
        }
        return max;
    }

    /** The file with the (changed) main document and every other entry as read. */
    byte[] write() {
        try {
            byte[] xml = MainPartXml.of(part);
            ByteArrayOutputStream out = new ByteArrayOutputStream(xml.length / 4 + 64 * 1024);
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.setLevel(Deflater.BEST_SPEED);
                String main = part.getPartName().getName().substring(1);
                for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                    zip.putNextEntry(new ZipEntry(e.getKey()));
                    JaxbXmlPart<?> story = stories.get(e.getKey());
                    if (e.getKey().equals(main)) {
                        zip.write(xml);
                    } else if (story != null) {
                        ByteArrayOutputStream storyXml = new ByteArrayOutputStream(16 * 1024);
                        story.marshal(storyXml);
                        storyXml.writeTo(zip);
                    } else {
                        zip.write(e.getValue());
                    }
                    zip.closeEntry();
                }
            }
            return out.toByteArray();
        } catch (IOException | jakarta.xml.bind.JAXBException e) {
            throw new RedlineException("the redline could not be written", e);
        }
    }

    private static Map<String, byte[]> unzip(byte[] docx) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.isDirectory()) {
                    continue;
                }
                byte[] bytes = zip.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_UNCOMPRESSED - total + 1));
                total += bytes.length;
                if (total > MAX_UNCOMPRESSED) {
                    throw new IOException("more than " + MAX_UNCOMPRESSED + " bytes uncompressed");
                }
                entries.put(e.getName(), bytes);
            }
        }
        if (entries.isEmpty()) {
            throw new IOException("not a ZIP file");
        }
        return entries;
    }

    /** The target of the package's officeDocument relationship, as an entry name. */
    private static String mainPartName(Map<String, byte[]> entries) throws IOException, XMLStreamException {
        byte[] rels = entries.get("_rels/.rels");
        if (rels == null) {
            throw new IOException("no package relationships");
        }
        for (String[] rel : relationships(rels)) {
            if (rel[0].endsWith(OFFICE_DOCUMENT)) {
                return rel[1].startsWith("/") ? rel[1].substring(1) : rel[1];
            }
        }
        throw new IOException("no officeDocument relationship");
    }

    /** Type and target of each relationship of a relationships part (none when there is no such part). */
    private static List<String[]> relationships(byte[] rels) throws XMLStreamException {
        List<String[]> out = new ArrayList<>();
        if (rels == null) {
            return out;
        }
        XMLStreamReader reader = PartReaders.reader(new ByteArrayInputStream(rels));
        try {
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT
                        && reader.getLocalName().equals("Relationship")) {
                    String type = reader.getAttributeValue(XMLConstants.NULL_NS_URI, "Type");
                    String target = reader.getAttributeValue(XMLConstants.NULL_NS_URI, "Target");
                    String mode = reader.getAttributeValue(XMLConstants.NULL_NS_URI, "TargetMode");
                    if (type != null && target != null && !"External".equals(mode)) {
                        out.add(new String[] {type, target});
                    }
                }
            }
        } finally {
            reader.close();
        }
        return out;
    }
}
