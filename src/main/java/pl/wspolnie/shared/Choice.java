package pl.wspolnie.shared;

import java.util.Arrays;
import java.util.List;

/**
 * A choice that comes in as text (a Tasklist form field, a process variable, a JSON string) read as its enum once,
 * where it comes in; past that point the code compares enum constants, not strings.
 */
public final class Choice {

    private Choice() {
    }

    /** The constant named {@code value}; {@code null} when it is empty; else 400 naming {@code field} and the choices. */
    public static <E extends Enum<E>> E of(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "must be " + names(type));
        }
    }

    /** The constants of {@code type} as a refusal lists them: "A, B or C". */
    static <E extends Enum<E>> String names(Class<E> type) {
        List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }
}
