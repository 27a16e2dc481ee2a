package pl.wspolnie.drafting.internal.redline;

import java.util.ArrayList;
import java.util.List;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.R;
import org.docx4j.wml.RunTrackChange;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Tr;
import pl.wspolnie.drafting.internal.redline.Revisions.Mark;

/**
 * Marks whole blocks: paragraphs, tables and rows of the newer version that are new, and those of the older version
 * that are gone. A whole paragraph includes its mark ({@code w:pPr/w:rPr/w:ins|w:del}); a whole row is marked in
 * {@code w:trPr}. Content taken over from the older file is cleaned of what points into that file's parts.
 */
final class BlockMarks {

    private final Revisions revisions;

    BlockMarks(Revisions revisions) {
        this.revisions = revisions;
    }

    /** Marks blocks of the newer version as inserted, in place; returns the same list. */
    List<Object> inserted(List<Object> blocks) {
        for (Object o : blocks) {
            Object u = Block.unwrap(o);
            if (u instanceof P p) {
                InlineWriter.markInserted(revisions, p.getContent());
                revisions.setMark(p, Mark.INSERTED);
            } else if (u instanceof Tbl tbl) {
                for (Object row : tbl.getContent()) {
                    if (Block.unwrap(row) instanceof Tr tr) {
                        insertedRow(tr);
                    }
                }
            } else {
                List<Object> inner = Inline.childrenOf(u);
                if (inner != null) {
                    inserted(inner);
                }
            }
        }
        return blocks;
    }

    void insertedRow(Tr tr) {
        revisions.markRow(tr, true);
        for (Object cell : tr.getContent()) {
            if (Block.unwrap(cell) instanceof Tc tc) {
                inserted(tc.getContent());
                settle(tc.getContent());
            }
        }
    }

    /** Blocks of the older version, rewritten as deleted, for placing into the newer document. */
    List<Object> deleted(List<Object> blocks) {
        List<Object> out = new ArrayList<>(blocks.size());
        for (Object o : blocks) {
            Object u = Block.unwrap(o);
            if (u instanceof P p) {
                List<Object> content = InlineWriter.deleted(revisions, p.getContent());
                p.getContent().clear();
                p.getContent().addAll(content);
                forget(p);
                revisions.setMark(p, Mark.DELETED);
                out.add(o);
            } else if (u instanceof Tbl tbl) {
                List<Object> rows = new ArrayList<>();
                for (Object row : tbl.getContent()) {
                    if (Block.unwrap(row) instanceof Tr tr) {
                        deletedRow(tr);
                        rows.add(row);
                    }
                }
                tbl.getContent().clear();
                tbl.getContent().addAll(rows);
                out.add(o);
            } else {
                // content controls and custom XML give their blocks; bookmarks and the like are dropped
                List<Object> inner = Inline.childrenOf(u);
                if (inner != null) {
                    out.addAll(deleted(inner));
                }
            }
        }
        return out;
    }

    void deletedRow(Tr tr) {
        tr.setParaId(null);
        tr.setTextId(null);
        revisions.markRow(tr, false);
        for (Object cell : tr.getContent()) {
            if (Block.unwrap(cell) instanceof Tc tc) {
                List<Object> content = deleted(tc.getContent());
                if (content.isEmpty() || !(Block.unwrap(content.get(content.size() - 1)) instanceof P)) {
                    content.add(new P()); // a cell ends with a paragraph
                }
                tc.getContent().clear();
                tc.getContent().addAll(content);
                settle(tc.getContent());
            }
        }
    }

    /**
     * A paragraph of a moved unit, in place: the older one's content becomes plain runs in {@code w:moveFrom} (its
     * markers and objects dropped), the newer one's runs go into {@code w:moveTo}; the paragraph mark is marked
     * likewise, and the move's range markers open the unit's first paragraph and close its last.
     */
    void moved(P p, Block.Move move) {
        List<Object> content = move.from() ? InlineWriter.plain(revisions, p.getContent()) : new ArrayList<>(p.getContent());
        if (move.from()) {
            forget(p);
        }
        List<Object> out = new ArrayList<>(content.size() + 3);
        if (move.first()) {
            out.add(revisions.moveRangeStart(move.name(), move.from()));
        }
        RunTrackChange current = null;
        for (Object o : content) {
            if (Block.unwrap(o) instanceof R r) {
                if (current == null) {
                    current = revisions.moveContainer();
                    out.add(revisions.wrapMove(current, move.from()));
                }
                current.getAccOrBarOrBox().add(r);
                r.setParent(current);
            } else {
                current = null;
                out.add(o);
            }
        }
        if (move.last()) {
            out.add(revisions.moveRangeEnd(move.name(), move.from()));
        }
        p.getContent().clear();
        p.getContent().addAll(out);
        revisions.setMoveMark(p, move.from());
    }

