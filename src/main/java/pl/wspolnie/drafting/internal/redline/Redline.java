package pl.wspolnie.drafting.internal.redline;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.docx4j.wml.Body;
import org.docx4j.wml.Document;

/**
 * Compares two versions of a DOCX document and returns the newer one with every difference as a tracked change
 * (a Word revision) by one author at one time: words inserted and deleted inside paragraphs, whole paragraphs
 * (with their paragraph marks) and whole table rows inserted and deleted, changed cells diffed word by word.
 * Everything outside the body content of the newer version (section properties, headers and footers, styles,
 * numbering, other parts) is kept as it is. Accepting all revisions gives the text of the newer version, rejecting
 * all gives the text of the older one. Formatting-only changes are not marked: kept text shows the newer
 * formatting. Stateless and thread-safe.
 */
public final class Redline {

    private Redline() {
    }

    /**
     * @param from   the older version (DOCX bytes)
     * @param to     the newer version (DOCX bytes)
     * @param author who the revisions are attributed to ({@code w:author})
     * @param date   when the revisions were made ({@code w:date}, written to the second in UTC)
     * @return the newer version as DOCX with the differences from the older one as tracked changes
     * @throws RedlineException if a version is not a readable DOCX document
     */
    public static byte[] compare(byte[] from, byte[] to, String author, Instant date) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(date, "date");
        if (author == null || author.isBlank()) {
            throw new IllegalArgumentException("author is required");
        }
        Body older = body(DocxPackage.read(from, "older").document());
        DocxPackage newer = DocxPackage.read(to, "newer");
        Body body = body(newer.document());

        List<Object> merged = new BlockDiffer(new Revisions(author.strip(), date, newer.largestId() + 1))
                .diff(older.getContent(), body.getContent());
        body.getContent().clear();
        body.getContent().addAll(merged);
        return newer.write();
    }

    private static Body body(Document document) {
        if (document.getBody() == null) {
            document.setBody(new Body());
        }
        return document.getBody();
    }
}
