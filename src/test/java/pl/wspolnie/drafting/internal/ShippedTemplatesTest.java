package pl.wspolnie.drafting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.core.io.ClassPathResource;
import pl.wspolnie.drafting.DraftSnapshot;
import pl.wspolnie.drafting.DraftStage;
import pl.wspolnie.drafting.SnapshotFixtures;

/** Every placeholder of the shipped templates has a value at every stage: a clerk's typo shows up here. */
class ShippedTemplatesTest {

    static final Map<String, Function<DraftSnapshot, Map<String, Object>>> TEMPLATES = Map.of(
            "templates/krakow/programme.docx", DocumentModels::programme,
            "templates/krakow/justification.docx", DocumentModels::common,
            "templates/krakow/consultation-report.docx", DocumentModels::common);

    @ParameterizedTest
    @EnumSource(DraftStage.class)
    void everyKeyIsKnown(DraftStage stage) throws Exception {
        for (var template : TEMPLATES.entrySet()) {
            var pkg = WordprocessingMLPackage.load(new ClassPathResource(template.getKey()).getInputStream());
            var snapshot = SnapshotFixtures.sample(stage);
            var model = template.getValue().apply(snapshot);
            var body = pkg.getMainDocumentPart().getContent();
            // the programme's template has slots for the units and generated blocks, filled as DocxDocuments does
            TextRenderer text = template.getKey().endsWith("programme.docx") ? TextRenderer.extract(body, new Prototypes()) : null;
            TemplateEngine engine = new TemplateEngine();
            engine.fill(body, model);
            if (text != null) {
                text.insert(body, snapshot.units(), model);
                assertThat(text.unknownKeys()).as("blocks of " + template.getKey()).isEmpty();
            }
            for (var part : pkg.getParts().getParts().values()) {
                if (part instanceof HeaderPart header) {
                    engine.fill(header.getContent(), model);
                }
            }
            assertThat(engine.unknownKeys()).as(template.getKey()).isEmpty();
        }
    }
}
