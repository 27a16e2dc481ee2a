package pl.wspolnie.drafting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.ContentAccessor;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.Tbl;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** Copies of template elements are exactly what docx4j's deepCopy makes, and share nothing. */
class PrototypeTest {

    @Test
    void everyElementOfTheShippedTemplatesCopiesAsDeepCopyDoes() throws Exception {
        int compared = 0;
        for (String name : List.of("programme", "justification", "consultation-report")) {
            WordprocessingMLPackage pkg;
            try (InputStream in = new ClassPathResource("templates/krakow/" + name + ".docx").getInputStream()) {
                pkg = WordprocessingMLPackage.load(in);
            }
            List<Object> elements = new ArrayList<>();
            collect(pkg.getMainDocumentPart().getContent(), elements);
            for (Object element : elements) {
                Prototype prototype = Prototype.of(element);
                Object first = prototype.copy();
                Object second = prototype.copy();
                Object expected = XmlUtils.deepCopy(element);
                assertThat(first).isNotSameAs(second).isNotSameAs(element);
                assertThat(first.getClass()).isEqualTo(expected.getClass());
                assertThat(xml(first)).isEqualTo(xml(expected)).isEqualTo(xml(second));
                compared++;
            }
        }
        // the programme's wording is no longer in its template (it is the programme's text), so fewer elements
        assertThat(compared).isGreaterThan(200);
    }

    @Test
    void copiesAreIndependent() throws Exception {
        P template = (P) TemplateEngineTest.p("Normal", "${title}");
        Prototype prototype = Prototype.of(template);
        P one = (P) prototype.copy();
        P two = (P) prototype.copy();

        new TemplateEngine().fill(new ArrayList<>(List.of(one)), Map.of("title", "pierwszy"));

        assertThat(ParagraphFiller.text(one)).isEqualTo("pierwszy");
        assertThat(ParagraphFiller.text(two)).isEqualTo("${title}");
        assertThat(ParagraphFiller.text(template)).isEqualTo("${title}");
    }

    @Test
    void runsMadeFromOneRunDoNotShareItsFormatting() throws Exception {
        P p = (P) TemplateEngineTest.p("<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">Druk nr ${printNumber} z ${date}</w:t></w:r>");

        new TemplateEngine().fill(new ArrayList<>(List.of(p)), Map.of("printNumber", "12", "date", "1 maja"));

        List<R> runs = p.getContent().stream().map(XmlUtils::unwrap).filter(R.class::isInstance).map(R.class::cast).toList();
        assertThat(runs).hasSize(4);
        assertThat(runs).allSatisfy(r -> assertThat(r.getRPr().getB()).isNotNull());
        assertThat(runs.stream().map(R::getRPr).distinct()).hasSize(4);
        assertThat(runs).allSatisfy(r -> assertThat(r.getRPr().getParent()).isSameAs(r));
        assertThat(ParagraphFiller.text(p)).isEqualTo("Druk nr 12 z 1 maja");
    }

    /** Every block and every table row and cell: the kinds of element a template repeats. */
    private static void collect(List<Object> content, List<Object> out) {
        for (Object o : content) {
            out.add(o);
            Object value = XmlUtils.unwrap(o);
            if (value instanceof Tbl || !(value instanceof P) && value instanceof ContentAccessor) {
                collect(((ContentAccessor) value).getContent(), out);
            }
        }
    }

    private static String xml(Object o) {
        return XmlUtils.marshaltoString(o, true, false);
    }
}