    /** Whether every row of the table is marked inserted (deleted). */
    private static boolean wholly(Tbl tbl, boolean inserted) {
        boolean any = false;
        for (Object row : tbl.getContent()) {
            if (Block.unwrap(row) instanceof Tr tr) {
                var trPr = tr.getTrPr();
                if (trPr == null || (inserted ? trPr.getIns() : trPr.getDel()) == null) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** An older paragraph keeps no identity or section of its own in the newer document. */
    private static void forget(P p) {
        p.setParaId(null);
        p.setTextId(null);
        PPr pPr = p.getPPr();
        if (pPr != null) {
            pPr.setSectPr(null);
        }
    }

    /**
     * The last paragraph of a body or cell holds the mark that ends it, which cannot be inserted or deleted; nor can
     * LibreOffice keep an inserted or deleted mark on a paragraph just before a table. When such a paragraph is
     * wholly new (gone), the mark of the nearest paragraph before it that the other version also shows is marked
     * instead, as Word does when one types Enter before new text: accepting (rejecting) then joins them into one
     * paragraph with the same text, and both versions keep their paragraph count. When that nearest paragraph is
     * itself wholly gone (new), the two become one paragraph holding the deleted and then the inserted text, rather
     * than a mark both inserted and deleted, which LibreOffice does not keep.
     */
    void settle(List<Object> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            boolean last = i == blocks.size() - 1;
            if (Block.unwrap(blocks.get(i)) instanceof P p
                    && (last || Block.unwrap(blocks.get(i + 1)) instanceof Tbl)) {
                if (settle(blocks, i, p, last)) {
                    i--; // a paragraph before this one was joined into it
                }
            }
        }
    }

    /** Settles one boundary paragraph; true if an earlier paragraph was joined into it (and removed). */
    private boolean settle(List<Object> blocks, int index, P boundary, boolean last) {
        Mark mark = Revisions.markOf(boundary);
        if (mark == Mark.KEPT || mark == Mark.INSERTED_AND_DELETED) {
            return false;
        }
        boolean inserted = mark == Mark.INSERTED;
        boolean acrossTable = false;
        for (int i = index - 1; i >= 0; i--) {
            Object block = Block.unwrap(blocks.get(i));
            if (block instanceof Tbl tbl && wholly(tbl, inserted)) {
                acrossTable = true;
                continue; // gone in the other version, so paragraphs there join across it
            }
            if (!(block instanceof P p)) {
                break; // no paragraph joins across a table
            }
            Mark before = Revisions.markOf(p);
            if (inserted ? before.inserted() : before.deleted()) {
                continue;
            }
            if (before == Mark.KEPT) {
                revisions.setMark(p, mark);
                revisions.setMark(boundary, Mark.KEPT);
                return false;
            }
            if (acrossTable) {
                revisions.setMark(p, Mark.INSERTED_AND_DELETED);
                revisions.setMark(boundary, Mark.KEPT);
                return false;
            }
            join(blocks, i, index, inserted);
            return true;
        }
        if (last) {
            revisions.setMark(boundary, Mark.KEPT);
        }
        return false;
    }

    /**
     * Joins a wholly deleted and a wholly inserted paragraph (one at {@code earlier}, the other at {@code boundary})
     * into the newer one, placed at the boundary: deleted text first, then inserted text, newer properties, kept mark.
     */
    private void join(List<Object> blocks, int earlier, int boundary, boolean boundaryInserted) {
        P first = (P) Block.unwrap(blocks.get(earlier));
        P second = (P) Block.unwrap(blocks.get(boundary));
        P deleted = boundaryInserted ? first : second;
        P newer = boundaryInserted ? second : first;
        newer.getContent().addAll(0, deleted.getContent());
        revisions.setMark(newer, Mark.KEPT);
        blocks.set(boundary, boundaryInserted ? blocks.get(boundary) : blocks.get(earlier));
        blocks.remove(earlier);
    }
}
