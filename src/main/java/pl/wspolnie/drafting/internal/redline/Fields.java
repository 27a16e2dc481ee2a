package pl.wspolnie.drafting.internal.redline;

import java.util.List;
import java.util.regex.Pattern;
import org.docx4j.wml.FldChar;
import org.docx4j.wml.STFldCharType;
import pl.wspolnie.drafting.internal.redline.Inline.Piece;

/**
 * Fields inside a paragraph's pieces. A complex field ({@code w:fldChar} begin … separate … end) counts as one
 * piece of text, its instruction: its cached result (a page number, a table of contents entry, a date) is whatever
 * the renderer last computed and is never a change. The instruction is compared with generated bookmark names
 * ({@code _Toc123456}) reduced to their prefix, since every render names them anew.
 */
final class Fields {

    private static final Pattern GENERATED_BOOKMARK = Pattern.compile("\\b(_[A-Za-z]+)\\d+\\b");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Fields() {
    }

    /**
     * For each piece, the exclusive end of the outermost field that starts there (its {@code begin} up to the
     * matching {@code end}, or the end of the paragraph when the field goes on into the next one), else -1. A
     * field's tail at the start of a paragraph (its {@code end} without a {@code begin} here) starts at 0.
     */
    static int[] ends(List<Piece> pieces) {
        int n = pieces.size();
        int[] ends = new int[n];
        java.util.Arrays.fill(ends, -1);
        int leadingEnd = leadingTail(pieces);
        if (leadingEnd > 0) {
            ends[0] = leadingEnd;
        }
        int depth = 0;
        int start = -1;
        for (int i = Math.max(0, leadingEnd); i < n; i++) {
            STFldCharType type = type(pieces.get(i));
            if (type == STFldCharType.BEGIN) {
                if (depth++ == 0) {
                    start = i;
                }
            } else if (type == STFldCharType.END && depth > 0 && --depth == 0) {
                ends[start] = i + 1;
            }
        }
        if (depth > 0) {
            ends[start] = n;
        }
        return ends;
    }

    /** The end (exclusive) of a field's tail that opens the paragraph, or 0 when it does not open with one. */
    private static int leadingTail(List<Piece> pieces) {
        int depth = 0;
        for (int i = 0; i < pieces.size(); i++) {
            STFldCharType type = type(pieces.get(i));
            if (type == STFldCharType.BEGIN) {
                depth++;
            } else if (type == STFldCharType.END) {
                if (depth == 0) {
                    return i + 1;
                }
                depth--;
            }
        }
        return 0;
    }

    /** The comparable key of the field made of pieces [start, end): its instruction, normalised. */
    static String key(List<Piece> pieces, int start, int end) {
        StringBuilder instr = new StringBuilder();
        for (int i = start; i < end; i++) {
            Piece p = pieces.get(i);
            if (!p.isText() && p.key() != null && p.key().startsWith(Inline.INSTR)) {
                instr.append(p.key(), Inline.INSTR.length(), p.key().length());
            }
        }
        return key(instr.toString());
    }

    /** The comparable key of a field with this instruction. */
    static String key(String instruction) {
        String s = instruction == null ? "" : instruction.strip();
        s = GENERATED_BOOKMARK.matcher(SPACES.matcher(s).replaceAll(" ")).replaceAll("$1");
        return "\u0000field:" + s + "\u0000";
    }

    private static STFldCharType type(Piece p) {
        if (p.isText() || p.isBesideRuns() || !(Block.unwrap(p.item()) instanceof FldChar fc)) {
            return null;
        }
        return fc.getFldCharType();
    }
}
