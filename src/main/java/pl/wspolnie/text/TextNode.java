package pl.wspolnie.text;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * A unit not yet stored, with its children: what the base text is made of and what carry-over produces.
 * {@code sectors} marks the slot where the units of the sectoral teams go (one per team, see {@link SectorSlots}).
 */
record TextNode(UnitKind kind, String heading, String text, String statutoryElement, String sector, String block,
                boolean sectors, List<TextNode> children) {

    TextNode {
        children = children == null ? List.of() : List.copyOf(children);
        text = text == null ? "" : text;
    }

    TextNode withText(String newText, String newHeading) {
        return new TextNode(kind, newHeading, newText, statutoryElement, sector, block, sectors, children);
    }

    TextNode withChildren(List<TextNode> newChildren) {
        return new TextNode(kind, heading, text, statutoryElement, sector, block, sectors, newChildren);
    }

    /** The whole text of a programme before it is stored: the resolution's units and the annex's chapters. */
    @JsonIgnoreProperties("_comment")
    record Tree(List<TextNode> resolution, List<TextNode> annex) {
    }
}
