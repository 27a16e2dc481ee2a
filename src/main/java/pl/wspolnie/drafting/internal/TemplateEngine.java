package pl.wspolnie.drafting.internal;

import jakarta.xml.bind.JAXBElement;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.docx4j.wml.ContentAccessor;
import org.docx4j.wml.P;
import org.docx4j.wml.SdtBlock;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.TblGridCol;
import org.docx4j.wml.Tc;
import org.docx4j.wml.TcPr;
import org.docx4j.wml.Tr;

/**
 * Fills a Word template with a model of strings, booleans and lists of nested models. The template grammar
 * (see docs/document-templates.md):
 * <ul>
 *   <li>{@code ${key}} anywhere in text: the model's text, verbatim;</li>
 *   <li>a paragraph holding only {@code ${#key}} … a paragraph {@code ${/key}}: the part between is kept once when
 *       {@code key} is true or non-empty text, repeated once per element when it is a list, dropped otherwise;
 *       {@code ${^key}} … {@code ${/key}} is its opposite;</li>
 *   <li>{@code ${row:key}} in a table row: the row is repeated per element of the list {@code key};</li>
 *   <li>{@code ${col:key}} in a table cell: the cell is repeated per element of {@code key}, sharing its width.</li>
 * </ul>
 * Inside a repetition the element's keys are looked up first, then the enclosing ones.
 */
final class TemplateEngine {

    private static final Pattern SECTION = Pattern.compile("^\\$\\{([#^/])\\s*([^{}]+?)\\s*}$");
    private static final Pattern ROW = Pattern.compile("\\$\\{row:\\s*([^{}]+?)\\s*}");
    private static final Pattern COL = Pattern.compile("\\$\\{col:\\s*([^{}]+?)\\s*}");

    /** A model level: its own values and the level it is nested in. */
    record Scope(Map<String, ?> values, Scope parent) {

        Object get(String key) {
            for (Scope s = this; s != null; s = s.parent()) {
                if (s.values().containsKey(key)) {
                    return s.values().get(key);
                }
            }
            return null;
        }

        Scope with(Map<String, ?> item) {
            return new Scope(item, this);
        }
    }

    /** Keys the template asked for that the model does not have; left visible in the document. */
    private final Set<String> unknown = new LinkedHashSet<>();

    private final Prototypes prototypes;

    TemplateEngine() {
        this(new Prototypes());
    }

    /** Sharing the prototypes of the document's other fills (a unit's block is filled on its own). */
    TemplateEngine(Prototypes prototypes) {
        this.prototypes = prototypes;
    }

    Set<String> unknownKeys() {
        return unknown;
    }

    void fill(List<Object> content, Map<String, ?> model) {
        process(content, new Scope(model, null));
    }

    private void process(List<Object> content, Scope scope) {
        int i = 0;
        while (i < content.size()) {
            Object o = XmlText.unwrap(content.get(i));
            Matcher section = o instanceof P p ? SECTION.matcher(ParagraphFiller.text(p).strip()) : null;
            if (section != null && section.matches()) {
                String kind = section.group(1);
                String key = section.group(2);
                if (kind.equals("/")) {
                    throw new TemplateException("${/" + key + "} without its ${#" + key + "} or ${^" + key + "}");
                }
                int end = end(content, i, key);
                List<Object> inner = new ArrayList<>(content.subList(i + 1, end));
                content.subList(i, end + 1).clear();
                List<Object> produced = new ArrayList<>();
                List<Scope> items = expansions(kind.equals("^"), key, scope);
                List<Prototype> blocks = items.isEmpty() ? List.of() : inner.stream().map(prototypes::of).toList();
                for (Scope itemScope : items) {
                    List<Object> copy = new ArrayList<>(blocks.stream().map(this::copy).toList());
                    process(copy, itemScope);
                    produced.addAll(copy);
                }
                content.addAll(i, produced);
                i += produced.size();
                continue;
            }
            if (o instanceof P p) {
                paragraph(p, scope);
            } else if (o instanceof Tbl t) {
                table(t, scope);
            } else if (o instanceof SdtBlock sdt && sdt.getSdtContent() != null) {
                process(sdt.getSdtContent().getContent(), scope);
            }
            i++;
        }
    }

    private static int end(List<Object> content, int start, String key) {
        int depth = 0;
        for (int j = start + 1; j < content.size(); j++) {
            if (XmlText.unwrap(content.get(j)) instanceof P p) {
                Matcher m = SECTION.matcher(ParagraphFiller.text(p).strip());
                if (m.matches() && m.group(2).equals(key)) {
                    if (!m.group(1).equals("/")) {
                        depth++;
                    } else if (depth-- == 0) {
                        return j;
                    }
                }
            }
        }
        throw new TemplateException("${#" + key + "} has no closing ${/" + key + "}");
    }

