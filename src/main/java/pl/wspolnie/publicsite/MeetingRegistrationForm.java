package pl.wspolnie.publicsite;

import pl.wspolnie.meeting.RegistrationForm;

/** The registration form as posted; bound by Spring, so it has setters. */
public class MeetingRegistrationForm {

    private String organisation;
    private String krs;
    private String person;
    private String email;
    private String needs;
    private boolean publishConsent;

    RegistrationForm toForm() {
        return new RegistrationForm(organisation, krs, person, email, needs, publishConsent);
    }

    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = organisation; }
    public String getKrs() { return krs; }
    public void setKrs(String krs) { this.krs = krs; }
    public String getPerson() { return person; }
    public void setPerson(String person) { this.person = person; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getNeeds() { return needs; }
    public void setNeeds(String needs) { this.needs = needs; }
    public boolean isPublishConsent() { return publishConsent; }
    public void setPublishConsent(boolean publishConsent) { this.publishConsent = publishConsent; }
}
