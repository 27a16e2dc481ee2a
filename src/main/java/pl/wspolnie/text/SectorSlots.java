package pl.wspolnie.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import pl.wspolnie.municipality.MunicipalityProfile.Sector;

/**
 * Puts one unit per sectoral team where the sector units belong: where the base text has its slot, or where the
 * carried-over programme had its sector units. A team that already had a unit keeps its wording (under the
 * team's current name); a new team gets an empty unit; a team no longer in the profile is dropped.
 */
final class SectorSlots {

    private SectorSlots() {
    }

    static TextNode.Tree fill(TextNode.Tree tree, List<Sector> sectors) {
        return new TextNode.Tree(fill(tree.resolution(), sectors), fill(tree.annex(), sectors));
    }

    private static List<TextNode> fill(List<TextNode> nodes, List<Sector> sectors) {
        List<TextNode> out = new ArrayList<>();
        Map<String, TextNode> existing = new LinkedHashMap<>();
        TextNode slot = null;
        int at = -1;
        for (TextNode n : nodes) {
            if (n.sectors() || n.sector() != null) {
                if (at < 0) {
                    at = out.size();
                    slot = n;
                }
                if (n.sector() != null) {
                    existing.put(n.sector(), n);
                }
                continue;
            }
            out.add(n.withChildren(fill(n.children(), sectors)));
        }
        if (at >= 0) {
            TextNode template = slot;
            List<TextNode> units = sectors.stream().map(s -> {
                TextNode old = existing.get(s.code());
                return new TextNode(template.kind(), s.name(), old == null ? "" : old.text(), null, s.code(),
                        old == null ? template.block() : old.block(), false, old == null ? List.of() : old.children());
            }).toList();
            out.addAll(at, units);
        }
        return out;
    }

    /** Applies {@code change} to the text and heading of every node of the tree. */
    static TextNode.Tree map(TextNode.Tree tree, UnaryOperator<String> change) {
        return new TextNode.Tree(map(tree.resolution(), change), map(tree.annex(), change));
    }

    private static List<TextNode> map(List<TextNode> nodes, UnaryOperator<String> change) {
        return nodes.stream().map(n -> n.withText(change.apply(n.text()),
                n.heading() == null ? null : change.apply(n.heading())).withChildren(map(n.children(), change))).toList();
    }
}
