package pl.wspolnie.drafting.internal.redline;

import java.util.List;
import java.util.Map;
import org.docx4j.wml.CTSdtDocPart;
import org.docx4j.wml.P;
import org.docx4j.wml.SdtBlock;
import org.docx4j.wml.Tbl;

/**
 * A block of body or cell content (paragraph, table, anything else) with the text it is compared by.
 * {@link #exact} is the full comparable text; {@link #key} is that text with whitespace normalised and is what the
 * sequence diff matches on. A table's are its rows' ({@link Blocks.RowText}), joined only when asked for: a table
 * is compared and matched row by row, so that no text is copied or hashed again as part of its table (issue #11).
 */
final class Block {

    enum Kind { PARAGRAPH, TABLE, OTHER }

    /** Separators inside a table's text: between paragraphs of a cell, between cells, between rows. */
    static final char PARAGRAPH_SEP = '\u0003';
    static final char CELL_SEP = '\u0001';
    static final char ROW_SEP = '\u0002';

    final Object original;
    final Object value;
    final Kind kind;
    private String exact;
    private String key;
    /** Tables only: their rows' texts; else null. */
    private final List<Blocks.RowText> rows;
    /** What the sequence diff matches on: the key, or for a table its {@link TableKey}. */
    private final Object matchKey;
    /** Paragraphs only: the inline pieces, kept for the word diff. */
    final List<Inline.Piece> pieces;
    /** Body blocks only: the unit bookmark the block belongs to, or null (see {@link Units}). */
    String unit;
    /** A moved unit's paragraph: the move's name, which side, whether it opens or closes the unit. */
    record Move(String name, boolean from, boolean first, boolean last) {
    }

    /** Body blocks only: set when the block belongs to a unit shown as moved (see {@link Moves}), else null. */
    Move move;
    /** Whether the block is at the top of a document, header or footer (not inside a table cell). */
    boolean body;
    private WordBag bag;
    private List<String> cellKeys;

    /** A paragraph (with its pieces) or another block that is not a table. */
    Block(Object original, Object value, Kind kind, String exact, List<Inline.Piece> pieces) {
        this.original = original;
        this.value = value;
        this.kind = kind;
        this.exact = exact;
        this.key = kind.name().charAt(0) + normalise(exact);
        this.matchKey = key;
        this.pieces = pieces;
        this.rows = null;
    }

    /** A table, by its rows' texts. */
    Block(Object original, Tbl table, List<Blocks.RowText> rows) {
        this.original = original;
        this.value = table;
        this.kind = Kind.TABLE;
        this.pieces = null;
        this.rows = rows;
        this.matchKey = new TableKey(rows.stream().map(Blocks.RowText::key).toList());
    }

    /** The block's full comparable text (a table's: its rows', each closed by {@link #ROW_SEP}). */
    String exact() {
        if (exact == null) {
            exact = joined(Blocks.RowText::exact);
        }
        return exact;
    }

    /** The text with whitespace normalised, after the kind's initial. */
    String key() {
        if (key == null) {
            key = "T" + joined(Blocks.RowText::key);
        }
        return key;
    }

    /** What {@link Alignment#byKey} matches on: equal for blocks of equal {@link #key}. */
    Object matchKey() {
        return matchKey;
    }

