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
}
