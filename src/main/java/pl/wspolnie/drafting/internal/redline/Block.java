package pl.wspolnie.drafting.internal.redline;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.docx4j.wml.CTSdtDocPart;
import org.docx4j.wml.P;
import org.docx4j.wml.SdtBlock;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Tr;

/**
 * A block of body or cell content (paragraph, table, anything else) with the text it is compared by.
 * {@code exact} is the full comparable text; {@code key} is that text with whitespace normalised and is what the
 * sequence diff matches on.
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
    final String exact;
    final String key;
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

    private Block(Object original, Object value, Kind kind, String exact, List<Inline.Piece> pieces) {
        this.original = original;
        this.value = value;
        this.kind = kind;
        this.exact = exact;
        this.key = kind.name().charAt(0) + normalise(exact);
        this.pieces = pieces;
    }

    P paragraph() {
        return (P) value;
    }

    Tbl table() {
        return (Tbl) value;
    }

    /** Builds blocks once per element; the table differ asks again for the blocks inside cells. */
    static final class Factory {
        private final Map<Object, Block> cache = new IdentityHashMap<>();
        /** Row texts by row: a changed table's rows are read for its block and again by the table differ. */
        private final Map<Tr, String> rowTexts = new IdentityHashMap<>();

        Block of(Object original) {
            Block block = cache.get(original);
            if (block == null) {
                block = create(original);
                cache.put(original, block);
            }
            return block;
        }

        List<Block> of(List<Object> content) {
            return content.stream().map(this::of).toList();
        }

        private Block create(Object original) {
            Object value = unwrap(original);
            if (value instanceof P p) {
                List<Inline.Piece> pieces = Inline.pieces(p.getContent());
                return new Block(original, value, Kind.PARAGRAPH, Inline.text(pieces), pieces);
            }
            if (value instanceof Tbl tbl) {
                StringBuilder sb = new StringBuilder();
                for (Object row : tbl.getContent()) {
                    if (unwrap(row) instanceof Tr tr) {
                        sb.append(rowText(tr)).append(ROW_SEP);
                    }
                }
                return new Block(original, value, Kind.TABLE, sb.toString(), null);
            }
            if (isTableOfContents(value)) {
                return new Block(original, value, Kind.OTHER, "\u0000tableOfContents", null);
            }
            return new Block(original, value, Kind.OTHER,
                    Inline.elementName(original, value) + ":" + Inline.textOf(value), null);
        }

        /** The text of a row: cells in order, each the text of its blocks. */
        String rowText(Tr tr) {
            return rowTexts.computeIfAbsent(tr, this::readRowText);
        }

        private String readRowText(Tr tr) {
            StringBuilder sb = new StringBuilder();
            for (Object cell : tr.getContent()) {
                if (unwrap(cell) instanceof Tc tc) {
                    for (Object inner : tc.getContent()) {
                        sb.append(of(inner).exact).append(PARAGRAPH_SEP);
                    }
                    sb.append(CELL_SEP);
                }
            }
            return sb.toString();
        }
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

    /** How alike the two blocks' words are, from 0 (nothing in common) to 1 (the same words). */
    double similarity(Block other) {
        return bag().dice(other.bag());
    }

    private WordBag bag() {
        if (bag == null) {
            bag = WordBag.of(exact);
        }
        return bag;
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
