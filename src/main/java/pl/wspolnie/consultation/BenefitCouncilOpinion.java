package pl.wspolnie.consultation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** The Public Benefit Council's opinion on the draft of one consultation round, or its waiver by silence. */
@Entity
public class BenefitCouncilOpinion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long consultationId;
    @Enumerated(EnumType.STRING)
    private OpinionStatus status;
    private String opinionText;
    private Instant recordedAt;
    private String recordedBy;

    protected BenefitCouncilOpinion() {
    }

    BenefitCouncilOpinion(Long consultationId, OpinionStatus status, String opinionText, String actor, Instant now) {
        this.consultationId = consultationId;
        this.status = status;
        this.opinionText = opinionText;
        this.recordedBy = actor;
        this.recordedAt = now;
    }

    public Long getId() { return id; }
    public Long getConsultationId() { return consultationId; }
    public OpinionStatus getStatus() { return status; }
    public String getOpinionText() { return opinionText; }
    public Instant getRecordedAt() { return recordedAt; }
    public String getRecordedBy() { return recordedBy; }
}
