package pl.wspolnie.drafting.internal.redline;

import jakarta.xml.bind.JAXBElement;
import java.util.ArrayList;
import java.util.List;
import org.docx4j.wml.Br;
import org.docx4j.wml.CTBookmark;
import org.docx4j.wml.CTMarkup;
import org.docx4j.wml.CTMarkupRange;
import org.docx4j.wml.CTSimpleField;
import org.docx4j.wml.ContentAccessor;
import org.docx4j.wml.DelText;
import org.docx4j.wml.FldChar;
import org.docx4j.wml.ProofErr;
import org.docx4j.wml.R;
import org.docx4j.wml.RunDel;
import org.docx4j.wml.RunIns;
import org.docx4j.wml.SdtElement;
import org.docx4j.wml.Text;

/**
 * The inline content of a paragraph flattened into pieces: text of a run, an element inside a run (tab, break,
 * drawing, field character …) or an element beside the runs (hyperlink, bookmark, simple field …). Input revisions
 * are read as accepted: the content of {@code w:ins} counts, that of {@code w:del} does not.
 */
final class Inline {

    /** Key prefix of a field instruction piece. */
    static final String INSTR = "\u0000instr:";

    private Inline() {
    }

    /**
     * One piece. Text: {@code run} and {@code text}. Element inside a run: {@code run} and {@code item} (as found in
     * the run, possibly a JAXBElement). Element beside the runs: {@code item} only, {@code run} is null.
     * {@code key} is what the piece counts as when texts are compared.
     */
    record Piece(R run, String text, Object item, String key) {

        boolean isText() {
            return text != null;
        }

        boolean isBesideRuns() {
            return run == null;
        }
    }

    /** Pieces of paragraph content; hyperlinks, fields and content controls stay whole (one piece each). */
    static List<Piece> pieces(List<Object> content) {
        List<Piece> out = new ArrayList<>();
        collect(content, out, false);
        return out;
    }

    /**
     * Pieces with every container opened down to its runs and markers without text (bookmarks, comment ranges,
     * spelling marks) left out: what a deleted copy of the content can carry.
     */
    static List<Piece> runPieces(List<Object> content) {
        List<Piece> out = new ArrayList<>();
        collect(content, out, true);
        return out;
    }

    /**
     * The comparable text of the pieces: text as is, a field as its instruction (never its result), markers
     * without text (bookmarks, comment ranges) not at all, other elements by their key.
     */
    static String text(List<Piece> pieces) {
        StringBuilder sb = new StringBuilder();
        int[] ends = Fields.ends(pieces);
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            if (ends[i] > i) {
                sb.append(Fields.key(pieces, i, ends[i]));
                i = ends[i] - 1;
            } else if (!isMarker(p)) {
                sb.append(p.isText() ? p.text() : p.key());
            }
        }
        return sb.toString();
    }

    /** A bookmark, comment range or other marker beside the runs: no text, not compared, kept from the newer. */
    static boolean isMarker(Piece p) {
        if (!p.isBesideRuns()) {
            return false;
        }
        Object u = Block.unwrap(p.item());
        return u instanceof CTMarkupRange || u instanceof CTMarkup || u instanceof CTBookmark;
    }

    private static void collect(List<Object> content, List<Piece> out, boolean open) {
        for (Object o : content) {
            Object u = Block.unwrap(o);
            if (u instanceof R r) {
                collectRun(r, out);
            } else if (u instanceof RunIns ins) {
                collect(ins.getCustomXmlOrSmartTagOrSdt(), out, open);
            } else if (u instanceof RunDel || u instanceof ProofErr) {
                // already deleted in the input, or only a spell-checker's note
            } else if (open) {
                List<Object> inner = childrenOf(u);
                if (inner != null) {
                    collect(inner, out, true);
                }
            } else {
                out.add(new Piece(null, null, o, besideKey(o, u)));
            }
        }
    }

    private static void collectRun(R r, List<Piece> out) {
        for (Object o : r.getContent()) {
            Object u = Block.unwrap(o);
            if (u instanceof Text t) {
                String name = o instanceof JAXBElement<?> je ? je.getName().getLocalPart() : "t";
                String value = t.getValue() == null ? "" : t.getValue();
                if (name.equals("t")) {
                    if (!value.isEmpty()) {
                        out.add(new Piece(r, value, null, null));
                    }
                } else if (name.equals("instrText")) {
                    out.add(new Piece(r, null, o, INSTR + value));
                }
                // delInstrText: deleted already
            } else if (u instanceof DelText || u instanceof R.LastRenderedPageBreak) {
                // deleted already, or a layout cache that Word rewrites anyway
            } else {
                out.add(new Piece(r, null, o, runElementKey(o, u)));
            }
        }
    }

    private static String runElementKey(Object o, Object u) {
        if (u instanceof R.Tab) {
            return "\u0000tab";
        }
        if (u instanceof Br br) {
            return "\u0000br:" + (br.getType() == null ? "" : br.getType().value());
        }
        if (u instanceof R.Cr) {
            return "\u0000br:";
        }
        if (u instanceof R.Sym sym) {
            return "\u0000sym:" + sym.getFont() + ":" + sym.getChar();
        }
        if (u instanceof FldChar fc) {
            return "\u0000fld:" + (fc.getFldCharType() == null ? "" : fc.getFldCharType().value());
        }
        return "\u0000" + elementName(o, u);
    }

    private static String besideKey(Object o, Object u) {
        if (u instanceof CTBookmark b) {
            return "\u0000bookmarkStart:" + b.getName();
        }
        if (u instanceof CTMarkupRange || u instanceof CTMarkup) {
            return "\u0000" + elementName(o, u);
        }
        if (u instanceof CTSimpleField field) {
            return Fields.key(field.getInstr());
        }
        return "\u0000" + elementName(o, u) + ":" + textOf(u);
    }

    static String elementName(Object o, Object u) {
        return o instanceof JAXBElement<?> je ? je.getName().getLocalPart() : u.getClass().getSimpleName();
    }

    /** Children of an inline container (hyperlink, field, smart tag, custom XML, content control), else null. */
    static List<Object> childrenOf(Object u) {
        if (u instanceof SdtElement sdt) {
            return sdt.getSdtContent() == null ? null : sdt.getSdtContent().getContent();
        }
        if (u instanceof ContentAccessor ca) {
            return ca.getContent();
        }
        return null;
    }

    /** Plain text inside any element, with input revisions read as accepted. */
    static String textOf(Object u) {
        List<Object> inner = childrenOf(u);
        if (inner == null) {
            return "";
        }
        return text(runPieces(inner));
    }
}
