package pl.wspolnie.drafting.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.docx4j.TraversalUtil;
import org.docx4j.model.PropertyResolver;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.toc.Toc;
import org.docx4j.toc.TocException;
import org.docx4j.toc.TocFinder;
import org.docx4j.toc.TocGenerator;
import org.docx4j.wml.Body;
import org.docx4j.wml.CTSdtDocPart;
import org.docx4j.wml.ContentAccessor;
import org.docx4j.wml.Document;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.SdtBlock;
import org.docx4j.wml.SdtElement;
import org.docx4j.wml.Style;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lists the headings in the table of contents of a generated document; Word adds page numbers when it updates
 * fields on open. docx4j's {@link TocGenerator} makes the entries; it numbers and classifies every paragraph of
 * the body, and in a programme nine in ten are table cells (the sectors' tasks and money), none of which can be
 * an entry. So, when the table of contents only lists headings by their style and outline level, docx4j is given
 * a view of the body in which a table keeps only the paragraphs that could be an entry or carry list numbering:
 * the same entries, numbers and bookmarks, a tenth of the walking (issue #11).
 */
final class TableOfContents {

    private static final Logger log = LoggerFactory.getLogger(TableOfContents.class);
    /** Switches that select entries by heading style (o) or outline level (u), or only format them (h, z, n, p, w, x). */
    private static final Set<Character> BY_HEADINGS = Set.of('o', 'u', 'h', 'z', 'n', 'p', 'w', 'x');
    private static final Pattern SWITCH = Pattern.compile("\\\\([a-zA-Z])");

    private TableOfContents() {
    }

    /**
     * {@code firstFreeBookmarkId}, when known, spares docx4j a walk of the whole document for the largest bookmark
     * id before it bookmarks the headings; without it the whole body is given to docx4j.
     */
    static void refresh(WordprocessingMLPackage pkg, Integer firstFreeBookmarkId) {
        TocHeading.set();
        Document document = pkg.getMainDocumentPart().getJaxbElement();
        Body body = document.getBody();
        SdtBlock toc = body.getContent().stream().map(XmlText::unwrap).filter(TableOfContents::isTableOfContents)
                .map(SdtBlock.class::cast).findFirst().orElse(null);
        if (toc == null) {
            // the table of contents is usually a content control of the body itself; else look through the whole body
            TocFinder finder = new TocFinder();
            new TraversalUtil(body.getContent(), finder);
            if (finder.getTocSDT() == null) {
                return;
            }
        }
        boolean view = toc != null && firstFreeBookmarkId != null && byHeadingsOnly(instruction(toc));
        if (view) {
            document.setBody(new HeadingsView(body, new Candidates(pkg).of(body.getContent())));
        }
        try {
            TocGenerator generator = new TocGenerator(pkg);
            if (firstFreeBookmarkId != null) {
                generator.setStartingIdForNewBookmarks(new AtomicInteger(firstFreeBookmarkId));
            }
            generator.updateToc(true);
        } catch (TocException e) {
            log.warn("Table of contents left as in the template: {}", e.getMessage());
        } finally {
            if (view) {
                document.setBody(body);
            }
        }
    }

    /** A content control Word marks as a table of contents (document part gallery "Table of Contents"). */
    static boolean isTableOfContents(Object o) {
        if (!(o instanceof SdtBlock sdt) || sdt.getSdtPr() == null) {
            return false;
        }
        return sdt.getSdtPr().getRPrOrAliasOrLock().stream().map(XmlText::unwrap).anyMatch(p -> p instanceof CTSdtDocPart part
                && part.getDocPartGallery() != null && "Table of Contents".equals(part.getDocPartGallery().getVal()));
    }

    /** The field instruction in the content control (as TOC, then the switches o "1-2", h, z, u), or null. */
    static String instruction(SdtBlock toc) {
        StringBuilder out = new StringBuilder();
        if (toc.getSdtContent() != null) {
            collectInstruction(toc.getSdtContent().getContent(), out);
        }
        String s = out.toString().strip();
        return s.startsWith("TOC") ? s : null;
    }

    private static void collectInstruction(List<Object> content, StringBuilder out) {
        for (Object o : content) {
            if (o instanceof jakarta.xml.bind.JAXBElement<?> e && e.getName().getLocalPart().equals("instrText")
                    && e.getValue() instanceof Text t) {
                out.append(t.getValue());
            } else if (XmlText.unwrap(o) instanceof ContentAccessor ca && out.indexOf("TOC") < 0) {
                collectInstruction(ca.getContent(), out);
            }
        }
    }

    /** Whether the instruction selects entries only by heading style and outline level (no {@code \t}, {@code \f}…). */
    static boolean byHeadingsOnly(String instruction) {
        if (instruction == null) {
            return false;
        }
        Matcher m = SWITCH.matcher(instruction.replaceAll("\"[^\"]*\"", ""));
        while (m.find()) {
            if (!BY_HEADINGS.contains(Character.toLowerCase(m.group(1).charAt(0)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The body as docx4j's generator should see it: everything outside tables as it is, and of each table only the
     * paragraphs that may be an entry or are numbered, in document order. The paragraphs are the document's own
     * objects, so the bookmarks docx4j puts on headings land in the document. The list does not adopt them.
     */
    private static final class HeadingsView extends Body {
        HeadingsView(Body body, List<Object> content) {
            this.content = content;
            this.sectPr = body.getSectPr();
        }
    }

    /** Decides, per paragraph style, whether a paragraph in a table may matter to the table of contents. */
    private static final class Candidates {
        private final PropertyResolver styles;
        private final Map<String, Boolean> byStyle = new HashMap<>();

        Candidates(WordprocessingMLPackage pkg) {
            this.styles = pkg.getMainDocumentPart().getPropertyResolver();
        }

        List<Object> of(List<Object> body) {
            List<Object> out = new ArrayList<>(body.size());
            for (Object o : body) {
                if (XmlText.unwrap(o) instanceof Tbl table) {
                    collect(table.getContent(), out);
                } else {
                    out.add(o);
                }
            }
            return out;
        }

        private void collect(List<Object> content, List<Object> out) {
            for (Object o : content) {
                Object e = XmlText.unwrap(o);
                if (e instanceof P p) {
                    if (matters(p)) {
                        out.add(p);
                    }
                } else if (e instanceof ContentAccessor ca) {
                    collect(ca.getContent(), out);
                } else if (e instanceof SdtElement sdt && sdt.getSdtContent() != null) {
                    collect(sdt.getSdtContent().getContent(), out);
                }
            }
        }

        /** Numbered, with an outline level, without a style, or with a style that may make it an entry or number it. */
        private boolean matters(P p) {
            PPr ppr = p.getPPr();
            if (ppr == null) {
                return false;
            }
            if (ppr.getNumPr() != null || ppr.getOutlineLvl() != null || ppr.getPStyle() == null) {
                return true;
            }
            return byStyle.computeIfAbsent(ppr.getPStyle().getVal(), this::styleMatters);
        }

        /** A style (or one it is based on) that is a heading, has an outline level or list numbering, or is unknown. */
        private boolean styleMatters(String id) {
            Set<String> seen = new HashSet<>();
            for (String current = id; current != null && seen.add(current); ) {
                Style s = styles.getStyle(current);
                if (s == null) {
                    return true;
                }
                String name = s.getName() == null ? "" : s.getName().getVal();
                if (current.toLowerCase(Locale.ROOT).startsWith("heading") || (name != null
                        && name.toLowerCase(Locale.ROOT).startsWith("heading"))) {
                    return true;
                }
                if (s.getPPr() != null && (s.getPPr().getNumPr() != null || s.getPPr().getOutlineLvl() != null)) {
                    return true;
                }
                current = s.getBasedOn() == null ? null : s.getBasedOn().getVal();
            }
            return false;
        }
    }

    /**
     * The heading of the table of contents, given to docx4j when the first document is made: docx4j's Toc loads its
     * JAXB context (seconds of CPU and ~40 MB of heap), which neither the start-up nor a node that makes no document
     * needs (README "Footprint").
     */
    private static final class TocHeading {

        static {
            Toc.setTocHeadingText("Spis treści");
        }

        static void set() {
            // the class initialiser above runs once, on the first call
        }
    }
}
