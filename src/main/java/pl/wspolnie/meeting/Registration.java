package pl.wspolnie.meeting;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;

/**
 * A person's registration for a meeting from the public form. Personal data (person, e-mail, needs) is for the
 * teams; the organisation's name is published only with {@code publishConsent}.
 */
@Entity
@Table(name = "meeting_registration")
public class Registration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long meetingId;
    private String reference;
    private String organisation;
    private String krs;
    private String person;
    private String email;
    private String emailKey;
    /** The e-mail key while the registration is active (a seat or the waiting list), null once cancelled. */
    private String activeKey;
    private String needs;
    private boolean publishConsent;
    @Enumerated(EnumType.STRING)
    private RegistrationStatus status;
    private String cancelToken;
    private Instant createdAt;
    private Instant statusAt;
    private Instant remindedAt;

    protected Registration() {
    }

    Registration(Long meetingId, String reference, RegistrationForm form, RegistrationStatus status, String cancelToken,
                 Instant now) {
        this.meetingId = meetingId;
        this.reference = reference;
        this.cancelToken = cancelToken;
        this.createdAt = now;
        this.organisation = form.organisation().strip();
        this.krs = form.krs() == null || form.krs().isBlank() ? null : form.krs().strip();
        this.person = form.person().strip();
        this.email = form.email().strip();
        this.emailKey = key(form.email());
        this.needs = form.needs() == null || form.needs().isBlank() ? null : form.needs().strip();
        this.publishConsent = form.publishConsent();
        moveTo(status, now);
    }

    void moveTo(RegistrationStatus status, Instant now) {
        this.status = status;
        this.statusAt = now;
        this.activeKey = status == RegistrationStatus.CANCELLED ? null : emailKey;
    }

    void reminded(Instant now) {
        this.remindedAt = now;
    }

    static String key(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    public Long getId() { return id; }
    public Long getMeetingId() { return meetingId; }
    public String getReference() { return reference; }
    public String getOrganisation() { return organisation; }
    public String getKrs() { return krs; }
    public String getPerson() { return person; }
    public String getEmail() { return email; }
    public String getNeeds() { return needs; }
    public boolean isPublishConsent() { return publishConsent; }
    public RegistrationStatus getStatus() { return status; }
    public String getCancelToken() { return cancelToken; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getStatusAt() { return statusAt; }
    public Instant getRemindedAt() { return remindedAt; }
}
