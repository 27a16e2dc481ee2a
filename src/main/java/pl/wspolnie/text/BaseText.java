package pl.wspolnie.text;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The municipality's base text (configured by {@code wspolnie.text.base-text}): the wording a programme starts
 * from when there is no adopted programme to carry over. A JSON file of units in {@code resolution} and
 * {@code annex}, each with {@code kind}, {@code text}, optional {@code heading}, {@code statutoryElement},
 * {@code block}, {@code sectors} and {@code children}. Fields {@code ${title}}, {@code ${firstYear}},
 * {@code ${lastYear}}, {@code ${yearBefore}}, {@code ${sectorNames}} and the repealed resolution's
 * {@code ${repealedNumber}}, {@code ${repealedDate}}, {@code ${repealedTitle}} (see {@link RepealedResolution}) are
 * filled in when a programme is registered. The resolution is always made from the base text, the annex only when
 * there is no adopted programme to carry over.
 */
@Component
class BaseText {

    private static final Pattern FIELD = Pattern.compile("\\$\\{([A-Za-z]+)}");

    private final Resource resource;
    private final ObjectMapper json;

    BaseText(TextProperties properties, ObjectMapper json) {
        this.resource = properties.baseText();
        this.json = json;
    }

    /** The base text, read anew each time so that a corrected file takes effect without a restart. */
    TextNode.Tree read() {
        try (InputStream in = resource.getInputStream()) {
            return read(in, json);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the base text " + resource, e);
        }
    }

    static TextNode.Tree read(InputStream in, ObjectMapper json) throws IOException {
        TextNode.Tree tree = json.readValue(in, TextNode.Tree.class);
        if (tree.resolution() == null || tree.annex() == null || tree.annex().isEmpty()) {
            throw new IOException("A base text needs a resolution and an annex");
        }
        return tree;
    }

    /** Replaces the fields by their values; an unknown field is an error of the base text. */
    static TextNode.Tree fill(TextNode.Tree tree, Map<String, String> values) {
        return SectorSlots.map(tree, text -> {
            Matcher m = FIELD.matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String value = values.get(m.group(1));
                if (value == null) {
                    throw new IllegalStateException("The base text asks for an unknown field ${" + m.group(1) + "}; known: "
                            + values.keySet());
                }
                m.appendReplacement(out, Matcher.quoteReplacement(value));
            }
            m.appendTail(out);
            return out.toString();
        });
    }

    static List<String> fields() {
        return List.of("title", "firstYear", "lastYear", "yearBefore", "sectorNames", "repealedNumber", "repealedDate",
                "repealedTitle");
    }
}
