package pl.wspolnie.drafting;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** Version n of the programme's draft, made at a stage that is due a document. Immutable once stored. */
@Entity
public class DraftVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long programmeId;
    private int number;
    @Enumerated(EnumType.STRING)
    private DraftStage stage;
    private String label;
    private String note;
    private Instant createdAt;
    private String createdBy;

    protected DraftVersion() {
    }

    DraftVersion(Long programmeId, int number, DraftStage stage, String label, String note, String actor, Instant now) {
        this.programmeId = programmeId;
        this.number = number;
        this.stage = stage;
        this.label = label;
        this.note = note;
        this.createdBy = actor;
        this.createdAt = now;
    }

    public Long getId() { return id; }
    public Long getProgrammeId() { return programmeId; }
    public int getNumber() { return number; }
    public DraftStage getStage() { return stage; }
    public String getLabel() { return label; }
    public String getNote() { return note; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
}
