package pl.wspolnie.publicsite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import pl.wspolnie.programme.FundingMode;
import pl.wspolnie.programme.Programme;
import pl.wspolnie.programme.TaskForm;
import pl.wspolnie.proposal.ProposalSubmission;
import pl.wspolnie.proposal.SubmitterType;

/**
 * What the NGO form posts, as typed (text, so that nothing fails in binding), and its translation into the
 * submission the JSON API takes. The form carries its own {@code externalRef}, made when the form is shown:
 * sending it twice (a double click, the back button) returns the first proposal instead of a duplicate.
 */
public class ProposalForm {

    /** A web form's own reference; random, so that nobody can post someone else's and learn its number. */
    private static final Pattern WEB_REF = Pattern.compile("^WWW-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");
    private static final Pattern YEAR = Pattern.compile("^[0-9]{4}$");

    private String externalRef;
    private String submitterName;
    private String krs;
    private String email;
    private String sector;
    private String title;
    private String description;
    private String justification;
    private String form;
    private String mode;
    private String plannedAmountPln;
    private String firstYear;
    private String lastYear;

    static ProposalForm blank(Programme programme) {
        ProposalForm f = new ProposalForm();
        f.externalRef = "WWW-" + UUID.randomUUID();
        f.firstYear = String.valueOf(programme.getFirstYear());
        f.lastYear = programme.getLastYear() == programme.getFirstYear() ? "" : String.valueOf(programme.getLastYear());
        return f;
    }

    /**
     * The submission, with problems of typing that the API's rules cannot see (a year in words, an unknown choice)
     * added to {@code typing} by form field.
     */
    ProposalSubmission toSubmission(Map<String, String> typing) {
        if (externalRef == null || !WEB_REF.matcher(externalRef).matches()) {
            externalRef = "WWW-" + UUID.randomUUID();
        }
        List<Integer> years = new ArrayList<>();
        String first = strip(firstYear);
        String last = strip(lastYear);
        if (first != null && !YEAR.matcher(first).matches() || last != null && !YEAR.matcher(last).matches()) {
            typing.put("years", "Podaj rok cyframi, np. 2027.");
        } else {
            if (first != null) {
                years.add(Integer.valueOf(first));
            }
            if (last != null && !last.equals(first)) {
                years.add(Integer.valueOf(last));
            }
        }
        String amount = strip(plannedAmountPln);
        if (amount != null) {
            amount = amount.replaceAll("(?i)\\s*(zł|zl|pln)\\.?$", "").replaceAll("[\\s\u00a0\u202f]", "");
        }
        return new ProposalSubmission(externalRef,
                new ProposalSubmission.Submitter(SubmitterType.NGO, null, strip(submitterName), strip(krs), strip(email)),
                strip(sector) == null ? null : strip(sector).toUpperCase(Locale.ROOT), strip(title), strip(description),
                strip(justification), choice(TaskForm.class, form, "form", typing),
                choice(FundingMode.class, mode, "mode", typing), amount, years);
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String field, Map<String, String> typing) {
        String v = strip(value);
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            typing.put(field, "Wybierz jedną z podanych możliwości.");
            return null;
        }
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String getExternalRef() { return externalRef; }
    public void setExternalRef(String externalRef) { this.externalRef = externalRef; }
    public String getSubmitterName() { return submitterName; }
    public void setSubmitterName(String submitterName) { this.submitterName = submitterName; }
    public String getKrs() { return krs; }
    public void setKrs(String krs) { this.krs = krs; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getSector() { return sector; }
    public void setSector(String sector) { this.sector = sector; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getJustification() { return justification; }
    public void setJustification(String justification) { this.justification = justification; }
    public String getForm() { return form; }
    public void setForm(String form) { this.form = form; }
    public String getMode() { return mode; }
    public void setMode(String mode) { this.mode = mode; }
    public String getPlannedAmountPln() { return plannedAmountPln; }
    public void setPlannedAmountPln(String plannedAmountPln) { this.plannedAmountPln = plannedAmountPln; }
    public String getFirstYear() { return firstYear; }
    public void setFirstYear(String firstYear) { this.firstYear = firstYear; }
    public String getLastYear() { return lastYear; }
    public void setLastYear(String lastYear) { this.lastYear = lastYear; }
}
