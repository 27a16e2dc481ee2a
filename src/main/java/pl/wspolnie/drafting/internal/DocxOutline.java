package pl.wspolnie.drafting.internal;

import jakarta.xml.bind.JAXBElement;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.Br;
import org.docx4j.wml.CTBookmark;
import org.docx4j.wml.ContentAccessor;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.SdtBlock;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Text;
import org.docx4j.wml.Tr;
import pl.wspolnie.drafting.DraftOutline;
import pl.wspolnie.drafting.DraftOutline.Kind;
import pl.wspolnie.drafting.DraftOutline.Point;
import pl.wspolnie.text.Citations;
import pl.wspolnie.text.Unit;
import pl.wspolnie.text.UnitKind;

/**
 * Reads a generated programme DOCX into its parts for the public page, by the bookmarks rendering put around each
 * unit ({@code wsp_u<id>}, see {@link TextRenderer}): every top-level unit (the resolution's basis and §, the
 * annex's chapters) is a part of the outline with anchor {@code u<id>}, every unit below it a point {@code u<id>}
 * with its number and citation label; a sector's heading is a sub-heading ({@code u<id>-naglowek}); generated
 * content (tables of tasks and money, the consultation's account) belongs to the unit before it
 * ({@code u<id>-tabela-k}, {@code u<id>-tresc-k}). Wording comes from the version's units, the order from the
 * document; title lines, the table of contents and template markers are not parts. The same bytes and units give
 * the same anchors.
 */
public final class DocxOutline {

    private static final Set<String> SKIPPED = Set.of("Znacznik", "Metryka", "Header", "Footer", "Title", "Subtitle",
            "Wycentrowany", "TOCHeading");

    private DocxOutline() {
    }

    public static DraftOutline read(byte[] docx, List<Unit> units) {
        WordprocessingMLPackage pkg;
        try {
            pkg = WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
        } catch (Docx4JException e) {
            throw new TemplateException("Cannot read the stored draft", e);
        }
        Walker walker = new Walker(units);
        walker.walk(pkg.getMainDocumentPart().getContent());
        return new DraftOutline(walker.finish());
    }

    private static final class Walker {
        private final Map<Long, Citations.Numbered> numbered = new HashMap<>();
        private final List<DraftOutline.Unit> out = new ArrayList<>();
        private Citations.Numbered top;
        private List<Point> points;
        private Citations.Numbered last;
        private int generated;

        Walker(List<Unit> units) {
            Citations.number(units).forEach(n -> numbered.put(n.id(), n));
        }

        void walk(List<Object> content) {
            for (Object o : content) {
                Object e = XmlText.unwrap(o);
                if (e instanceof P p) {
                    paragraph(p);
                } else if (e instanceof Tbl t) {
                    table(t);
                } else if (e instanceof SdtBlock sdt && sdt.getSdtContent() != null) {
                    walk(sdt.getSdtContent().getContent());
                }
            }
        }

        void paragraph(P p) {
            String style = p.getPPr() != null && p.getPPr().getPStyle() != null ? p.getPPr().getPStyle().getVal() : "Normal";
            List<String> marks = bookmarks(p);
            boolean ours = false;
            for (String mark : marks) {
                if (mark.startsWith(TextRenderer.HEADING_BOOKMARK_PREFIX)) {
                    Citations.Numbered n = numbered.get(id(mark, TextRenderer.HEADING_BOOKMARK_PREFIX));
                    if (n != null && points != null) {
                        points.add(new Point("u" + n.id() + "-naglowek", null, n.label() + ", nagłówek", Kind.SUBHEADING,
                                n.unit().heading(), List.of()));
                        ours = true;
                    }
                } else if (mark.startsWith(TextRenderer.BOOKMARK_PREFIX)) {
                    Citations.Numbered n = numbered.get(id(mark, TextRenderer.BOOKMARK_PREFIX));
                    if (n != null) {
                        unit(n);
                        ours = true;
                    }
                }
            }
            String text = text(p).strip();
            if (ours || text.isEmpty() || points == null || last == null || style.startsWith("TOC") || SKIPPED.contains(style)) {
                return;
            }
            Kind kind = style.equals("Uwaga") || style.equals("Cytat") ? Kind.NOTE : Kind.PARAGRAPH;
            points.add(new Point("u" + last.id() + "-tresc-" + (++generated), null, last.label(), kind, text, List.of()));
        }

