package pl.wspolnie.shared;

/** An uploaded file of a kind the endpoint does not take. Answered with 415, naming the field. */
public class UnsupportedFileException extends RuntimeException {

    private final String field;

    public UnsupportedFileException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
