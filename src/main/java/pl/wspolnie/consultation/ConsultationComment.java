package pl.wspolnie.consultation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

/** A comment (uwaga) on the draft, with the recorded answer (decision and its justification). */
@Entity
public class ConsultationComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long consultationId;
    private Long programmeId;
    private String externalRef;
    private String organisation;
    private String krs;
    private String contactPerson;
    private String email;
    private String section;
    private String sectorCode;
    private String currentText;
    private String proposedText;
    private String justification;
    private String anchor;
    @Enumerated(EnumType.STRING)
    private CommentChannel channel;
    @Enumerated(EnumType.STRING)
    private CommentDecision decision;
    private String responseJustification;
    private Instant respondedAt;
    private String respondedBy;
    private Instant createdAt;
    private String createdBy;
    @Version
    private long version;

    protected ConsultationComment() {
    }

    ConsultationComment(Long consultationId, Long programmeId, CommentSubmission s, CommentChannel channel, String actor,
                        Instant now) {
        this.consultationId = consultationId;
        this.programmeId = programmeId;
        this.externalRef = s.externalRef().strip();
        this.organisation = s.organisation().strip();
        this.krs = blankToNull(s.krs());
        this.contactPerson = s.contactPerson().strip();
        this.email = s.email().strip();
        this.section = s.section().strip();
        this.sectorCode = blankToNull(s.sector());
        this.currentText = blankToNull(s.currentText());
        this.proposedText = s.proposedText().strip();
        this.justification = s.justification().strip();
        this.anchor = blankToNull(s.anchor());
        this.channel = channel;
        this.createdAt = now;
        this.createdBy = actor;
    }

    void respond(CommentDecision decision, String justification, String actor, Instant now) {
        this.decision = decision;
        this.responseJustification = justification;
        this.respondedBy = actor;
        this.respondedAt = now;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getId() { return id; }
    public Long getConsultationId() { return consultationId; }
    public Long getProgrammeId() { return programmeId; }
    public String getExternalRef() { return externalRef; }
    public String getOrganisation() { return organisation; }
    public String getKrs() { return krs; }
    public String getContactPerson() { return contactPerson; }
    public String getEmail() { return email; }
    public String getSection() { return section; }
    public String getSectorCode() { return sectorCode; }
    public String getCurrentText() { return currentText; }
    public String getProposedText() { return proposedText; }
    public String getJustification() { return justification; }
    /** The anchor of the outline unit the comment addresses (public page), or null. */
    public String getAnchor() { return anchor; }
    /** How the comment came in; null for comments recorded before channels were (V10). */
    public CommentChannel getChannel() { return channel; }
    public CommentDecision getDecision() { return decision; }
    public String getResponseJustification() { return responseJustification; }
    public Instant getRespondedAt() { return respondedAt; }
    public String getRespondedBy() { return respondedBy; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
}
