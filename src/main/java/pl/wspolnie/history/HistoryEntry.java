package pl.wspolnie.history;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One attributed change: who did what to which record of a programme, and when. Never updated. */
@Entity
@Table(name = "history_entry")
public class HistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long programmeId;
    private String entityType;
    private Long entityId;
    private String action;
    private String actor;
    private Instant at;
    private String detail;

    protected HistoryEntry() {
    }

    HistoryEntry(Long programmeId, String entityType, Long entityId, String action, String actor, Instant at, String detail) {
        this.programmeId = programmeId;
        this.entityType = entityType;
        this.entityId = entityId;
        this.action = action;
        this.actor = actor;
        this.at = at;
        this.detail = detail;
    }

    public Long getId() { return id; }
    public Long getProgrammeId() { return programmeId; }
    public String getEntityType() { return entityType; }
    public Long getEntityId() { return entityId; }
    public String getAction() { return action; }
    public String getActor() { return actor; }
    public Instant getAt() { return at; }
    public String getDetail() { return detail; }
}
