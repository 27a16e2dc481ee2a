package pl.wspolnie.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A Camunda Form's {@code text} component renders Markdown and HTML: a person's text interpolated there
 * ({@code {{councilAmendments}}} did) became links and images in the form — {@code [klik](http://evil)},
 * {@code ![x](http://evil/img)}, {@code <img src=x>}. Text a person typed is shown in a read-only field, where it
 * is the field's value, shown literally; a text component interpolates only values the server makes (numbers,
 * its own links and labels). A read-only field showing a variable the process owns is also disabled: Tasklist
 * would submit it back, and the engine door refuses such a variable.
 */
class FormTextTest {

    /** Values the server makes, never typed by a person: ids, our own download links, fixed Polish labels. */
    static final Set<String> SERVER_MADE = Set.of("programmeId", "draftUrl", "consultationReportUrl", "deadlineHeadline");
    private static final Pattern TEMPLATE = Pattern.compile("\\{\\{\\s*([^}]*?)\\s*}}");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void textComponentsInterpolateOnlyWhatTheServerMakes() throws IOException {
        List<String> found = new ArrayList<>();
        for (File form : forms()) {
            for (JsonNode text : components(JSON.readTree(form), "text")) {
                String template = text.path("text").asText();
                if (template.startsWith("=")) {
                    found.add(form.getName() + " " + text.path("id").asText() + ": a FEEL expression");
                }
                Matcher m = TEMPLATE.matcher(template);
                while (m.find()) {
                    if (!SERVER_MADE.contains(m.group(1))) {
                        found.add(form.getName() + " " + text.path("id").asText() + ": {{" + m.group(1) + "}}");
                    }
                }
            }
        }
        assertThat(found).as("user-typed text in a Markdown text view; show it in a read-only textarea").isEmpty();
    }

    @Test
    void theCouncilsAmendmentsAreAReadOnlyFieldNotSubmittedBack() throws IOException {
        JsonNode amendments = components(JSON.readTree(new File("forms/amendments.form")), "textarea").stream()
                .filter(c -> c.path("key").asText().equals("councilAmendments")).findFirst().orElseThrow();
        assertThat(amendments.path("readonly").asBoolean()).isTrue();
        assertThat(amendments.path("disabled").asBoolean()).isTrue();
    }

    @Test
    void aReadOnlyFieldOfAProcessOwnedVariableIsDisabled() throws IOException {
        var bound = new BoundVariables();
        List<String> submittedBack = new ArrayList<>();
        for (File form : forms()) {
            for (String type : List.of("textfield", "textarea", "number")) {
                for (JsonNode field : components(JSON.readTree(form), type)) {
                    String key = field.path("key").asText();
                    if (field.path("readonly").asBoolean() && !field.path("disabled").asBoolean()
                            && !bound.submittable(key, null)) {
                        submittedBack.add(form.getName() + " " + key);
                    }
                }
            }
        }
        assertThat(submittedBack).isEmpty();
    }

    private static File[] forms() {
        File[] forms = new File("forms").listFiles((dir, name) -> name.endsWith(".form"));
        assertThat(forms).isNotEmpty();
        return forms;
    }

    private static List<JsonNode> components(JsonNode node, String type) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode component : node.path("components")) {
            if (type.equals(component.path("type").asText())) {
                found.add(component);
            }
            found.addAll(components(component, type));
        }
        return found;
    }
}
