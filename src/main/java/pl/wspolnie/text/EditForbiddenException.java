package pl.wspolnie.text;

/** The editor's team may not change this unit. Answered with 403 and the reason in Polish. */
public class EditForbiddenException extends RuntimeException {

    public EditForbiddenException(String message) {
        super(message);
    }
}
