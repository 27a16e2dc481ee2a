package pl.wspolnie.shared;

/** Limits shared by the API and the Tasklist forms. */
public final class Limits {

    /**
     * The longest text a person can type into a Tasklist form: the engine keeps a text variable in at most
     * 4000 characters, so anything a form submits must fit.
     */
    public static final int FORM_TEXT = 4000;

    private Limits() {
    }
}
