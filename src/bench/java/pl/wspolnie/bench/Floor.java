package pl.wspolnie.bench;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * The floor a generator cannot beat: the same paragraphs and tables written straight as WordprocessingML with StAX
 * into the smallest valid DOCX ({@code [Content_Types].xml}, {@code _rels/.rels}, {@code word/document.xml}),
 * compressed like docx4j does (deflate, default level). The content is read once from a generated draft, so the
 * text, the tables, their rows and cells are exactly the draft's; no styles, headers or properties.
 */
final class Floor {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /** A body paragraph, or a table cell's paragraph: its text with {@code \n} for breaks and {@code \t} for tabs. */
    record Para(String text) implements Block {
    }

    /** Rows of cells of paragraphs, with the cell widths of the first row as the grid. */
    record Table(List<Integer> grid, List<List<List<Para>>> rows) implements Block {
    }

    sealed interface Block permits Para, Table {
    }

    /** The JDK's own StAX (Woodstox is on the class path for the redline's reading; the floor stays as measured). */
    private static final XMLOutputFactory OUT = XMLOutputFactory.newDefaultFactory();
    private static final XMLInputFactory IN = XMLInputFactory.newDefaultFactory();

    private static final byte[] CONTENT_TYPES = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" "
            + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] RELS = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
            + "Target=\"word/document.xml\"/></Relationships>").getBytes(StandardCharsets.UTF_8);

    private Floor() {
    }

    /** Writes the blocks as a minimal DOCX. */
    static byte[] write(List<Block> blocks) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * 1024);
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
                zip.write(CONTENT_TYPES);
                zip.putNextEntry(new ZipEntry("_rels/.rels"));
                zip.write(RELS);
                zip.putNextEntry(new ZipEntry("word/document.xml"));
                // StAX writes a few bytes at a time; the deflater wants them in blocks
                BufferedOutputStream buffered = new BufferedOutputStream(zip, 64 * 1024);
                XMLStreamWriter x = OUT.createXMLStreamWriter(buffered, "UTF-8");
                x.writeStartDocument("UTF-8", "1.0");
                x.setPrefix("w", W);
                x.writeStartElement(W, "document");
                x.writeNamespace("w", W);
                x.writeStartElement(W, "body");
                for (Block b : blocks) {
                    if (b instanceof Para p) {
                        paragraph(x, p);
                    } else if (b instanceof Table t) {
                        table(x, t);
                    }
                }
                x.writeEndElement();
                x.writeEndElement();
                x.writeEndDocument();
                x.close();
                buffered.flush();
                zip.closeEntry();
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void paragraph(XMLStreamWriter x, Para p) throws XMLStreamException {
        x.writeStartElement(W, "p");
        String text = p.text();
        if (!text.isEmpty()) {
            x.writeStartElement(W, "r");
            int start = 0;
            for (int i = 0; i <= text.length(); i++) {
                char c = i < text.length() ? text.charAt(i) : '\0';
                if (i == text.length() || c == '\n' || c == '\t') {
                    if (i > start) {
                        x.writeStartElement(W, "t");
                        x.writeAttribute("xml:space", "preserve");
                        x.writeCharacters(start == 0 && i == text.length() ? text : text.substring(start, i));
                        x.writeEndElement();
                    }
                    if (i < text.length()) {
                        x.writeEmptyElement(W, c == '\n' ? "br" : "tab");
                    }
                    start = i + 1;
                }
            }
            x.writeEndElement();
        }
        x.writeEndElement();
    }

    private static void table(XMLStreamWriter x, Table t) throws XMLStreamException {
        x.writeStartElement(W, "tbl");
        x.writeStartElement(W, "tblPr");
        x.writeEmptyElement(W, "tblW");
        x.writeAttribute(W, "w", "0");
        x.writeAttribute(W, "type", "auto");
        x.writeEndElement();
        x.writeStartElement(W, "tblGrid");
        for (int w : t.grid()) {
            x.writeEmptyElement(W, "gridCol");
            x.writeAttribute(W, "w", Integer.toString(w));
        }
        x.writeEndElement();
        for (List<List<Para>> row : t.rows()) {
            x.writeStartElement(W, "tr");
            for (int c = 0; c < row.size(); c++) {
                x.writeStartElement(W, "tc");
                x.writeStartElement(W, "tcPr");
                x.writeEmptyElement(W, "tcW");
                x.writeAttribute(W, "w", Integer.toString(c < t.grid().size() ? t.grid().get(c) : 0));
                x.writeAttribute(W, "type", "dxa");
                x.writeEndElement();
                List<Para> cell = row.get(c);
                if (cell.isEmpty()) {
                    paragraph(x, new Para(""));
                }
                for (Para p : cell) {
                    paragraph(x, p);
                }
                x.writeEndElement();
            }
            x.writeEndElement();
        }
        x.writeEndElement();
    }

    /**
     * The blocks of a DOCX body: paragraphs (also those inside a content control such as the table of contents) and
     * tables. Deleted text and field codes are not text.
     */
    static List<Block> read(byte[] docx) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals("word/document.xml")) {
                    return body(IN.createXMLStreamReader(new ByteArrayInputStream(zip.readAllBytes())));
                }
            }
            throw new IllegalArgumentException("no word/document.xml");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Block> body(XMLStreamReader r) throws XMLStreamException {
        List<Block> blocks = new ArrayList<>();
        int tableDepth = 0;
        List<Integer> grid = null;
        List<List<List<Para>>> rows = null;
        List<List<Para>> row = null;
        List<Para> cell = null;
        StringBuilder text = null;
        boolean inText = false;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT && W.equals(r.getNamespaceURI())) {
                switch (r.getLocalName()) {
                    case "tbl" -> {
                        if (tableDepth++ == 0) {
                            grid = new ArrayList<>();
                            rows = new ArrayList<>();
                        }
                    }
                    case "gridCol" -> {
                        if (tableDepth == 1) {
                            grid.add(Integer.parseInt(r.getAttributeValue(W, "w")));
                        }
                    }
                    case "tr" -> row = new ArrayList<>();
                    case "tc" -> cell = new ArrayList<>();
                    case "p" -> text = new StringBuilder();
                    case "t" -> inText = true;
                    case "br" -> {
                        String type = r.getAttributeValue(W, "type");
                        if (text != null && (type == null || type.equals("textWrapping"))) {
                            text.append('\n');
                        }
                    }
                    case "tab" -> {
                        if (text != null && !"pPr".equals(parentHint(r))) {
                            text.append('\t');
                        }
                    }
                    default -> {
                    }
                }
            } else if (event == XMLStreamConstants.CHARACTERS && inText && text != null) {
                text.append(r.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT && W.equals(r.getNamespaceURI())) {
                switch (r.getLocalName()) {
                    case "t" -> inText = false;
                    case "p" -> {
                        Para p = new Para(text.toString());
                        if (tableDepth > 0) {
                            cell.add(p);
                        } else {
                            blocks.add(p);
                        }
                        text = null;
                    }
                    case "tc" -> row.add(cell);
                    case "tr" -> rows.add(row);
                    case "tbl" -> {
                        if (--tableDepth == 0) {
                            blocks.add(new Table(grid, rows));
                        }
                    }
                    default -> {
                    }
                }
            }
        }
        return blocks;
    }

    /** Tab stops in paragraph properties ({@code w:tabs/w:tab}) are not text; only {@code w:r/w:tab} is. */
    private static String parentHint(XMLStreamReader r) {
        return r.getAttributeValue(W, "pos") != null ? "pPr" : "r";
    }

    /** Every paragraph in document order, cells' paragraphs included. */
    static List<String> paragraphs(List<Block> blocks) {
        List<String> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Para p) {
                out.add(p.text());
            } else if (b instanceof Table t) {
                t.rows().forEach(row -> row.forEach(cell -> cell.forEach(p -> out.add(p.text()))));
            }
        }
        return out;
    }

    /** How many paragraphs of {@code newer} are not in {@code older} (a line diff over paragraphs). */
    static int changedParagraphs(List<String> older, List<String> newer) {
        int changed = 0;
        for (AbstractDelta<String> d : DiffUtils.diff(older, newer).getDeltas()) {
            changed += Math.max(d.getSource().size(), d.getTarget().size());
        }
        return changed;
    }

    /** Table count, row count, cell count of a body. */
    static int[] tableShape(List<Block> blocks) {
        int tables = 0;
        int rows = 0;
        int cells = 0;
        for (Block b : blocks) {
            if (b instanceof Table t) {
                tables++;
                rows += t.rows().size();
                cells += t.rows().stream().mapToInt(List::size).sum();
            }
        }
        return new int[] {tables, rows, cells};
    }
}
