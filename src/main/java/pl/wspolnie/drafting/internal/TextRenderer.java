package pl.wspolnie.drafting.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.docx4j.wml.CTBookmark;
import org.docx4j.wml.CTMarkupRange;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.PPrBase;
import pl.wspolnie.text.Citations;
import pl.wspolnie.text.Unit;
import pl.wspolnie.text.UnitKind;

/**
 * Writes the programme's units into the template where it has the paragraphs {@code ${text:resolution}} and
 * {@code ${text:annex}}. Each unit's wording is enclosed in a bookmark named {@code wsp_u<id>} (its number, e.g.
 * "§ 3." or "2)", stays outside, so the bookmark holds exactly the unit's text; a chapter's bookmark holds its
 * heading); a sector unit's heading is a {@code Heading2} paragraph with a bookmark {@code wsp_h<id>}. A unit that
 * carries a generated block is followed by the template's part between {@code ${#block:name}} and
 * {@code ${/block:name}}, filled with the cycle's data (a sector's block with that sector's keys).
 */
final class TextRenderer {

    static final String BOOKMARK_PREFIX = "wsp_u";
    static final String HEADING_BOOKMARK_PREFIX = "wsp_h";
    private static final Pattern SLOT = Pattern.compile("^\\$\\{text:(resolution|annex)}$");
    private static final Pattern BLOCK = Pattern.compile("^\\$\\{([#/])block:([a-z-]+)}$");
    private static final ObjectFactory WML = new ObjectFactory();
    /** Bookmark ids of our own, far from the template's and the table of contents' ones. */
    private static final int FIRST_BOOKMARK_ID = 100_000;
    private static final int INDENT = 425;

    private final Prototypes prototypes;
    private final Map<String, List<Prototype>> blocks = new HashMap<>();
    private final Map<String, P> slots = new LinkedHashMap<>();
    private final Set<String> unknown = new LinkedHashSet<>();
    private int bookmarkId = FIRST_BOOKMARK_ID;

    /** Takes the block prototypes out of the body and puts empty stand-ins where the units go. */
    static TextRenderer extract(List<Object> body, Prototypes prototypes) {
        TextRenderer renderer = new TextRenderer(prototypes);
        int i = 0;
        while (i < body.size()) {
            Object o = XmlText.unwrap(body.get(i));
            String text = o instanceof P p ? ParagraphFiller.text(p).strip() : "";
            Matcher slot = SLOT.matcher(text);
            Matcher block = BLOCK.matcher(text);
            if (slot.matches()) {
                P standIn = WML.createP();
                renderer.slots.put(slot.group(1), standIn);
                body.set(i++, standIn);
            } else if (block.matches() && block.group(1).equals("#")) {
                String name = block.group(2);
                int end = i + 1;
                while (end < body.size() && !("${/block:" + name + "}").equals(
                        XmlText.unwrap(body.get(end)) instanceof P p ? ParagraphFiller.text(p).strip() : null)) {
                    end++;
                }
                if (end == body.size()) {
                    throw new TemplateException("${#block:" + name + "} has no closing ${/block:" + name + "}");
                }
                renderer.blocks.put(name, body.subList(i + 1, end).stream().map(renderer.prototypes::of).toList());
                body.subList(i, end + 1).clear();
            } else {
                i++;
            }
        }
        return renderer;
    }

    private TextRenderer(Prototypes prototypes) {
        this.prototypes = prototypes;
    }

    Set<String> unknownKeys() {
        return unknown;
    }

    /** The id after the last bookmark the units got: above every bookmark id in the document. */
    int nextBookmarkId() {
        return bookmarkId;
    }

    /** Replaces the stand-ins by the units' paragraphs (a template without slots shows no units). */
    void insert(List<Object> body, List<Unit> units, Map<String, Object> model) {
        List<Citations.Numbered> numbered = Citations.number(units);
        for (var slot : slots.entrySet()) {
            boolean resolution = slot.getKey().equals("resolution");
            List<Object> content = new ArrayList<>();
            P pending = null;
            for (int i = 0; i < numbered.size(); i++) {
                Citations.Numbered n = numbered.get(i);
                if ((n.unit().part() == pl.wspolnie.text.TextPart.RESOLUTION) != resolution) {
                    continue;
                }
                if (n.unit().kind() == UnitKind.CHAPTER) {
                    pending = flush(content, pending);
                    content.add(chapter(n));
                    continue;
                }
                if (n.unit().heading() != null && !n.unit().heading().isBlank()) {
                    pending = flush(content, pending);
                    content.add(heading(n));
                }
                P p = pending != null ? pending : paragraph(n);
                if (pending != null) {
                    p.getContent().add(ParagraphFiller.run(null, n.number() + " "));
                }
                pending = null;
                bookmarked(p, BOOKMARK_PREFIX + n.id(), n.unit().text());
                boolean ownLine = n.unit().hasText() || n.unit().kind() != UnitKind.PARAGRAPH
                        || i + 1 >= numbered.size() || numbered.get(i + 1).unit().parentId() == null
                        || !numbered.get(i + 1).unit().parentId().equals(n.id())
                        || numbered.get(i + 1).unit().kind() != UnitKind.SECTION;
                if (ownLine) {
                    content.add(p);
                    block(content, n.unit(), model);
                } else {
                    // "§ 2. 1. Celem …": a § without wording of its own starts with its first ust.
                    pending = p;
                }
            }
            flush(content, pending);
            int at = body.indexOf(slot.getValue());
            if (at >= 0) {
                body.remove(at);
                body.addAll(at, content);
            }
        }
    }

