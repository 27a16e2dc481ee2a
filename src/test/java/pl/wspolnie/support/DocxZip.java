package pl.wspolnie.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Edits the XML of one part of a DOCX the way a person's editor would leave it, for round-trip tests. */
public final class DocxZip {

    public static final String DOCUMENT = "word/document.xml";

    private DocxZip() {
    }

    /** The file with {@code part} rewritten by {@code edit}; every other entry unchanged. */
    public static byte[] edit(byte[] docx, String part, UnaryOperator<String> edit) {
        var out = new ByteArrayOutputStream();
        boolean found = false;
        try (var in = new ZipInputStream(new ByteArrayInputStream(docx)); var zip = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals(part)) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    String edited = edit.apply(xml);
                    if (edited.equals(xml)) {
                        throw new AssertionError("the edit changed nothing in " + part);
                    }
                    bytes = edited.getBytes(StandardCharsets.UTF_8);
                    found = true;
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(bytes);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!found) {
            throw new AssertionError("no part " + part);
        }
        return out.toByteArray();
    }

    /** The text of one part. */
    public static String read(byte[] docx, String part) {
        try (var in = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().equals(part)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("no part " + part);
    }

    /** Replaces the first occurrence of {@code word} inside a {@code w:t} element's text. */
    public static UnaryOperator<String> replaceWord(String word, String replacement) {
        return xml -> {
            Matcher m = Pattern.compile("(<w:t(?: [^>]*)?>[^<]*?)" + Pattern.quote(word)).matcher(xml);
            if (!m.find()) {
                throw new AssertionError("no text run with " + word);
            }
            return xml.substring(0, m.start()) + m.group(1) + replacement + xml.substring(m.end());
        };
    }

    /**
     * Replaces {@code word} in a run without formatting by a tracked deletion of it and a tracked insertion of
     * {@code replacement}, as Word writes an edit made with track changes on.
     */
    public static UnaryOperator<String> trackedReplace(String word, String replacement) {
        return replaceWord(word, "</w:t></w:r><w:del w:id=\"900001\" w:author=\"Redaktor\"><w:r><w:delText>" + word
                + "</w:delText></w:r></w:del><w:ins w:id=\"900002\" w:author=\"Redaktor\"><w:r><w:t>" + replacement
                + "</w:t></w:r></w:ins><w:r><w:t xml:space=\"preserve\">");
    }
}