    private List<Scope> expansions(boolean inverted, String key, Scope scope) {
        Object value = scope.get(key);
        if (!inverted && value instanceof List<?> list) {
            return list.stream().map(item -> scope.with(item(key, item))).toList();
        }
        boolean truthy = value instanceof Boolean b ? b
                : value instanceof List<?> list ? !list.isEmpty()
                : value instanceof String s && !s.isEmpty();
        return truthy != inverted ? List.of(scope) : List.of();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> item(String key, Object item) {
        if (item instanceof Map<?, ?> map) {
            return (Map<String, ?>) map;
        }
        throw new TemplateException("the list " + key + " must hold models, not " + item);
    }

    private void paragraph(P p, Scope scope) {
        ParagraphFiller.fill(p, key -> {
            if (key.startsWith("row:") || key.startsWith("col:")) {
                return "";
            }
            Object value = scope.get(key);
            if (value instanceof String s) {
                return s;
            }
            unknown.add(key);
            return null;
        });
    }

    private void table(Tbl table, Scope scope) {
        List<Object> rows = table.getContent();
        boolean columnsRepeated = false;
        int i = 0;
        while (i < rows.size()) {
            if (!(XmlText.unwrap(rows.get(i)) instanceof Tr tr)) {
                i++;
                continue;
            }
            Matcher row = ROW.matcher(text(tr));
            if (row.find()) {
                Prototype prototype = prototypes.of(rows.remove(i));
                for (Scope itemScope : expansions(false, row.group(1), scope)) {
                    Object copy = copy(prototype);
                    columnsRepeated |= cells((Tr) XmlText.unwrap(copy), itemScope);
                    rows.add(i++, copy);
                }
                continue;
            }
            columnsRepeated |= cells(tr, scope);
            i++;
        }
        if (columnsRepeated) {
            regrid(table);
        }
    }

    /** Fills a row's cells, repeating those marked {@code ${col:key}}; true if any was repeated. */
    private boolean cells(Tr tr, Scope scope) {
        boolean repeated = false;
        List<Object> cells = tr.getContent();
        int i = 0;
        while (i < cells.size()) {
            if (!(XmlText.unwrap(cells.get(i)) instanceof Tc tc)) {
                i++;
                continue;
            }
            Matcher col = COL.matcher(text(tc));
            if (col.find()) {
                Prototype prototype = prototypes.of(cells.remove(i));
                List<Scope> items = expansions(false, col.group(1), scope);
                for (Scope itemScope : items) {
                    Object copy = copy(prototype);
                    Tc cell = (Tc) XmlText.unwrap(copy);
                    share(cell, items.size());
                    process(cell.getContent(), itemScope);
                    cells.add(i++, copy);
                }
                repeated = true;
                continue;
            }
            process(tc.getContent(), scope);
            i++;
        }
        return repeated;
    }

    /**
     * A deep copy of a template element for one repetition, without bookmarks: copies would repeat their names
     * and ids, which Word rejects; the table of contents adds fresh ones to the headings when it is refreshed.
     */
    private Object copy(Prototype element) {
        Object copy = prototypes.copy(element);
        dropBookmarks(copy);
        return copy;
    }

    private static void dropBookmarks(Object node) {
        if (XmlText.unwrap(node) instanceof ContentAccessor container) {
            container.getContent().removeIf(child -> child instanceof JAXBElement<?> e
                    && (e.getName().getLocalPart().equals("bookmarkStart") || e.getName().getLocalPart().equals("bookmarkEnd")));
            container.getContent().forEach(TemplateEngine::dropBookmarks);
        }
    }

    private static void share(Tc cell, int parts) {
        TcPr pr = cell.getTcPr();
        if (pr != null && pr.getTcW() != null && pr.getTcW().getW() != null && parts > 0) {
            pr.getTcW().setW(pr.getTcW().getW().divide(BigInteger.valueOf(parts)));
        }
    }

    /** After cells were repeated, the grid follows the widest row's cell widths. */
    private static void regrid(Tbl table) {
        List<BigInteger> widths = new ArrayList<>();
        for (Object r : table.getContent()) {
            if (XmlText.unwrap(r) instanceof Tr tr) {
                List<BigInteger> row = new ArrayList<>();
                for (Object c : tr.getContent()) {
                    if (XmlText.unwrap(c) instanceof Tc tc && tc.getTcPr() != null && tc.getTcPr().getTcW() != null) {
                        row.add(tc.getTcPr().getTcW().getW());
                    }
                }
                if (row.size() > widths.size()) {
                    widths = row;
                }
            }
        }
        if (table.getTblGrid() == null || widths.isEmpty()) {
            return;
        }
        List<TblGridCol> grid = table.getTblGrid().getGridCol();
        grid.clear();
        for (BigInteger w : widths) {
            TblGridCol col = new TblGridCol();
            col.setW(w);
            grid.add(col);
        }
    }

    /** All text of a row or cell, to find its markers. */
    static String text(Object node) {
        StringBuilder out = new StringBuilder();
        collect(node, out);
        return out.toString();
    }

    private static void collect(Object node, StringBuilder out) {
        Object o = XmlText.unwrap(node);
        if (o instanceof P p) {
            out.append(ParagraphFiller.text(p)).append('\n');
        } else if (o instanceof ContentAccessor container) {
            container.getContent().forEach(child -> collect(child, out));
        }
    }
}
