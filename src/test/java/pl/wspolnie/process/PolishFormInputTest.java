package pl.wspolnie.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;
import pl.wspolnie.shared.InvalidInputException;
import pl.wspolnie.shared.InvalidInputException.FieldError;

/** What officials type (Polish dates) and read (Polish refusals naming the field). */
class PolishFormInputTest {

    @Test
    void aPolishDateMeansThatDay() {
        assertThat(Vars.date(scope("30.11.2026"), "d")).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(Vars.date(scope("1.2.2027"), "d")).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(Vars.date(scope("2027-07-15"), "d")).as("the API's ISO dates still work").isEqualTo(LocalDate.of(2027, 7, 15));
        assertThat(Vars.date(scope(""), "d")).isNull();
    }

    @Test
    void aDateThatDoesNotExistIsRefusedNotMovedToAnotherDay() {
        for (String typed : List.of("31.02.2027", "15.13.2027", "07/15/2027", "15.07.27")) {
            assertThatThrownBy(() -> Vars.date(scope(typed), "proposalDeadline")).as(typed)
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(TaskRefusals.polish(((InvalidInputException) e).errors()))
                            .isEqualTo("W polu „Termin naboru propozycji zadań” wpisz datę w postaci DD.MM.RRRR, np. 30.11.2026."));
        }
    }

    @Test
    void refusalsArePolishAndNameTheField() {
        assertThat(TaskRefusals.polish(List.of(new FieldError("triageReason", "is required"))))
                .isEqualTo("Przy odrzuceniu lub połączeniu napisz w polu „Uzasadnienie rozstrzygnięcia”, dlaczego – zgłaszający je przeczyta.");
        assertThat(TaskRefusals.polish(List.of(new FieldError("printNumber", "is required"),
                new FieldError("submittedOn", "must not be in the future"))))
                .isEqualTo("Uzupełnij pole „Druk nr”. Data w polu „Data przekazania Radzie” nie może być późniejsza niż dzisiejsza.");
        assertThat(TaskRefusals.polish(List.of(new FieldError("calendar.sectionsDue", "must not be before the proposal deadline 2030-09-01"))))
                .isEqualTo("Data w polu „Termin przygotowania części sektorowych” nie może być wcześniejsza niż 01.09.2030.");
        assertThat(TaskRefusals.polish(List.of(new FieldError("revisionSummary", "must be at most 4000 characters"))))
                .isEqualTo("Pole „Opis zmian w projekcie po konsultacjach” może mieć najwyżej 4000 znaków.");
        assertThat(TaskRefusals.polish(List.of(new FieldError("somethingNew", "is odd"))))
                .isEqualTo("Sprawdź pole „somethingNew”.");
    }

    @Test
    void theEnginesIdsAreCutFromARefusal() {
        assertThat(FormRefusalResponses.withoutPrefix("Cannot instantiate process definition programme-drafting:1:ae28-44: "
                + "Uzupełnij pole „Tytuł”.")).isEqualTo("Uzupełnij pole „Tytuł”.");
        assertThat(FormRefusalResponses.withoutPrefix("Cannot submit task form 1234-ab: Pole „Druk nr” może mieć najwyżej 50 znaków."))
                .isEqualTo("Pole „Druk nr” może mieć najwyżej 50 znaków.");
        assertThat(FormRefusalResponses.withoutPrefix("Task with id 7 does not exist")).isEqualTo("Task with id 7 does not exist");
    }

    @Test
    void checklistCodesArriveCommaSeparated() {
        assertThat(Vars.codes(scope("[\"KULTURA\",\"SPORT\"]"), "d")).isEqualTo("KULTURA,SPORT");
        assertThat(Vars.codes(scope("KULTURA, SPORT"), "d")).isEqualTo("KULTURA, SPORT");
    }

    private static VariableScope scope(String value) {
        VariableScope scope = mock(VariableScope.class);
        when(scope.getVariable(anyString())).thenReturn(value);
        return scope;
    }
}