    /** Whether the two blocks have the same {@link #exact} text. */
    boolean sameText(Block other) {
        if (rows == null || other.rows == null) {
            return exact().equals(other.exact());
        }
        if (rows.size() != other.rows.size()) {
            return false;
        }
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).exact().equals(other.rows.get(i).exact())) {
                return false;
            }
        }
        return true;
    }

    private String joined(java.util.function.Function<Blocks.RowText, String> part) {
        StringBuilder sb = new StringBuilder();
        for (Blocks.RowText row : rows) {
            sb.append(part.apply(row)).append(ROW_SEP);
        }
        return sb.toString();
    }

    /**
     * A table's key as its rows' keys: equal exactly when the joined keys are, hashed from the rows' keys' own
     * (cached) hashes, which the table differ's row alignment uses again.
     */
    private record TableKey(List<String> rowKeys) {
    }

    P paragraph() {
        return (P) value;
    }

    Tbl table() {
        return (Tbl) value;
    }

    /**
     * The weighted Dice coefficient of two lists of texts taken as wholes, in any order: twice the length of the texts
     * both hold (each as often as the one holding it fewer times), over the length of all. A text the same in both
     * versions is strong evidence on its own: it lets two tables that keep most cells (rows renumbered, say) be paired
     * without counting their words (issue #11).
     */
    static double sameTexts(List<String> a, List<String> b) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (String s : a) {
            counts.merge(s, 1, Integer::sum);
        }
        long common = 0;
        for (String s : b) {
            Integer n = counts.get(s);
            if (n != null && n > 0) {
                counts.put(s, n - 1);
                common += 2L * s.length();
            }
        }
        return share(common, a, b);
    }

    /** As {@link #sameTexts}, but a text counts only where it stands at the same place in both: a row's cells. */
    static double sameTextsInPlace(List<String> a, List<String> b) {
        long common = 0;
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            if (a.get(i).equals(b.get(i))) {
                common += 2L * a.get(i).length();
            }
        }
        return share(common, a, b);
    }

    private static double share(long common, List<String> a, List<String> b) {
        long total = 0;
        for (String s : a) {
            total += s.length();
        }
        for (String s : b) {
            total += s.length();
        }
        return total == 0 ? 1 : (double) common / total;
    }

    /**
     * The value of a JAXB element, or the object itself: docx4j's {@code XmlUtils.unwrap} formats two debug messages
     * for every element it unwraps whatever the log level (issue #11).
     */
    static Object unwrap(Object o) {
        return o instanceof jakarta.xml.bind.JAXBElement<?> e ? e.getValue() : o;
    }

    /**
     * A content control that Word marks as a table of contents (document part gallery "Table of Contents"): its
     * entries are a field result, so two of them are the same block whatever they list.
     */
    static boolean isTableOfContents(Object value) {
        if (!(value instanceof SdtBlock sdt) || sdt.getSdtPr() == null) {
            return false;
        }
        for (Object o : sdt.getSdtPr().getRPrOrAliasOrLock()) {
            Object u = unwrap(o);
            if (u instanceof CTSdtDocPart part && part.getDocPartGallery() != null
                    && "Table of Contents".equals(part.getDocPartGallery().getVal())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the two blocks are alike from the given share on: tables whose cells the same in both make up that
     * share of their text are, without counting words; otherwise their words (see {@link WordBag}) must be.
     */
    boolean similar(Block other, double threshold) {
        if (rows != null && other.rows != null && sameTexts(cellKeys(), other.cellKeys()) >= threshold) {
            return true;
        }
        return similarity(other) >= threshold;
    }

    /** How alike the two blocks' words are, from 0 (nothing in common) to 1 (the same words). */
    double similarity(Block other) {
        return bag().dice(other.bag());
    }

    private WordBag bag() {
        if (bag == null) {
            bag = WordBag.of(exact());
        }
        return bag;
    }

    /** A table's cells' keys, row after row; made once (the sequence diff asks for a table's similarity often). */
    private List<String> cellKeys() {
        if (cellKeys == null) {
            List<String> keys = new java.util.ArrayList<>();
            for (Blocks.RowText row : rows) {
                keys.addAll(row.cellKeys());
            }
            cellKeys = keys;
        }
        return cellKeys;
    }

    /** Runs of whitespace become one space; leading and trailing whitespace goes. */
    static String normalise(String s) {
        // one pass over the chars, compacted in place (every table's text is normalised, and each row's and cell's)
        char[] c = s.toCharArray();
        int length = 0;
        boolean space = false;
        boolean changed = false;
        for (char ch : c) {
            if (isSpace(ch)) {
                changed |= ch != ' ' || space || length == 0;
                space = true;
            } else {
                if (space && length > 0) {
                    c[length++] = ' ';
                }
                space = false;
                c[length++] = ch;
            }
        }
        changed |= space;
        return changed ? new String(c, 0, length) : s;
    }

    /** {@link Tokenizer#isSpace(char)} without its look-ups for the usual printable ASCII. */
    private static boolean isSpace(char c) {
        return (c <= ' ' || c >= 0x80) && Tokenizer.isSpace(c);
    }
}
