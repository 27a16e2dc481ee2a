package pl.wspolnie.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import pl.wspolnie.consultation.CommentDecision;
import pl.wspolnie.programme.CompletionDecision;
import pl.wspolnie.programme.DraftDecision;
import pl.wspolnie.programme.SectionDecision;
import pl.wspolnie.proposal.TriageDecision;
import pl.wspolnie.shared.Choice;
import pl.wspolnie.shared.InvalidInputException;

/**
 * The decisions a Tasklist form offers are the enums the services take: the same values in the same order, each with
 * the Polish label its enum holds, so a label is changed in one place and a form cannot offer what the code refuses.
 */
class DecisionChoicesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyDecisionFormOffersItsEnumWithTheEnumsLabels() throws IOException {
        assertOffers("proposal-triage", "triageDecision", TriageDecision.values(), TriageDecision::label);
        assertOffers("section-review", "sectionDecision", SectionDecision.values(), SectionDecision::label);
        assertOffers("draft-review", "draftDecision", DraftDecision.values(), DraftDecision::label);
        assertOffers("missing-elements", "completionDecision", CompletionDecision.values(), CompletionDecision::label);
        assertOffers("comment-response", "commentDecision", CommentDecision.values(), d -> capitalised(d.label()));
        assertOffers("mayor-approval", "mayorDecision", pl.wspolnie.council.MayorChoice.values(), pl.wspolnie.council.MayorChoice::label);
        assertOffers("council-decision", "decision", pl.wspolnie.council.CouncilDecision.values(), pl.wspolnie.council.CouncilDecision::label);
    }

    @Test
    void aChoiceIsReadOnceAndAnUnknownOneIsRefusedNamingItsFieldAndTheChoices() {
        assertThat(Choice.of(TriageDecision.class, " MERGE ", "triageDecision")).isEqualTo(TriageDecision.MERGE);
        assertThat(Choice.of(TriageDecision.class, "  ", "triageDecision")).isNull();
        assertThatThrownBy(() -> Choice.of(TriageDecision.class, "accept", "triageDecision"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::field, InvalidInputException.FieldError::message)
                        .containsExactly(tuple("triageDecision", "must be ACCEPT, MERGE or REJECT")));
    }

    @Test
    void aCommentDecisionHasOnePolishWordAndAnUnansweredCommentSaysSo() {
        assertThat(Arrays.stream(CommentDecision.values()).map(CommentDecision::label))
                .containsExactly("uwzględniona", "uwzględniona częściowo", "nieuwzględniona");
        assertThat(CommentDecision.labelOf(null)).isEqualTo("bez odpowiedzi");
    }

    private static <E extends Enum<E>> void assertOffers(String form, String key, E[] constants, Function<E, String> label)
            throws IOException {
        JsonNode field = field(JSON.readTree(new File("forms/" + form + ".form")), key);
        assertThat(field).as("form %s has the field %s", form, key).isNotNull();
        List<Tuple> offered = new ArrayList<>();
        field.path("values").forEach(v -> offered.add(tuple(v.path("value").asText(), v.path("label").asText())));
        assertThat(offered).as("choices of %s in %s", key, form)
                .containsExactlyElementsOf(Arrays.stream(constants).map(c -> tuple(c.name(), label.apply(c))).toList());
    }

    private static JsonNode field(JsonNode node, String key) {
        if (key.equals(node.path("key").asText())) {
            return node;
        }
        for (JsonNode child : node.path("components")) {
            JsonNode found = field(child, key);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static String capitalised(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
