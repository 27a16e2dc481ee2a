package pl.wspolnie.drafting.internal;

import jakarta.xml.bind.JAXBElement;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.Br;
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
import pl.wspolnie.drafting.DraftOutline.Unit;

/**
 * Reads a generated programme DOCX into its parts, walking the body in order: a paragraph of the resolution
 * ({@code Paragraf} style starting "§ n.") is a unit {@code par-n}, the text before the first § the legal basis;
 * each {@code Heading1} of the annex starts chapter n ({@code rozdzial-n}, numbered in order, as Word numbers
 * them); inside a chapter every body paragraph, list item, note and table is point "ust. k"
 * ({@code rozdzial-n-ust-k}) and a {@code Heading2} a part of it ({@code rozdzial-n-czesc-m}). Title lines, the
 * table of contents, empty paragraphs and template markers are not parts. The same bytes give the same anchors.
 */
public final class DocxOutline {

    private static final Pattern SECTION = Pattern.compile("^§\\s*([0-9]+[a-z]?)\\.?\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern CHAPTER_PREFIX = Pattern.compile("^Rozdział\\s+[0-9IVXL]+\\.?\\s*", Pattern.CASE_INSENSITIVE);

    private DocxOutline() {
    }

    public static DraftOutline read(byte[] docx) {
        WordprocessingMLPackage pkg;
        try {
            pkg = WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
        } catch (Docx4JException e) {
            throw new TemplateException("Cannot read the stored draft", e);
        }
        Walker walker = new Walker();
        walker.walk(pkg.getMainDocumentPart().getContent());
        return new DraftOutline(walker.finish());
    }

    private static final class Walker {
        private final List<Unit> units = new ArrayList<>();
        private boolean inAnnex;
        private int chapter;
        private String chapterTitle;
        private List<Point> points;
        private int ust;
        private int part;
        private StringBuilder basis;

        void walk(List<Object> content) {
            for (Object o : content) {
                Object e = XmlUtils.unwrap(o);
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
            String text = text(p).strip();
            if (text.isEmpty() || style.startsWith("TOC") || style.equals("Znacznik") || style.equals("Metryka")
                    || style.equals("Header") || style.equals("Footer")) {
                return;
            }
            if (style.equals("Heading1")) {
                closeChapter();
                inAnnex = true;
                chapter++;
                chapterTitle = "Rozdział " + chapter + ". " + CHAPTER_PREFIX.matcher(text).replaceFirst("");
                points = new ArrayList<>();
                ust = 0;
                part = 0;
                return;
            }
            if (!inAnnex) {
                if (style.equals("Paragraf")) {
                    Matcher m = SECTION.matcher(text);
                    if (m.matches()) {
                        closeBasis();
                        String n = m.group(1);
                        units.add(new Unit("par-" + n, "§ " + n + ".", "Uchwała, § " + n, m.group(2).strip(), List.of()));
                    } else {
                        basis = basis == null ? new StringBuilder(text) : basis.append('\n').append(text);
                    }
                }
                return;
            }
            if (points == null) {
                return;
            }
            String base = "rozdzial-" + chapter;
            if (style.equals("Heading2")) {
                part++;
                points.add(new Point(base + "-czesc-" + part, null, chapterTitle + ", część: " + text, Kind.SUBHEADING, text, List.of()));
                return;
            }
            Kind kind = switch (style) {
                case "Punkt" -> Kind.LIST_ITEM;
                case "Uwaga", "Cytat" -> Kind.NOTE;
                default -> Kind.PARAGRAPH;
            };
            ust++;
            points.add(new Point(base + "-ust-" + ust, "ust. " + ust, chapterTitle + ", ust. " + ust, kind, text, List.of()));
        }

        void table(Tbl t) {
            if (points == null) {
                return;
            }
            List<List<String>> rows = new ArrayList<>();
            for (Object r : t.getContent()) {
                if (XmlUtils.unwrap(r) instanceof Tr tr) {
                    List<String> cells = new ArrayList<>();
                    for (Object c : tr.getContent()) {
                        if (XmlUtils.unwrap(c) instanceof Tc tc) {
                            List<String> lines = new ArrayList<>();
                            for (Object cp : tc.getContent()) {
                                if (XmlUtils.unwrap(cp) instanceof P p) {
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
            if (rows.isEmpty()) {
                return;
            }
            ust++;
            String base = "rozdzial-" + chapter;
            points.add(new Point(base + "-ust-" + ust, "ust. " + ust, chapterTitle + ", ust. " + ust + " (tabela)", Kind.TABLE, null,
                    List.copyOf(rows)));
        }

        private void closeBasis() {
            if (basis != null) {
                units.add(new Unit("podstawa-prawna", "Podstawa prawna", "Uchwała, podstawa prawna", basis.toString(), List.of()));
                basis = null;
            }
        }

        private void closeChapter() {
            if (points != null) {
                units.add(new Unit("rozdzial-" + chapter, chapterTitle, chapterTitle, null, List.copyOf(points)));
            }
            points = null;
        }

        List<Unit> finish() {
            closeBasis();
            closeChapter();
            return List.copyOf(units);
        }

        private static String text(P p) {
            StringBuilder out = new StringBuilder();
            collect(p.getContent(), out);
            return out.toString().replace('\u00a0', ' ');
        }

        private static void collect(List<Object> content, StringBuilder out) {
            for (Object o : content) {
                Object e = XmlUtils.unwrap(o);
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
