package pl.wspolnie.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules every input shares (KRS, e-mail, years) and their one Polish wording. */
class SharedRulesTest {

    @Test
    void theSharedRulesRefuseWhatIsWrongAndLeaveEmptyOptionalFieldsAlone() {
        var errors = new FieldErrors().krs("0000123456", "krs").krs(" ", "krs").krs("12345", "submitter.krs")
                .email("ewa@ngo.example.org", "email").email(null, "email").email("ewa@", "contact")
                .email("a".repeat(250) + "@x.pl", "long")
                .year(2027, "firstYear").year(1999, "lastYear").years(2027, 2101, "years");
        assertThat(errors.list()).extracting(InvalidInputException.FieldError::field, InvalidInputException.FieldError::message)
                .containsExactly(tuple("submitter.krs", "must be 10 digits"), tuple("contact", "is not an e-mail address"),
                        tuple("long", "is not an e-mail address"), tuple("lastYear", "must be between 2000 and 2100"),
                        tuple("years", "must be between 2000 and 2100"));
    }

    @Test
    void theCatalogueSaysEachRuleInPolishByTheFormsLabelAndKeepsAFormsOwnSentence() {
        var catalogue = new PolishFieldErrors(Map.of("title", "Tytuł", "krs", "Numer KRS"), Map.of("title", "Podaj tytuł."));
        assertThat(catalogue.message("title", "is required")).isEqualTo("Podaj tytuł.");
        assertThat(catalogue.message("krs", "is required")).isEqualTo("Uzupełnij pole „Numer KRS”.");
        assertThat(catalogue.message("title", "must be at most 500 characters")).isEqualTo("Pole „Tytuł” może mieć najwyżej 500 znaków.");
        assertThat(catalogue.message("title", "must have at least 50 characters")).isEqualTo("Pole „Tytuł” musi mieć co najmniej 50 znaków.");
        assertThat(catalogue.message("krs", "must be 10 digits")).isEqualTo("Numer KRS ma 10 cyfr, np. 0000123456.");
        assertThat(catalogue.message("email", "is not an e-mail address")).isEqualTo("Podaj adres e-mail w postaci nazwa@domena.pl.");
        assertThat(catalogue.message("title", "Kwota przekracza limit.")).isEqualTo("Kwota przekracza limit.");
        assertThat(catalogue.message("other", "something new")).isEqualTo("Sprawdź pole „other”.");
    }
}
