package pl.wspolnie.publicsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pl.wspolnie.shared.InvalidInputException.FieldError;

class PolishMessagesTest {

    @Test
    void theApisFieldsBecomeTheFormsFieldsInTheFormsOrder() {
        var errors = PolishMessages.of(Map.of("years", "Podaj rok cyframi, np. 2027."), List.of(
                new FieldError("years", "give the year, or the first and last year, of the task"),
                new FieldError("title", "is required"),
                new FieldError("submitter.email", "is not an e-mail address"),
                new FieldError("submitter.name", "must be at most 300 characters")));
        assertThat(errors).containsExactly(
                Map.entry("submitterName", "Pole „Nazwa organizacji” może mieć najwyżej 300 znaków."),
                Map.entry("email", "Podaj adres e-mail w postaci nazwa@domena.pl."),
                Map.entry("title", "Podaj tytuł zadania."),
                Map.entry("years", "Podaj rok cyframi, np. 2027."));
    }

    @Test
    void everyRuleAnNgoCanBreakHasItsOwnWords() {
        List<FieldError> rules = List.of(
                new FieldError("submitter.krs", "must be 10 digits"),
                new FieldError("mode", "must be empty for non-financial cooperation"),
                new FieldError("plannedAmountPln", "must be a non-negative amount in PLN with at most 2 decimals, e.g. 12500.00"),
                new FieldError("plannedAmountPln", "must be empty or 0 for non-financial cooperation"),
                new FieldError("years", "give the year, or the first and last year, of the task"),
                new FieldError("years", "the first year must not be after the last"),
                new FieldError("years", "must be between 2000 and 2100"),
                new FieldError("sector", "is required"), new FieldError("form", "is required"),
                new FieldError("mode", "is required"), new FieldError("plannedAmountPln", "is required"),
                new FieldError("description", "is required"), new FieldError("justification", "is required"),
                new FieldError("submitter.email", "is required"), new FieldError("description", "must be at most 10000 characters"));
        for (FieldError rule : rules) {
            String polish = PolishMessages.of(Map.of(), List.of(rule)).values().iterator().next();
            assertThat(polish).as(rule.toString()).doesNotContain("Sprawdź pole", "Uzupełnij pole").endsWith(".");
        }
        String polish = "Środki można planować tylko na rok 2027, a zadanie obejmuje lata 2027–2029. Zgłoś zadanie na lata programu albo podziel je.";
        assertThat(PolishMessages.message("years", polish)).isEqualTo(polish);
    }

    @Test
    void anUnforeseenMessageStillLandsAtItsFieldInPolish() {
        assertThat(PolishMessages.message("title", "something new")).isEqualTo("Sprawdź pole „Tytuł zadania”.");
    }
}
