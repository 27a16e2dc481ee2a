package pl.wspolnie.programme;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

/** The part of the programme a sectoral team (zespół branżowy) writes: narrative and priority tasks. */
@Entity
public class SectorSection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long programmeId;
    private int position;
    private String sectorCode;
    private String sectorName;
    private String candidateGroup;
    @Enumerated(EnumType.STRING)
    private SectionStatus status;
    private String narrative;
    private String reviewRemarks;
    private Instant updatedAt;
    private String updatedBy;
    @Version
    private long version;

    protected SectorSection() {
    }

    SectorSection(Long programmeId, int position, String sectorCode, String sectorName, String candidateGroup,
                  String actor, Instant now) {
        this.programmeId = programmeId;
        this.position = position;
        this.sectorCode = sectorCode;
        this.sectorName = sectorName;
        this.candidateGroup = candidateGroup;
        this.status = SectionStatus.NOT_STARTED;
        touch(actor, now);
    }

    void open(String actor, Instant now) {
        this.status = SectionStatus.IN_PROGRESS;
        touch(actor, now);
    }

    void submit(String narrative, String actor, Instant now) {
        this.narrative = narrative;
        this.status = SectionStatus.SUBMITTED;
        touch(actor, now);
    }

    void accept(String remarks, String actor, Instant now) {
        this.status = SectionStatus.ACCEPTED;
        this.reviewRemarks = remarks;
        touch(actor, now);
    }

    void returnWith(String remarks, String actor, Instant now) {
        this.status = SectionStatus.RETURNED;
        this.reviewRemarks = remarks;
        touch(actor, now);
    }

    private void touch(String actor, Instant now) {
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    public Long getId() { return id; }
    public Long getProgrammeId() { return programmeId; }
    public int getPosition() { return position; }
    public String getSectorCode() { return sectorCode; }
    public String getSectorName() { return sectorName; }
    public String getCandidateGroup() { return candidateGroup; }
    public SectionStatus getStatus() { return status; }
    public String getNarrative() { return narrative; }
    public String getReviewRemarks() { return reviewRemarks; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getUpdatedBy() { return updatedBy; }
}
