package pl.wspolnie.shared;

import java.util.Optional;

/**
 * The request does not fit the current stage of the cycle. Answered with 409. Where the person reading it in Tasklist
 * needs more than "the case is at another stage" to know what to do, it carries that in Polish too.
 */
public class ConflictException extends RuntimeException {

    private final String polish;

    public ConflictException(String message) {
        this(message, null);
    }

    public ConflictException(String message, String polish) {
        super(message);
        this.polish = polish;
    }

    /** What to tell a person in Tasklist instead of the general "another stage" sentence, if anything. */
    public Optional<String> polish() {
        return Optional.ofNullable(polish);
    }
}
