package pl.wspolnie.drafting.internal;

import jakarta.xml.bind.JAXBElement;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.docx4j.TraversalUtil;
import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.Part;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart;
import org.docx4j.wml.Br;
import org.docx4j.wml.ContentAccessor;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Text;
import org.docx4j.wml.Tr;

/** A generated document re-opened with docx4j, read as paragraphs, tables, headers and properties. */
final class Docx {

    record Para(String style, String text) {
    }

    final WordprocessingMLPackage pkg;

    Docx(byte[] bytes) throws Exception {
        this.pkg = WordprocessingMLPackage.load(new ByteArrayInputStream(bytes));
    }

    /** Every paragraph of the body in order, also those inside tables, with its style id. */
    List<Para> paragraphs() {
        return paragraphs(pkg.getMainDocumentPart().getContent());
    }

    static List<Para> paragraphs(List<Object> content) {
        List<Para> out = new ArrayList<>();
        new TraversalUtil(content, new TraversalUtil.CallbackImpl() {
            @Override
            public List<Object> apply(Object o) {
                if (o instanceof P p) {
                    String style = p.getPPr() != null && p.getPPr().getPStyle() != null ? p.getPPr().getPStyle().getVal() : "Normal";
                    StringBuilder text = new StringBuilder();
                    deepText(p, text);
                    out.add(new Para(style, text.toString()));
                }
                return null;
            }
        });
        return out;
    }

    /** Text in runs, also inside hyperlinks and fields' results; field codes (instrText) are left out. */
    private static void deepText(Object node, StringBuilder out) {
        for (Object child : ((ContentAccessor) node).getContent()) {
            Object o = XmlUtils.unwrap(child);
            if (o instanceof Text t && child instanceof JAXBElement<?> e && e.getName().getLocalPart().equals("t")) {
                out.append(t.getValue());
            } else if (o instanceof Br) {
                out.append('\n');
            } else if (o instanceof R.Tab) {
                out.append('\t');
            } else if (o instanceof ContentAccessor inner && !(o instanceof Tbl)) {
                deepText(inner, out);
            }
        }
    }

    List<String> texts() {
        return paragraphs().stream().map(Para::text).toList();
    }

    String text() {
        return String.join("\n", texts());
    }

    List<String> styled(String style) {
        return paragraphs().stream().filter(p -> p.style().equals(style)).map(Para::text).toList();
    }

    /** Body tables (not those inside a table of contents) as rows of cell texts. */
    List<List<List<String>>> tables() {
        List<List<List<String>>> tables = new ArrayList<>();
        for (Object o : pkg.getMainDocumentPart().getContent()) {
            if (XmlUtils.unwrap(o) instanceof Tbl tbl) {
                List<List<String>> rows = new ArrayList<>();
                for (Object r : tbl.getContent()) {
                    if (XmlUtils.unwrap(r) instanceof Tr tr) {
                        List<String> cells = new ArrayList<>();
                        for (Object c : tr.getContent()) {
                            if (XmlUtils.unwrap(c) instanceof Tc tc) {
                                cells.add(String.join("\n", paragraphs(tc.getContent()).stream().map(Para::text).toList()));
                            }
                        }
                        rows.add(cells);
                    }
                }
                tables.add(rows);
            }
        }
        return tables;
    }

    String headers() {
        return partText(HeaderPart.class);
    }

    String footers() {
        return partText(FooterPart.class);
    }

    private String partText(Class<? extends Part> kind) {
        StringBuilder out = new StringBuilder();
        for (Part part : pkg.getParts().getParts().values()) {
            if (kind.isInstance(part)) {
                List<Object> content = part instanceof HeaderPart h ? h.getContent() : ((FooterPart) part).getContent();
                paragraphs(content).forEach(p -> out.append(p.text()).append('\n'));
            }
        }
        return out.toString();
    }

    String customProperty(String name) {
        var property = pkg.getDocPropsCustomPart().getProperty(name);
        return property == null ? null : property.getLpwstr();
    }

    boolean updatesFieldsOnOpen() {
        var settings = pkg.getMainDocumentPart().getDocumentSettingsPart().getJaxbElement();
        return settings.getUpdateFields() != null && settings.getUpdateFields().isVal();
    }

    String mainXml() {
        return XmlUtils.marshaltoString(pkg.getMainDocumentPart().getJaxbElement(), true, false);
    }
}
