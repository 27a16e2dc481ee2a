package pl.wspolnie.drafting.internal.redline;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.docx4j.wml.Body;
import org.docx4j.wml.Document;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.RPr;
import org.docx4j.wml.Text;

/**
 * Compares two versions of a DOCX document and returns the newer one with every difference as a tracked change
 * (a Word revision): words inserted and deleted inside paragraphs, whole paragraphs (with their paragraph marks)
 * and whole table rows inserted and deleted, changed cells diffed word by word; headers and footers of the same
 * part name likewise. Field results (table of contents, page numbers) are compared by their instruction, never as
 * changes. When both versions carry unit bookmarks ({@code wsp_u<id>}), paragraphs are compared unit with unit, and
 * each revision is attributed by its unit ({@link Attribution}). Everything else of the newer version (section
 * properties, styles, numbering, other parts) is kept as it is. Accepting all revisions gives the text of the
 * newer version, rejecting all gives the text of the older one. Formatting-only changes are not marked: kept text
 * shows the newer formatting. Stateless and thread-safe.
 */
public final class Redline {

    private static final ObjectFactory WML = new ObjectFactory();

    private Redline() {
    }

    /** {@link #compare(byte[], byte[], Attribution, String)} by one author at one date, without a preface. */
    public static byte[] compare(byte[] from, byte[] to, String author, Instant date) {
        return compare(from, to, Attribution.of(new Attribution.Author(author, date)), null);
    }

    /**
     * @param from        the older version (DOCX bytes)
     * @param to          the newer version (DOCX bytes)
     * @param attribution who made the changes and when ({@code w:author}, {@code w:date}, to the second in UTC)
     * @param preface     a paragraph put first in the document, not tracked, saying what is compared (or null)
     * @return the newer version as DOCX with the differences from the older one as tracked changes
     * @throws RedlineException if a version is not a readable DOCX document
     */
    public static byte[] compare(byte[] from, byte[] to, Attribution attribution, String preface) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(attribution, "attribution");
        DocxPackage olderPackage = DocxPackage.read(from, "older");
        Body older = body(olderPackage.document());
        DocxPackage newer = DocxPackage.read(to, "newer");
        Body body = body(newer.document());

        BlockDiffer differ = new BlockDiffer(new Revisions(attribution, newer.largestId() + 1));
        replace(body.getContent(), differ.diffBody(older.getContent(), body.getContent()));
        List<String> olderStories = olderPackage.headersAndFooters();
        for (String name : newer.headersAndFooters()) {
            if (olderStories.contains(name) && !newer.sameEntry(olderPackage, name)) {
                List<Object> content = newer.story(name);
                replace(content, differ.diffBody(olderPackage.story(name), content));
            }
        }
        if (preface != null && !preface.isBlank()) {
            body.getContent().add(0, preface(preface.strip()));
        }
        return newer.write();
    }

    private static void replace(List<Object> content, List<Object> merged) {
        content.clear();
        content.addAll(merged);
    }

    /** An italic paragraph of the text, in the document's default paragraph style. */
    private static P preface(String text) {
        Text t = new Text();
        t.setValue(text);
        t.setSpace("preserve");
        R r = new R();
        RPr rPr = new RPr();
        rPr.setI(new org.docx4j.wml.BooleanDefaultTrue());
        r.setRPr(rPr);
        r.getContent().add(WML.createRT(t));
        P p = new P();
        p.getContent().add(r);
        return p;
    }

    private static Body body(Document document) {
        if (document.getBody() == null) {
            document.setBody(new Body());
        }
        return document.getBody();
    }
}
