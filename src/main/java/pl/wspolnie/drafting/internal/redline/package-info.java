/**
 * Redline of two versions of a DOCX document as Word revisions: {@link
 * pl.wspolnie.drafting.internal.redline.Redline#compare(byte[], byte[], String, java.time.Instant)}.
 * <p>
 * How: the body content of both versions is read once (only the main document part is unmarshalled, other parts
 * are copied as they are); blocks (paragraphs, tables, other elements) are matched by normalised text with
 * java-diff-utils' Myers diff; in each remaining hunk, blocks similar enough (weighted shared words) are paired and
 * diffed word by word ({@code ParagraphDiffer}) or row by row ({@code TableDiffer}, cells recursively); the rest are
 * whole deletions and insertions ({@code BlockMarks}), paragraph marks and rows included.
 * <p>
 * Guarantee (checked on generated pairs): accepting all revisions gives the text of the newer version, rejecting
 * all gives the text of the older one, paragraph by paragraph, table cells included.
 * <p>
 * Limits: formatting-only changes (run or paragraph properties, styles, numbering) are not marked, the newer
 * formatting is shown; a moved paragraph or chapter shows as deleted where it was and inserted where it is (no move
 * marks); deleted images, objects and note or comment references of the older version are left out of the deleted
 * text (they belong to the older file's parts); deleted paragraphs keep the older paragraph properties, resolved
 * against the newer version's styles and numbering; headers, footers, footnotes and comments are not compared (the
 * newer ones are kept); inputs are expected without tracked changes of their own (existing ones are read as
 * accepted; in unchanged paragraphs of the newer version they stay as they are, and new revision ids start above
 * every id already in it).
 */
package pl.wspolnie.drafting.internal.redline;
