package pl.wspolnie.drafting.internal;

/** The Word template does not follow the placeholder grammar (an unclosed section, a list of non-models). */
public class TemplateException extends RuntimeException {

    public TemplateException(String message) {
        super(message);
    }

    public TemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
