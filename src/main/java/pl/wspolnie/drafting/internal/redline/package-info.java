/**
 * Redline of two versions of a DOCX document as Word revisions: {@link
 * pl.wspolnie.drafting.internal.redline.Redline#compare(byte[], byte[], Attribution, String)}.
 * <p>
 * How: the body content of both versions is read once (only the main document part and its headers and footers
 * are unmarshalled, other parts are copied as they are); blocks (paragraphs, tables, other elements) are matched by
 * normalised text with java-diff-utils' Myers diff, within their unit when both versions carry unit bookmarks
 * ({@code wsp_u<id>}, {@link pl.wspolnie.drafting.internal.redline.Attribution}); in each remaining hunk, blocks
 * similar enough (weighted shared words, same unit) are paired and diffed word by word ({@code ParagraphDiffer}) or
 * row by row ({@code TableDiffer}, cells recursively); the rest are whole deletions and insertions
 * ({@code BlockMarks}), paragraph marks and rows included, or moves when a unit kept its text but changed place
 * ({@code Moves}). A field (complex or simple) is one token compared by its instruction, its cached result never;
 * a table of contents content control is one block; bookmarks and other markers are not text.
 * <p>
 * Guarantee (checked on generated pairs): accepting all revisions gives the text of the newer version, rejecting
 * all gives the text of the older one, paragraph by paragraph, table cells included, fields read as fields; no field
 * is partly revised; the newer version's bookmarks are all kept, well-formed.
 * <p>
 * Limits: formatting-only changes (run or paragraph properties, styles, numbering) are not marked, the newer
 * formatting is shown; a moved unit whose text also changed, or any moved paragraph outside units, shows as deleted
 * where it was and inserted where it is; a complex field that spans paragraphs outside a table of contents content
 * control is compared paragraph by paragraph (its result text in the middle paragraphs counts as text); headers and
 * footers are paired by part name; deleted images, objects and note or comment references of the older version are
 * left out of the deleted text (they belong to the older file's parts); deleted paragraphs keep the older paragraph
 * properties, resolved against the newer version's styles and numbering; footnotes and comments are not compared
 * (the newer ones are kept); inputs are expected without tracked changes of their own (existing ones are read as
 * accepted; in unchanged paragraphs of the newer version they stay as they are, and new revision ids start above
 * every id already in it).
 */
package pl.wspolnie.drafting.internal.redline;
