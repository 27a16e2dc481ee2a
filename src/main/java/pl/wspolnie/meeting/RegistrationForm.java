package pl.wspolnie.meeting;

/** What a person fills in on the public registration form. */
public record RegistrationForm(String organisation, String krs, String person, String email, String needs,
                               boolean publishConsent) {

    public static final int MAX_ORGANISATION = 300;
    public static final int MAX_PERSON = 200;
    public static final int MAX_EMAIL = 254;
    public static final int MAX_NEEDS = 1000;
}
