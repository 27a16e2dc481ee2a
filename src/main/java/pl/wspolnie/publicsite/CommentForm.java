package pl.wspolnie.publicsite;

import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import pl.wspolnie.consultation.CommentSubmission;
import pl.wspolnie.shared.InvalidInputException.FieldError;
import pl.wspolnie.shared.PolishFieldErrors;

/**
 * What the consultation comment form posts, as typed, and its translation into the submission the API takes.
 * The form carries its own reference ({@code UW-2027-7KQ2M9XD}), made when the form is shown: it is the number
 * the confirmation gives, and sending the form twice stores one comment.
 */
public class CommentForm {

    /** Crockford base32: no I, L, O, U. */
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final Pattern REFERENCE = Pattern.compile("^UW-[0-9]{4}-[0-9A-HJKMNP-TV-Z]{8}$");
    private static final Pattern ANCHOR = Pattern.compile("^[a-z0-9-]{1,100}$");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Fields in page order; the error summary lists errors in this order. */
    static final List<String> FIELDS = List.of("organisation", "krs", "contactPerson", "email", "section", "currentText",
            "proposedText", "justification");

    private static final Map<String, String> LABEL = Map.of("organisation", "Nazwa organizacji", "krs", "Numer KRS",
            "contactPerson", "Osoba do kontaktu", "email", "Adres e-mail", "section", "Część projektu",
            "currentText", "Obecne brzmienie", "proposedText", "Proponowane brzmienie", "justification", "Uzasadnienie");

    private static final Map<String, String> REQUIRED = Map.of(
            "organisation", "Podaj nazwę organizacji.",
            "contactPerson", "Podaj imię i nazwisko osoby do kontaktu.",
            "email", "Podaj adres e-mail, na który wyślemy potwierdzenie.",
            "section", "Wskaż, której części projektu dotyczy uwaga, np. „Rozdział 6, ust. 2”.",
            "proposedText", "Napisz, jak zapis powinien brzmieć.",
            "justification", "Uzasadnij uwagę.");

    private static final PolishFieldErrors CATALOGUE = new PolishFieldErrors(LABEL, REQUIRED);

    private String externalRef;
    private String anchor;
    private String organisation;
    private String krs;
    private String contactPerson;
    private String email;
    private String section;
    private String currentText;
    private String proposedText;
    private String justification;
    private boolean subscribe;

    static CommentForm blank(int year, String anchor, String section, String currentText) {
        CommentForm f = new CommentForm();
        f.externalRef = newReference(year);
        f.anchor = anchor;
        f.section = section;
        f.currentText = currentText;
        return f;
    }

    static String newReference(int year) {
        StringBuilder out = new StringBuilder("UW-").append(year).append('-');
        for (int i = 0; i < 8; i++) {
            out.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return out.toString();
    }

    static boolean wellFormedReference(String reference) {
        return reference != null && REFERENCE.matcher(reference).matches();
    }

    /** The submission; a missing or forged reference gets a fresh one, an anchor the draft does not have is dropped. */
    CommentSubmission toSubmission(int year, java.util.function.Predicate<String> knownAnchor) {
        if (!wellFormedReference(externalRef)) {
            externalRef = newReference(year);
        }
        if (anchor != null && (!ANCHOR.matcher(anchor).matches() || !knownAnchor.test(anchor))) {
            anchor = null;
        }
        return new CommentSubmission(externalRef, organisation, krs == null ? null : krs.replaceAll("\\s", ""), contactPerson,
                email, section, null, currentText, proposedText, justification, anchor);
    }

    /** The API's field errors as the form shows them: by field, in Polish, in page order. */
    static Map<String, String> messages(List<FieldError> errors) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldError e : errors) {
            byField.putIfAbsent(e.field(), message(e.field(), e.message()));
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        FIELDS.stream().filter(byField::containsKey).forEach(f -> ordered.put(f, byField.get(f)));
        byField.forEach(ordered::putIfAbsent);
        return ordered;
    }

    static String message(String field, String english) {
        if ("krs: must be 10 digits".equals(field + ": " + english)) {
            return CATALOGUE.message(field, english) + " Jeśli organizacja go nie ma, zostaw pole puste.";
        }
        return CATALOGUE.message(field, english);
    }

    public String getExternalRef() { return externalRef; }
    public void setExternalRef(String externalRef) { this.externalRef = externalRef; }
    public String getAnchor() { return anchor; }
    public void setAnchor(String anchor) { this.anchor = anchor == null || anchor.isBlank() ? null : anchor.strip(); }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = organisation; }
    public String getKrs() { return krs; }
    public void setKrs(String krs) { this.krs = krs; }
    public String getContactPerson() { return contactPerson; }
    public void setContactPerson(String contactPerson) { this.contactPerson = contactPerson; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getSection() { return section; }
    public void setSection(String section) { this.section = section; }
    public String getCurrentText() { return currentText; }
    public void setCurrentText(String currentText) { this.currentText = currentText; }
    public String getProposedText() { return proposedText; }
    public void setProposedText(String proposedText) { this.proposedText = proposedText; }
    public String getJustification() { return justification; }
    public void setJustification(String justification) { this.justification = justification; }
    public boolean isSubscribe() { return subscribe; }
    public void setSubscribe(boolean subscribe) { this.subscribe = subscribe; }
}
