package pl.wspolnie.shared;

/** The request does not fit the current stage of the cycle. Answered with 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
