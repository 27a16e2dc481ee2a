package pl.wspolnie.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects field errors of one request, then throws them together. The one validation path: the API, the public
 * forms, the import and the Tasklist forms all reach the services, and the services check their input here, with the
 * rules shared between inputs (KRS, e-mail, years) written once below.
 */
public final class FieldErrors {

    /** The longest e-mail address (RFC 5321's path limit). */
    public static final int MAX_EMAIL = 254;
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    private static final Pattern KRS = Pattern.compile("^[0-9]{10}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

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

    /** An optional KRS number: empty, or ten digits. */
    public FieldErrors krs(String value, String field) {
        return check(value == null || value.isBlank() || KRS.matcher(value.strip()).matches(), field, "must be 10 digits");
    }

    /** An optional e-mail address: empty, or one address of at most {@value #MAX_EMAIL} characters. */
    public FieldErrors email(String value, String field) {
        return check(value == null || value.isBlank() || isEmail(value.strip()), field, "is not an e-mail address");
    }

    /** A year a programme or a task may run in; an empty one is left to {@link #required}. */
    public FieldErrors year(Integer value, String field) {
        return years(value, value, field);
    }

    /** The first and last year of a span, both years a programme or a task may run in: one error for the two. */
    public FieldErrors years(Integer first, Integer last, String field) {
        return check((first == null || first >= FIRST_YEAR) && (last == null || last <= LAST_YEAR), field,
                "must be between " + FIRST_YEAR + " and " + LAST_YEAR);
    }

    /** Whether the (stripped) text is one e-mail address of at most {@value #MAX_EMAIL} characters. */
    public static boolean isEmail(String address) {
        return address.length() <= MAX_EMAIL && EMAIL.matcher(address).matches();
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
