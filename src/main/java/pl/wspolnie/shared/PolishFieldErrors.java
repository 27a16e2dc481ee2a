package pl.wspolnie.shared;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one Polish catalogue of the services' field errors ({@link FieldErrors}' English messages) as a person reads
 * them on a public form or in Tasklist. A form gives the label of each of its fields and, where it says more than the
 * catalogue (a hint what to type, a rule of a decision), its own sentence for that field; everything else reads the
 * same everywhere.
 */
public final class PolishFieldErrors {

    private static final Pattern AT_MOST = Pattern.compile("^must be at most ([0-9]+) characters$");
    private static final Pattern AT_LEAST = Pattern.compile("^must have at least ([0-9]+) characters$");

    private final Map<String, String> labels;
    private final Map<String, String> required;

    /**
     * @param labels   each field's label on the form, by the field name the services use
     * @param required the form's own sentence when a field is left empty, by field name (the others get "Uzupełnij pole …")
     */
    public PolishFieldErrors(Map<String, String> labels, Map<String, String> required) {
        this.labels = Map.copyOf(labels);
        this.required = Map.copyOf(required);
    }

    /** The field's label on the form, else its name. */
    public String label(String field) {
        return labels.getOrDefault(field, field);
    }

    /** The error in Polish; a message the services already wrote in Polish (a sentence) stands as written. */
    public String message(String field, String english) {
        String label = "„" + label(field) + "”";
        if (!english.isEmpty() && Character.isUpperCase(english.charAt(0)) && english.endsWith(".")) {
            return english;
        }
        if ("is required".equals(english)) {
            return required.getOrDefault(field, "Uzupełnij pole " + label + ".");
        }
        Matcher m = AT_MOST.matcher(english);
        if (m.matches()) {
            return "Pole " + label + " może mieć najwyżej " + m.group(1) + " znaków.";
        }
        m = AT_LEAST.matcher(english);
        if (m.matches()) {
            return "Pole " + label + " musi mieć co najmniej " + m.group(1) + " znaków.";
        }
        if (english.startsWith("contains a control character")) {
            return "Pole " + label + " zawiera niedozwolony znak sterujący. Usuń go i wyślij ponownie.";
        }
        return switch (english) {
            case "must be 10 digits" -> "Numer KRS ma 10 cyfr, np. 0000123456.";
            case "is not an e-mail address" -> "Podaj adres e-mail w postaci nazwa@domena.pl.";
            default -> "Sprawdź pole " + label + ".";
        };
    }
}
