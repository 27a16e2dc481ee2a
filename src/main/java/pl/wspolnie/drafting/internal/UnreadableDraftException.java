package pl.wspolnie.drafting.internal;

/** An uploaded file that cannot be read as a DOCX document; the message (Polish) says why, for the field "file". */
public class UnreadableDraftException extends RuntimeException {

    UnreadableDraftException(String message) {
        super(message);
    }
}
