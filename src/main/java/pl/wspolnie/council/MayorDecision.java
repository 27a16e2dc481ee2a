package pl.wspolnie.council;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** The Mayor's approval of the draft, or its return for revision, with remarks. */
@Entity
public class MayorDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long programmeId;
    private String decision;
    private String remarks;
    private Instant decidedAt;
    private String decidedBy;

    protected MayorDecision() {
    }

    MayorDecision(Long programmeId, String decision, String remarks, String actor, Instant now) {
        this.programmeId = programmeId;
        this.decision = decision;
        this.remarks = remarks;
        this.decidedBy = actor;
        this.decidedAt = now;
    }

    public Long getId() { return id; }
    public Long getProgrammeId() { return programmeId; }
    public String getDecision() { return decision; }
    public String getRemarks() { return remarks; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getDecidedBy() { return decidedBy; }
}
