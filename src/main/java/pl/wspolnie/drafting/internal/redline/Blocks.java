package pl.wspolnie.drafting.internal.redline;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.docx4j.wml.P;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Tr;

/**
 * Builds {@link Block}s once per element; the table differ asks again for the blocks inside cells. A table's text is
 * its rows', and a row's is made of its cells' blocks' texts and keys: each paragraph's text is normalised once, not
 * again as part of its row and its table (issue #11).
 */
final class Blocks {

    private final Map<Object, Block> cache = new IdentityHashMap<>();
    /** Rows by row: a changed table's rows are read for its block and again by the table differ. */
    private final Map<Tr, RowText> rows = new IdentityHashMap<>();

    /**
     * A table row's text: {@code exact} as the cells' blocks' texts, {@code key} as their keys (whitespace
     * normalised), and each cell's key.
     */
    record RowText(String exact, String key, List<String> cellKeys) {
    }

    Block of(Object original) {
        Block block = cache.get(original);
        if (block == null) {
            block = create(original);
            cache.put(original, block);
        }
        return block;
    }

    List<Block> of(List<Object> content) {
        List<Block> blocks = new ArrayList<>(content.size());
        for (Object o : content) {
            blocks.add(of(o));
        }
        return blocks;
    }

    private Block create(Object original) {
        Object value = Block.unwrap(original);
        if (value instanceof P p) {
            List<Inline.Piece> pieces = Inline.pieces(p.getContent());
            return new Block(original, value, Block.Kind.PARAGRAPH, Inline.text(pieces), pieces);
        }
        if (value instanceof Tbl tbl) {
            List<RowText> texts = new ArrayList<>(tbl.getContent().size());
            for (Object row : tbl.getContent()) {
                if (Block.unwrap(row) instanceof Tr tr) {
                    texts.add(row(tr));
                }
            }
            return new Block(original, tbl, texts);
        }
        if (Block.isTableOfContents(value)) {
            return new Block(original, value, Block.Kind.OTHER, "\u0000tableOfContents", null);
        }
        return new Block(original, value, Block.Kind.OTHER,
                Inline.elementName(original, value) + ":" + Inline.textOf(value), null);
    }

    /** The text of a row: cells in order, each the text of its blocks. */
    RowText row(Tr tr) {
        return rows.computeIfAbsent(tr, this::readRow);
    }

    private RowText readRow(Tr tr) {
        StringBuilder exact = new StringBuilder();
        StringBuilder key = new StringBuilder();
        List<String> cellKeys = new ArrayList<>(tr.getContent().size());
        for (Object cell : tr.getContent()) {
            if (Block.unwrap(cell) instanceof Tc tc) {
                int start = key.length();
                for (Object inner : tc.getContent()) {
                    Block block = of(inner);
                    exact.append(block.exact()).append(Block.PARAGRAPH_SEP);
                    key.append(block.key()).append(Block.PARAGRAPH_SEP);
                }
                cellKeys.add(key.substring(start));
                exact.append(Block.CELL_SEP);
                key.append(Block.CELL_SEP);
            }
        }
        return new RowText(exact.toString(), key.toString(), cellKeys);
    }
}