        private void unit(Citations.Numbered n) {
            Unit u = n.unit();
            if (u.parentId() == null) {
                close();
                top = n;
                points = new ArrayList<>();
            } else if (points != null) {
                Kind kind = u.kind() == UnitKind.POINT || u.kind() == UnitKind.LETTER || u.kind() == UnitKind.INDENT
                        ? Kind.LIST_ITEM : Kind.PARAGRAPH;
                points.add(new Point("u" + n.id(), n.number(), n.label(), kind, u.text(), List.of()));
            }
            last = n;
            generated = 0;
        }

        void table(Tbl t) {
            if (points == null || last == null) {
                return;
            }
            List<List<String>> rows = new ArrayList<>();
            for (Object r : t.getContent()) {
                if (XmlText.unwrap(r) instanceof Tr tr) {
                    List<String> cells = new ArrayList<>();
                    for (Object c : tr.getContent()) {
                        if (XmlText.unwrap(c) instanceof Tc tc) {
                            List<String> lines = new ArrayList<>();
                            for (Object cp : tc.getContent()) {
                                if (XmlText.unwrap(cp) instanceof P p) {
                                    String s = text(p).strip();
                                    if (!s.isEmpty()) {
                                        lines.add(s);
                                    }
                                }
                            }
                            cells.add(String.join("\n", lines));
                        }
                    }
                    if (cells.stream().anyMatch(s -> !s.isEmpty())) {
                        rows.add(List.copyOf(cells));
                    }
                }
            }
            if (!rows.isEmpty()) {
                points.add(new Point("u" + last.id() + "-tabela-" + (++generated), null, last.label() + " (tabela)",
                        Kind.TABLE, null, List.copyOf(rows)));
            }
        }

        private void close() {
            if (top != null) {
                Unit u = top.unit();
                String title = switch (u.kind()) {
                    case CHAPTER -> top.number() + ". " + u.heading();
                    case BASIS -> "Podstawa prawna";
                    default -> top.number();
                };
                String label = u.kind() == UnitKind.CHAPTER ? title : top.label();
                out.add(new DraftOutline.Unit("u" + u.id(), title, label,
                        u.kind() == UnitKind.CHAPTER ? null : u.text(), List.copyOf(points)));
            }
            top = null;
            points = null;
        }

        List<DraftOutline.Unit> finish() {
            close();
            return List.copyOf(out);
        }

        private static Long id(String mark, String prefix) {
            try {
                return Long.valueOf(mark.substring(prefix.length()));
            } catch (NumberFormatException e) {
                return null;
            }
        }

        private static List<String> bookmarks(P p) {
            List<String> names = new ArrayList<>();
            for (Object o : p.getContent()) {
                if (o instanceof JAXBElement<?> e && e.getValue() instanceof CTBookmark b && b.getName() != null) {
                    names.add(b.getName());
                }
            }
            return names;
        }

        private static String text(P p) {
            StringBuilder out = new StringBuilder();
            collect(p.getContent(), out);
            return out.toString().replace('\u00a0', ' ');
        }

        private static void collect(List<Object> content, StringBuilder out) {
            for (Object o : content) {
                Object e = XmlText.unwrap(o);
                if (e instanceof Text t) {
                    out.append(t.getValue());
                } else if (e instanceof R.Tab) {
                    out.append(' ');
                } else if (e instanceof Br) {
                    out.append('\n');
                } else if (e instanceof ContentAccessor ca) {
                    collect(ca.getContent(), out);
                }
            }
        }
    }
}
