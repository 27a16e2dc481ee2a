package pl.wspolnie.consultation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

/** One round of public consultation of the draft: its window, and its sign-off. */
@Entity
public class Consultation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long programmeId;
    private int round;
    @Enumerated(EnumType.STRING)
    private ConsultationStatus status;
    private Instant openedAt;
    private Instant closesAt;
    private Instant opinionDeadline;
    private Instant intakeClosedAt;
    private Instant signedOffAt;
    private String signedOffBy;
    private String signOffNote;
    private Instant endedEarlyAt;
    private String endedEarlyBy;
    private String earlyEndReason;
    @Version
    private long version;

    protected Consultation() {
    }

    Consultation(Long programmeId, int round, Instant openedAt, Instant closesAt, Instant opinionDeadline) {
        this.programmeId = programmeId;
        this.round = round;
        this.status = ConsultationStatus.OPEN;
        this.openedAt = openedAt;
        this.closesAt = closesAt;
        this.opinionDeadline = opinionDeadline;
    }

    boolean acceptsComments(Instant now) {
        return status == ConsultationStatus.OPEN && now.isBefore(closesAt);
    }

    /** The window ends now instead of at its planned end: no comment is taken from this moment. */
    void endEarly(String reason, String actor, Instant now) {
        this.endedEarlyAt = now;
        this.endedEarlyBy = actor;
        this.earlyEndReason = reason;
        this.closesAt = now;
    }

    void closeIntake(Instant now) {
        this.status = ConsultationStatus.INTAKE_CLOSED;
        this.intakeClosedAt = now;
    }

    void signOff(String note, String actor, Instant now) {
        this.status = ConsultationStatus.SIGNED_OFF;
        this.signOffNote = note;
        this.signedOffBy = actor;
        this.signedOffAt = now;
    }

    public Long getId() { return id; }
    public Long getProgrammeId() { return programmeId; }
    public int getRound() { return round; }
    public ConsultationStatus getStatus() { return status; }
    public Instant getOpenedAt() { return openedAt; }
    public Instant getClosesAt() { return closesAt; }
    public Instant getOpinionDeadline() { return opinionDeadline; }
    public Instant getIntakeClosedAt() { return intakeClosedAt; }
    public Instant getSignedOffAt() { return signedOffAt; }
    public String getSignedOffBy() { return signedOffBy; }
    public String getSignOffNote() { return signOffNote; }
    /** When the coordination team ended the window before its planned end, or null. */
    public Instant getEndedEarlyAt() { return endedEarlyAt; }
    public String getEndedEarlyBy() { return endedEarlyBy; }
    public String getEarlyEndReason() { return earlyEndReason; }
}
