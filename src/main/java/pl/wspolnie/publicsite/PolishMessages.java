package pl.wspolnie.publicsite;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pl.wspolnie.shared.InvalidInputException.FieldError;
import pl.wspolnie.shared.PolishFieldErrors;

/**
 * The API's field errors (field names of the JSON submission, messages in English) as the NGO form shows them:
 * by the form's field, in plain Polish, in the order of the form. Every message {@code ProposalService} can give
 * an NGO has its own wording here; anything unforeseen still lands next to its field with a general request to
 * check it.
 */
final class PolishMessages {

    /** Form fields in page order; the error summary lists errors in this order. */
    static final List<String> FIELDS = List.of("submitterName", "krs", "email", "title", "sector", "description",
            "justification", "form", "mode", "plannedAmountPln", "years", "externalRef");

    private static final Map<String, String> FIELD_OF = Map.of("submitter.name", "submitterName", "submitter.krs", "krs",
            "submitter.email", "email", "submitter", "submitterName", "submitter.type", "submitterName");

    private static final Map<String, String> LABEL = Map.ofEntries(
            Map.entry("submitterName", "Nazwa organizacji"), Map.entry("krs", "Numer KRS"),
            Map.entry("email", "Adres e-mail"), Map.entry("title", "Tytuł zadania"), Map.entry("sector", "Obszar"),
            Map.entry("description", "Opis zadania"), Map.entry("justification", "Uzasadnienie"),
            Map.entry("form", "Forma realizacji"), Map.entry("mode", "Tryb finansowania"),
            Map.entry("plannedAmountPln", "Planowana kwota"), Map.entry("years", "Lata realizacji"),
            Map.entry("externalRef", "Formularz"));

    private static final Map<String, String> REQUIRED = Map.ofEntries(
            Map.entry("submitterName", "Podaj nazwę organizacji."),
            Map.entry("email", "Podaj adres e-mail, na który odpowiemy."),
            Map.entry("title", "Podaj tytuł zadania."),
            Map.entry("sector", "Wybierz obszar, którego dotyczy zadanie."),
            Map.entry("description", "Opisz zadanie."),
            Map.entry("justification", "Napisz, dlaczego zadanie jest potrzebne."),
            Map.entry("form", "Wybierz formę realizacji zadania."),
            Map.entry("mode", "Wybierz tryb finansowania: wspieranie albo powierzanie."),
            Map.entry("plannedAmountPln", "Podaj planowaną kwotę w złotych."),
            Map.entry("externalRef", "Formularz wygasł. Wyślij go jeszcze raz."));

    private static final PolishFieldErrors CATALOGUE = new PolishFieldErrors(LABEL, REQUIRED);

    private PolishMessages() {
    }

    /** Errors by form field, in form order: typing problems first, then the API's rules on the other fields. */
    static Map<String, String> of(Map<String, String> typing, List<FieldError> errors) {
        Map<String, String> byField = new LinkedHashMap<>(typing);
        for (FieldError e : errors) {
            String field = FIELD_OF.getOrDefault(e.field(), e.field());
            byField.putIfAbsent(field, message(field, e.message()));
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        FIELDS.stream().filter(byField::containsKey).forEach(f -> ordered.put(f, byField.get(f)));
        byField.forEach(ordered::putIfAbsent);
        return ordered;
    }

    /** The proposal form's own sentences for its rules; the rest from the shared catalogue. */
    static String message(String field, String english) {
        return switch (field + ": " + english) {
            case "mode: must be empty for non-financial cooperation" ->
                    "Przy współpracy pozafinansowej wybierz „Nie dotyczy”.";
            case "plannedAmountPln: must be a non-negative amount in PLN with at most 2 decimals, e.g. 12500.00" ->
                    "Podaj kwotę w złotych cyframi, np. 12500 albo 12500,50.";
            case "plannedAmountPln: must be empty or 0 for non-financial cooperation" ->
                    "Przy współpracy pozafinansowej zostaw kwotę pustą.";
            case "years: give the year, or the first and last year, of the task" -> "Podaj rok, w którym zadanie się zaczyna.";
            case "years: the first year must not be after the last" ->
                    "Rok zakończenia nie może być wcześniejszy niż rok rozpoczęcia.";
            case "years: must be between 2000 and 2100" -> "Podaj lata czterema cyframi, np. 2027.";
            default -> CATALOGUE.message(field, english);
        };
    }
}
