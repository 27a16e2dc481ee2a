package pl.wspolnie.drafting.internal.redline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.docx4j.wml.CTMarkup;
import org.docx4j.wml.CTMarkupRange;
import pl.wspolnie.drafting.internal.redline.Alignment.Step;
import pl.wspolnie.drafting.internal.redline.Block.Kind;

/**
 * Units whose text stayed the same but whose place among the other units changed, shown as moved
 * ({@code w:moveFrom} where it was, {@code w:moveTo} where it is) rather than deleted and inserted. Which units
 * keep their place is the longest common subsequence of the units both versions have; of the others, those that
 * are the same paragraphs of plain text (no objects that belong to the older file), contiguous in both versions,
 * and neither the last block nor just before a table (whose paragraph marks cannot be marked) are moved. Sets
 * {@link Block#move} of their blocks.
 */
final class Moves {

    private Moves() {
    }

    static void mark(List<Block> a, List<Block> b) {
        Map<String, int[]> from = ranges(a);
        Map<String, int[]> to = ranges(b);
        List<String> fromOrder = new ArrayList<>();
        for (String unit : from.keySet()) {
            if (to.containsKey(unit)) {
                fromOrder.add(unit);
            }
        }
        List<String> toOrder = new ArrayList<>();
        for (String unit : to.keySet()) {
            if (from.containsKey(unit)) {
                toOrder.add(unit);
            }
        }
        Set<String> inPlace = new HashSet<>();
        for (Step step : Alignment.align(fromOrder, toOrder, String::equals)) {
            if (step.matched()) {
                inPlace.addAll(fromOrder.subList(step.fromStart(), step.fromEnd()));
            }
        }
        int moves = 0;
        for (String unit : fromOrder) {
            int[] f = from.get(unit);
            int[] t = to.get(unit);
            if (!inPlace.contains(unit) && movable(a, f) && movable(b, t) && same(a, f, b, t)) {
                String name = "move" + (++moves);
                set(a, f, name, true);
                set(b, t, name, false);
            }
        }
    }

    /** First and last index of each unit's blocks, or null for a unit whose blocks are not contiguous. */
    private static Map<String, int[]> ranges(List<Block> blocks) {
        Map<String, int[]> ranges = new LinkedHashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            String unit = blocks.get(i).unit;
            if (unit != null) {
                ranges.computeIfAbsent(unit, u -> new int[] {-1, -1});
                int[] r = ranges.get(unit);
                if (r[0] < 0) {
                    r[0] = i;
                }
                r[1] = i;
                counts.merge(unit, 1, Integer::sum);
            }
        }
        ranges.replaceAll((unit, r) -> counts.get(unit) == r[1] - r[0] + 1 ? r : null);
        return ranges;
    }

    private static boolean movable(List<Block> blocks, int[] range) {
        if (range == null || range[1] + 1 >= blocks.size() || blocks.get(range[1] + 1).kind == Kind.TABLE) {
            return false;
        }
        for (int i = range[0]; i <= range[1]; i++) {
            Block block = blocks.get(i);
            if (block.kind != Kind.PARAGRAPH) {
                if (isMarker(block)) {
                    continue; // a unit bookmark between paragraphs moves with them
                }
                return false;
            }
            for (Inline.Piece piece : block.pieces) {
                if (!piece.isText() && !Inline.isMarker(piece) && !piece.key().equals("\u0000tab")) {
                    return false;
                }
            }
        }
        return true;
    }

    static boolean isMarker(Block block) {
        return block.value instanceof CTMarkupRange || block.value instanceof CTMarkup;
    }

    /** The same paragraphs (by text) in both ranges. */
    private static boolean same(List<Block> a, int[] f, List<Block> b, int[] t) {
        List<String> from = paragraphs(a, f);
        return !from.isEmpty() && from.equals(paragraphs(b, t));
    }

    private static List<String> paragraphs(List<Block> blocks, int[] range) {
        List<String> texts = new ArrayList<>();
        for (int i = range[0]; i <= range[1]; i++) {
            if (blocks.get(i).kind == Kind.PARAGRAPH) {
                texts.add(blocks.get(i).exact());
            }
        }
        return texts;
    }

    private static void set(List<Block> blocks, int[] range, String name, boolean from) {
        int first = -1;
        int last = -1;
        for (int i = range[0]; i <= range[1]; i++) {
            if (blocks.get(i).kind == Kind.PARAGRAPH) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        for (int i = range[0]; i <= range[1]; i++) {
            blocks.get(i).move = new Block.Move(name, from, i == first, i == last);
        }
    }
}
