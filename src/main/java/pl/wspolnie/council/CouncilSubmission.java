package pl.wspolnie.council;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** The draft resolution sent to the City Council as a numbered print (druk nr), and the council's decision. */
@Entity
public class CouncilSubmission {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long programmeId;
    private int round;
    private String printNumber;
    private LocalDate submittedOn;
    private Instant submittedAt;
    private String submittedBy;
    @Enumerated(EnumType.STRING)
    private CouncilDecision decision;
    private String resolutionNumber;
    private LocalDate decisionDate;
    private String amendments;
    private Instant decidedAt;
    private String decidedBy;
    @Version
    private long version;

    protected CouncilSubmission() {
    }

    CouncilSubmission(Long programmeId, int round, String printNumber, LocalDate submittedOn, String actor, Instant now) {
        this.programmeId = programmeId;
        this.round = round;
        this.printNumber = printNumber;
        this.submittedOn = submittedOn;
        this.submittedBy = actor;
        this.submittedAt = now;
    }

    void decide(CouncilDecision decision, String resolutionNumber, LocalDate decisionDate, String amendments,
                String actor, Instant now) {
        this.decision = decision;
        this.resolutionNumber = resolutionNumber;
        this.decisionDate = decisionDate;
        this.amendments = amendments;
        this.decidedBy = actor;
        this.decidedAt = now;
    }

    public Long getId() { return id; }
    public Long getProgrammeId() { return programmeId; }
    public int getRound() { return round; }
    public String getPrintNumber() { return printNumber; }
    public LocalDate getSubmittedOn() { return submittedOn; }
    public Instant getSubmittedAt() { return submittedAt; }
    public String getSubmittedBy() { return submittedBy; }
    public CouncilDecision getDecision() { return decision; }
    public String getResolutionNumber() { return resolutionNumber; }
    public LocalDate getDecisionDate() { return decisionDate; }
    public String getAmendments() { return amendments; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getDecidedBy() { return decidedBy; }
}
