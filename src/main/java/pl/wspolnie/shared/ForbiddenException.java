package pl.wspolnie.shared;

/** The caller may not do this with the value of a field (act in another unit's name). Answered with 403, naming it. */
public class ForbiddenException extends RuntimeException {

    private final String field;

    public ForbiddenException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