    private static P flush(List<Object> content, P pending) {
        if (pending != null) {
            content.add(pending);
        }
        return null;
    }

    private P chapter(Citations.Numbered n) {
        P p = styled("Heading1");
        bookmarked(p, BOOKMARK_PREFIX + n.id(), n.unit().heading());
        return p;
    }

    private P heading(Citations.Numbered n) {
        P p = styled("Heading2");
        bookmarked(p, HEADING_BOOKMARK_PREFIX + n.id(), n.unit().heading());
        return p;
    }

    /** The unit's paragraph with its number, before the bookmark. */
    private static P paragraph(Citations.Numbered n) {
        UnitKind kind = n.unit().kind();
        P p = switch (kind) {
            case BASIS, PARAGRAPH -> styled("Paragraf");
            case SECTION -> indented("Normal", 0, INDENT);
            default -> hanging(Math.max(1, depthBelowSection(n)));
        };
        if (!n.number().isEmpty()) {
            boolean hangs = kind == UnitKind.POINT || kind == UnitKind.LETTER || kind == UnitKind.INDENT;
            p.getContent().add(ParagraphFiller.run(null, n.number() + (hangs ? "\t" : " ")));
        }
        return p;
    }

    private static int depthBelowSection(Citations.Numbered n) {
        return switch (n.unit().kind()) {
            case POINT -> 1;
            case LETTER -> 2;
            default -> 3;
        };
    }

    private void bookmarked(P p, String name, String text) {
        BigInteger id = BigInteger.valueOf(bookmarkId++);
        CTBookmark start = WML.createCTBookmark();
        start.setName(name);
        start.setId(id);
        CTMarkupRange end = WML.createCTMarkupRange();
        end.setId(id);
        p.getContent().add(WML.createPBookmarkStart(start));
        if (text != null && !text.isEmpty()) {
            p.getContent().add(ParagraphFiller.run(null, text));
        }
        p.getContent().add(WML.createPBookmarkEnd(end));
    }

    private void block(List<Object> content, Unit unit, Map<String, Object> model) {
        if (unit.block() == null) {
            return;
        }
        List<Prototype> prototypes = blocks.get(unit.block());
        if (prototypes == null) {
            unknown.add("block:" + unit.block());
            return;
        }
        Map<String, Object> scope = new HashMap<>(model);
        if (unit.sector() != null && model.get("sectors") instanceof List<?> sectors) {
            scope.put("sector.hasTasks", false);
            sectors.stream().filter(s -> s instanceof Map<?, ?> m && unit.sector().equals(m.get("sector.code")))
                    .findFirst().ifPresent(s -> ((Map<?, ?>) s).forEach((k, v) -> scope.put(String.valueOf(k), v)));
        }
        List<Object> filled = new ArrayList<>(prototypes.stream().map(this.prototypes::copy).toList());
        TemplateEngine engine = new TemplateEngine(this.prototypes);
        engine.fill(filled, scope);
        unknown.addAll(engine.unknownKeys());
        content.addAll(filled);
    }

    private static P styled(String style) {
        P p = WML.createP();
        PPr pr = WML.createPPr();
        PPrBase.PStyle s = WML.createPPrBasePStyle();
        s.setVal(style);
        pr.setPStyle(s);
        p.setPPr(pr);
        return p;
    }

    private static P indented(String style, int left, int firstLine) {
        P p = styled(style);
        PPrBase.Ind ind = WML.createPPrBaseInd();
        ind.setLeft(BigInteger.valueOf(left));
        ind.setFirstLine(BigInteger.valueOf(firstLine));
        p.getPPr().setInd(ind);
        return p;
    }

    /** pkt, lit. and tirets: the number hangs in the margin of their level. */
    private static P hanging(int level) {
        P p = styled("Punkt");
        PPrBase.Ind ind = WML.createPPrBaseInd();
        ind.setLeft(BigInteger.valueOf((long) INDENT * (level + 1)));
        ind.setHanging(BigInteger.valueOf(INDENT));
        p.getPPr().setInd(ind);
        return p;
    }
}
