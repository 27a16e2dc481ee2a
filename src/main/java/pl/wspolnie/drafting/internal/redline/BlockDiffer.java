package pl.wspolnie.drafting.internal.redline;

import java.util.ArrayList;
import java.util.List;
import pl.wspolnie.drafting.internal.redline.Alignment.Step;
import pl.wspolnie.drafting.internal.redline.Block.Kind;

/**
 * Diff of block content (a body or a table cell). Blocks are first matched by their normalised text; within each
 * remaining hunk, paragraphs (tables) similar enough to be versions of one another are paired and diffed word by
 * word (row by row); the rest are whole deletions and insertions, deletions first. Only changed pairs are looked
 * into, so the cost follows the size of the change rather than the size of the document.
 */
final class BlockDiffer {

    /** Share of common words from which two paragraphs count as versions of one paragraph. */
    static final double PARAGRAPH_SIMILARITY = 0.5;
    /** The same for tables, which usually keep most rows. */
    static final double TABLE_SIMILARITY = 0.4;
    /** Hunks larger than this (older × newer blocks) are not searched for similar pairs. */
    private static final long PAIRING_LIMIT = 250_000;

    private final Blocks blocks;
    private final BlockMarks marks;
    private final ParagraphDiffer paragraphs;
    private final TableDiffer tables;
    private final Revisions revisions;

    BlockDiffer(Revisions revisions) {
        this.revisions = revisions;
        this.blocks = new Blocks();
        this.marks = new BlockMarks(revisions);
        this.paragraphs = new ParagraphDiffer(revisions);
        this.tables = new TableDiffer(this, blocks, marks);
    }

    /**
     * The merged body (of a document, header or footer): as {@link #diff}, and when both versions carry unit
     * bookmarks, blocks are first aligned by their unit, so that only versions of one unit are compared with each
     * other; each revision is attributed by its unit.
     */
    List<Object> diffBody(List<Object> fromContent, List<Object> toContent) {
        List<Block> a = blocks.of(fromContent);
        List<Block> b = blocks.of(toContent);
        a.forEach(block -> block.body = true);
        b.forEach(block -> block.body = true);
        boolean units = Units.assign(a) & Units.assign(b);
        if (units) {
            Moves.mark(a, b);
        }
        List<Object> out = diff(a, b, units ? BlockDiffer::unitKey : Block::matchKey);
        revisions.unit(null);
        return out;
    }

    /** Blocks match only within their unit; a moved block matches nothing, so that it is marked where it was and is. */
    private static Object unitKey(Block block) {
        return new UnitKey(block.unit, block.move == null ? null : block.move.from(), block.matchKey());
    }

    /** A block's key within its unit (and, for a moved block, the side of the move it is on). */
    private record UnitKey(String unit, Boolean movedFrom, Object key) {
    }

    /** The merged content: the newer blocks with differences marked, deleted older blocks in their places. */
    List<Object> diff(List<Object> fromContent, List<Object> toContent) {
        return diff(blocks.of(fromContent), blocks.of(toContent), Block::matchKey);
    }

    private List<Object> diff(List<Block> a, List<Block> b, java.util.function.Function<Block, Object> key) {
        List<Object> out = new ArrayList<>(b.size() + 8);
        for (Step step : Alignment.byKey(a, b, key)) {
            List<Block> from = a.subList(step.fromStart(), step.fromEnd());
            List<Block> to = b.subList(step.toStart(), step.toEnd());
            if (step.matched()) {
                pairs(from, to, out);
            } else {
                hunk(from, to, out);
            }
        }
        marks.settle(out);
        return out;
    }

    private void pairs(List<Block> from, List<Block> to, List<Object> out) {
        for (int i = 0; i < to.size(); i++) {
            out.add(pair(from.get(i), to.get(i)));
        }
    }

    private Object pair(Block from, Block to) {
        if (!from.sameText(to)) {
            inUnitOf(to);
            if (to.kind == Kind.PARAGRAPH) {
                paragraphs.diff(from, to);
            } else if (to.kind == Kind.TABLE) {
                tables.diff(from, to);
            }
        }
        return to.original;
    }

    private void hunk(List<Block> from, List<Block> to, List<Object> out) {
        if (from.isEmpty() || to.isEmpty() || (long) from.size() * to.size() > PAIRING_LIMIT) {
            wholeBlocks(from, to, out);
            return;
        }
        for (Step step : Alignment.align(from, to, BlockDiffer::similar)) {
            List<Block> f = from.subList(step.fromStart(), step.fromEnd());
            List<Block> t = to.subList(step.toStart(), step.toEnd());
            if (step.matched()) {
                pairs(f, t, out);
            } else {
                wholeBlocks(f, t, out);
            }
        }
    }

    private void wholeBlocks(List<Block> from, List<Block> to, List<Object> out) {
        for (Block block : from) {
            inUnitOf(block);
            if (block.move != null && block.kind == Kind.PARAGRAPH) {
                marks.moved(block.paragraph(), block.move);
                out.add(block.original);
            } else {
                out.addAll(marks.deleted(List.of(block.original)));
            }
        }
        for (Block block : to) {
            inUnitOf(block);
            if (block.move != null && block.kind == Kind.PARAGRAPH) {
                marks.moved(block.paragraph(), block.move);
                out.add(block.original);
            } else {
                out.addAll(marks.inserted(new ArrayList<>(List.of(block.original))));
            }
        }
    }

    /** Marks made from now on are attributed by the block's unit; blocks inside cells keep their table's. */
    private void inUnitOf(Block block) {
        if (block.body) {
            revisions.unit(block.unit);
        }
    }

    static boolean similar(Block a, Block b) {
        if (a.kind != b.kind || a.kind == Kind.OTHER || !java.util.Objects.equals(a.unit, b.unit)
                || a.move != null || b.move != null) {
            return false;
        }
        return a.similar(b, a.kind == Kind.PARAGRAPH ? PARAGRAPH_SIMILARITY : TABLE_SIMILARITY);
    }
}
