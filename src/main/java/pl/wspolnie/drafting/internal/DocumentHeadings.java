package pl.wspolnie.drafting.internal;

import jakarta.xml.bind.JAXBElement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.docx4j.TraversalUtil;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.Br;
import org.docx4j.wml.ContentAccessor;
import org.docx4j.wml.P;
import org.docx4j.wml.PPrBase;
import org.docx4j.wml.R;
import org.docx4j.wml.Style;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Text;

/**
 * The headings of a document as Word's navigation pane lists them: paragraphs with an outline level, set on the
 * paragraph or on its style (or a style it is based on). So a municipality's template may call its chapter style
 * anything; the entries of a table of contents are not headings.
 */
final class DocumentHeadings {

    /** Outline level 9 is body text. */
    private static final int BODY_TEXT = 9;

    private DocumentHeadings() {
    }

    static List<String> of(WordprocessingMLPackage pkg) {
        Map<String, Style> styles = new HashMap<>();
        var definitions = pkg.getMainDocumentPart().getStyleDefinitionsPart();
        if (definitions != null && definitions.getJaxbElement() != null) {
            for (Style style : definitions.getJaxbElement().getStyle()) {
                if (style.getStyleId() != null) {
                    styles.put(style.getStyleId(), style);
                }
            }
        }
        List<String> headings = new ArrayList<>();
        new TraversalUtil(pkg.getMainDocumentPart().getContent(), new TraversalUtil.CallbackImpl() {
            @Override
            public List<Object> apply(Object o) {
                if (o instanceof P p && isHeading(p, styles)) {
                    StringBuilder text = new StringBuilder();
                    text(p, text);
                    String heading = text.toString().strip();
                    if (!heading.isEmpty()) {
                        headings.add(heading);
                    }
                }
                return null;
            }
        });
        return headings;
    }

    private static boolean isHeading(P p, Map<String, Style> styles) {
        var pPr = p.getPPr();
        if (pPr != null && pPr.getOutlineLvl() != null) {
            return heading(pPr.getOutlineLvl());
        }
        String styleId = pPr != null && pPr.getPStyle() != null ? pPr.getPStyle().getVal() : null;
        Set<String> seen = new HashSet<>();
        while (styleId != null && seen.add(styleId)) {
            Style style = styles.get(styleId);
            if (style == null) {
                return false;
            }
            if (style.getPPr() != null && style.getPPr().getOutlineLvl() != null) {
                return heading(style.getPPr().getOutlineLvl());
            }
            styleId = style.getBasedOn() != null ? style.getBasedOn().getVal() : null;
        }
        return false;
    }

    private static boolean heading(PPrBase.OutlineLvl level) {
        return level.getVal() != null && level.getVal().intValue() < BODY_TEXT;
    }

    /** Text of runs, also inside hyperlinks and fields' results; field codes (instrText) are left out. */
    private static void text(Object node, StringBuilder out) {
        for (Object child : ((ContentAccessor) node).getContent()) {
            Object o = XmlText.unwrap(child);
            if (o instanceof Text t) {
                if (!(child instanceof JAXBElement<?> e) || e.getName().getLocalPart().equals("t")) {
                    out.append(t.getValue());
                }
            } else if (o instanceof Br || o instanceof R.Tab) {
                out.append(' ');
            } else if (o instanceof ContentAccessor inner && !(o instanceof Tbl)) {
                text(inner, out);
            }
        }
    }
}
