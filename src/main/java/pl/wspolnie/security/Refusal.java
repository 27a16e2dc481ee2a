package pl.wspolnie.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A guard's answer to a request it stops: a status and the field it names, written as problem+json by
 * {@link ProblemWriter}. Thrown by a rule (or by reading the body) and answered in one place by the filter.
 */
final class Refusal extends Exception {

    private final int status;
    private final String title;
    private final String field;

    private Refusal(int status, String title, String field, String message) {
        super(message, null, false, false);
        this.status = status;
        this.title = title;
        this.field = field;
    }

    /** 400: the input cannot be taken. */
    static Refusal invalid(String field, String message) {
        return new Refusal(400, "Invalid input", field, message);
    }

    /** 403: the caller may not do this. */
    static Refusal forbidden(String field, String message) {
        return new Refusal(403, "Forbidden", field, message);
    }

    /** 413 naming {@code body}: a body longer than {@code limit} bytes, left unread. */
    static Refusal tooLarge(long limit) {
        return new Refusal(413, "Too large", "body", "is larger than " + limit / 1024 + " KB");
    }

    void write(HttpServletResponse response) throws IOException {
        ProblemWriter.write(response, status, title, field, getMessage());
    }
}
