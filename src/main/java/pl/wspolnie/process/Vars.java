package pl.wspolnie.process;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Date;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import pl.wspolnie.shared.ConflictException;
import pl.wspolnie.shared.InvalidInputException;

/**
 * Reads process variables as Camunda Forms and the engine REST deliver them (numbers may come as Integer,
 * Long or Double; dates as ISO strings), and turns refused user input into a 400 for Tasklist.
 */
final class Vars {

    private Vars() {
    }

    static Long id(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof Number n) {
            return n.longValue();
        }
        try {
            return Long.valueOf(value.toString().strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, "must be a number");
        }
    }

    static Integer integer(VariableScope scope, String name) {
        Long value = id(scope, name);
        return value == null ? null : Math.toIntExact(value);
    }

    static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString();
    }

    /** A choice (a form's select, a decision table's output) as its enum, read once here; empty: null; unknown: refused naming it. */
    static <E extends Enum<E>> E choice(VariableScope scope, String name, Class<E> type) {
        return pl.wspolnie.shared.Choice.of(type, text(scope, name), name);
    }

    /**
     * Codes picked in a checklist (a JSON array such as {@code ["KULTURA","SPORT"]}) or typed comma-separated, as
     * one comma-separated string.
     */
    static String codes(VariableScope scope, String name) {
        String value = text(scope, name);
        return value == null ? null : value.replaceAll("[\\[\\]\"]", "").strip();
    }

    static Boolean bool(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value instanceof Boolean b ? b : Boolean.valueOf(value.toString());
    }

    static LocalDate date(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof Date d) {
            return d.toInstant().atZone(Deadlines.MUNICIPALITY_ZONE).toLocalDate();
        }
        String text = value.toString().strip();
        try {
            if (POLISH_DATE_SHAPE.matcher(text).matches()) {
                return LocalDate.parse(text, POLISH_DATE);
            }
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "must be a date DD.MM.YYYY");
        }
    }

    /** What an official types: day, month, four-digit year, with dots ("30.11.2026", also "1.2.2027"). */
    private static final java.util.regex.Pattern POLISH_DATE_SHAPE = java.util.regex.Pattern.compile("^\\d{1,2}\\.\\d{1,2}\\.\\d{4}$");
    private static final DateTimeFormatter POLISH_DATE = DateTimeFormatter.ofPattern("d.M.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    /**
     * Runs a service call made on behalf of a person completing a form: refused input or a wrong stage becomes
     * a {@link FormFieldValidationException} naming the first field, with every refused field said in Polish (the
     * person reads it in Tasklist; the API keeps its English problem details), and the completion is rolled back. It is the
     * one exception the engine REST API (and so Tasklist) answers with 400 on task completion and form
     * submission rather than 500; Operaton keeps the same class.
     */
    static <T> T userInput(Supplier<T> call) {
        try {
            return call.get();
        } catch (InvalidInputException e) {
            throw new FormFieldValidationException(e.errors().get(0).field(), TaskRefusals.polish(e.errors()), e);
        } catch (ConflictException e) {
            throw new FormFieldValidationException("stage", e.polish().orElse(TaskRefusals.STAGE), e);
        }
    }

    static void userInput(Runnable call) {
        userInput(() -> {
            call.run();
            return null;
        });
    }
}
