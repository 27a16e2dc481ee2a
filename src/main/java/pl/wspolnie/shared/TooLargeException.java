package pl.wspolnie.shared;

/** The request carries more than the application takes at once (bytes, rows). Answered with 413, naming the field. */
public class TooLargeException extends RuntimeException {

    private final String field;

    public TooLargeException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
