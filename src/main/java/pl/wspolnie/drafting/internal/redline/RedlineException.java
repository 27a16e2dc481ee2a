package pl.wspolnie.drafting.internal.redline;

/** A version could not be read as a DOCX document, or the redline could not be written. */
public class RedlineException extends RuntimeException {

    public RedlineException(String message, Throwable cause) {
        super(message, cause);
    }
}
