package pl.wspolnie.process;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
            return d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        }
        String text = value.toString().strip();
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "must be a date YYYY-MM-DD");
        }
    }

    /**
     * Runs a service call made on behalf of a person completing a form: refused input or a wrong stage becomes
     * a {@link FormFieldValidationException} naming the first field, and the completion is rolled back. It is the
     * one exception the engine REST API (and so Tasklist) answers with 400 on task completion and form
     * submission rather than 500; Operaton keeps the same class.
     */
    static <T> T userInput(Supplier<T> call) {
        try {
            return call.get();
        } catch (InvalidInputException e) {
            throw new FormFieldValidationException(e.errors().get(0).field(), e.getMessage(), e);
        } catch (ConflictException e) {
            throw new FormFieldValidationException("stage", e.getMessage(), e);
        }
    }

    static void userInput(Runnable call) {
        userInput(() -> {
            call.run();
            return null;
        });
    }
}
