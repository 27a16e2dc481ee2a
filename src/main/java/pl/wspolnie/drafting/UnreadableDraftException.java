package pl.wspolnie.drafting;

/** An uploaded file that cannot be read as a DOCX document; the message (Polish) says why, for the field "file". */
public class UnreadableDraftException extends RuntimeException {

    public UnreadableDraftException(String message) {
        super(message);
    }
}
