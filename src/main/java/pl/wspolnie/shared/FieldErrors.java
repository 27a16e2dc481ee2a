package pl.wspolnie.shared;

import java.util.ArrayList;
import java.util.List;

/** Collects field errors of one request, then throws them together. */
public final class FieldErrors {

    private final List<InvalidInputException.FieldError> errors = new ArrayList<>();

    public FieldErrors check(boolean ok, String field, String message) {
        if (!ok) {
            errors.add(new InvalidInputException.FieldError(field, message));
        }
        return this;
    }

    public FieldErrors required(Object value, String field) {
        boolean present = value != null && !(value instanceof String s && s.isBlank());
        return check(present, field, "is required");
    }

    public FieldErrors maxLength(String value, int max, String field) {
        return check(value == null || value.length() <= max, field, "must be at most " + max + " characters");
    }

    public boolean has(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    public FieldErrors addAll(List<InvalidInputException.FieldError> more) {
        errors.addAll(more);
        return this;
    }

    /** The errors collected so far, for callers that report them instead of throwing. */
    public List<InvalidInputException.FieldError> list() {
        return List.copyOf(errors);
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
