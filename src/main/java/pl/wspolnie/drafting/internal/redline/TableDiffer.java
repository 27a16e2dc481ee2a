package pl.wspolnie.drafting.internal.redline;

import java.util.ArrayList;
import java.util.List;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Tr;
import pl.wspolnie.drafting.internal.redline.Alignment.Step;

/**
 * Diff of two versions of a table, row by row: rows are matched by their cells' text; rows only in the newer
 * version are inserted rows, rows only in the older one deleted rows; a changed row similar to an older one (same
 * number of cells, mostly the same words) keeps its place and its cells are diffed as block content. The newer
 * table's properties and grid are kept.
 */
final class TableDiffer {

    /** Share of common words from which two rows count as versions of one row. */
    static final double ROW_SIMILARITY = 0.5;
    private static final long PAIRING_LIMIT = 250_000;

    /** A row with its text; {@code before}: other elements of the newer table (bookmarks …) just before it. */
    private static final class Row {
        final Object original;
        final Tr tr;
        final Blocks.RowText text;
        final List<Object> before;
        private WordBag bag;

        Row(Object original, Tr tr, Blocks.RowText text, List<Object> before) {
            this.original = original;
            this.tr = tr;
            this.text = text;
            this.before = before;
        }

        int cells() {
            return text.cellKeys().size();
        }

        WordBag bag() {
            if (bag == null) {
                bag = WordBag.of(text.exact());
            }
            return bag;
        }
    }

    private final BlockDiffer cellDiffer;
    private final Blocks blocks;
    private final BlockMarks marks;

    TableDiffer(BlockDiffer cellDiffer, Blocks blocks, BlockMarks marks) {
        this.cellDiffer = cellDiffer;
        this.blocks = blocks;
        this.marks = marks;
    }

    /** Rewrites the newer table of the pair with the row and cell differences marked. */
    void diff(Block from, Block to) {
        List<Object> trailing = new ArrayList<>();
        List<Row> a = rows(from.table().getContent(), new ArrayList<>());
        List<Row> b = rows(to.table().getContent(), trailing);
        List<Object> out = new ArrayList<>(to.table().getContent().size() + 4);
        for (Step step : Alignment.byKey(a, b, row -> row.text.key())) {
            List<Row> f = a.subList(step.fromStart(), step.fromEnd());
            List<Row> t = b.subList(step.toStart(), step.toEnd());
            if (step.matched()) {
                pairs(f, t, out);
            } else if (f.isEmpty() || t.isEmpty() || (long) f.size() * t.size() > PAIRING_LIMIT) {
                wholeRows(f, t, out);
            } else {
                for (Step inner : Alignment.align(f, t, TableDiffer::similar)) {
                    List<Row> ff = f.subList(inner.fromStart(), inner.fromEnd());
                    List<Row> tt = t.subList(inner.toStart(), inner.toEnd());
                    if (inner.matched()) {
                        pairs(ff, tt, out);
                    } else {
                        wholeRows(ff, tt, out);
                    }
                }
            }
        }
        out.addAll(trailing);
        to.table().getContent().clear();
        to.table().getContent().addAll(out);
    }

    private List<Row> rows(List<Object> content, List<Object> trailing) {
        List<Row> rows = new ArrayList<>();
        List<Object> before = new ArrayList<>();
        for (Object o : content) {
            if (Block.unwrap(o) instanceof Tr tr) {
                rows.add(new Row(o, tr, blocks.row(tr), before));
                before = new ArrayList<>();
            } else {
                before.add(o);
            }
        }
        trailing.addAll(before);
        return rows;
    }

    private void pairs(List<Row> from, List<Row> to, List<Object> out) {
        for (int i = 0; i < to.size(); i++) {
            Row f = from.get(i);
            Row t = to.get(i);
            if (f.cells() != t.cells()) {
                wholeRows(List.of(f), List.of(t), out);
                continue;
            }
            out.addAll(t.before);
            if (!f.text.exact().equals(t.text.exact())) {
                List<Tc> fc = cellsOf(f.tr);
                List<Tc> tc = cellsOf(t.tr);
                for (int c = 0; c < tc.size(); c++) {
                    List<Object> merged = cellDiffer.diff(fc.get(c).getContent(), tc.get(c).getContent());
                    tc.get(c).getContent().clear();
                    tc.get(c).getContent().addAll(merged);
                }
            }
            out.add(t.original);
        }
    }

    private void wholeRows(List<Row> from, List<Row> to, List<Object> out) {
        for (Row f : from) {
            marks.deletedRow(f.tr);
            out.add(f.original);
        }
        for (Row t : to) {
            out.addAll(t.before);
            marks.insertedRow(t.tr);
            out.add(t.original);
        }
    }

    private static List<Tc> cellsOf(Tr tr) {
        List<Tc> list = new ArrayList<>();
        for (Object o : tr.getContent()) {
            if (Block.unwrap(o) instanceof Tc tc) {
                list.add(tc);
            }
        }
        return list;
    }

    /**
     * Rows of as many cells whose same cells make up half their text (a renumbered row, say) are versions of each
     * other without counting words; otherwise half their words must be the same.
     */
    private static boolean similar(Row a, Row b) {
        return a.cells() == b.cells() && (Block.sameTextsInPlace(a.text.cellKeys(), b.text.cellKeys()) >= ROW_SIMILARITY
                || a.bag().dice(b.bag()) >= ROW_SIMILARITY);
    }
}
