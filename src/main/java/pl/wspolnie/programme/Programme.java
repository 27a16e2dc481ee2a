package pl.wspolnie.programme;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

/** One drafting cycle of a programme of cooperation (program współpracy), annual or multi-year. */
@Entity
public class Programme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private ProgrammeKind kind;
    private int firstYear;
    private int lastYear;
    private String title;
    @Enumerated(EnumType.STRING)
    private Stage stage;
    private int round;
    @Embedded
    private Calendar calendar;
    private String processInstanceId;
    private Instant createdAt;
    private String createdBy;
    private Instant updatedAt;
    private String updatedBy;
    @Version
    private long version;

    protected Programme() {
    }

    Programme(ProgrammeKind kind, int firstYear, int lastYear, String title, Calendar calendar, String actor, Instant now) {
        this.kind = kind;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.title = title;
        this.calendar = calendar;
        this.stage = Stage.CALL_FOR_PROPOSALS;
        this.round = 1;
        this.createdAt = now;
        this.createdBy = actor;
        touch(actor, now);
    }

    void moveTo(Stage next, String actor, Instant now) {
        this.stage = next;
        touch(actor, now);
    }

    /** The coordination team moved the consultation's start before it opened: the later dates follow. */
    void replan(Calendar next, String actor, Instant now) {
        this.calendar = next;
        touch(actor, now);
    }

    void nextRound(String actor, Instant now) {
        this.round++;
        touch(actor, now);
    }

    /** A programme belongs to the one process started for it; another instance naming it is refused. */
    void attachProcess(String processInstanceId) {
        if (this.processInstanceId != null && !this.processInstanceId.equals(processInstanceId)) {
            throw new pl.wspolnie.shared.ConflictException("The programme " + id + " already has its process");
        }
        this.processInstanceId = processInstanceId;
    }

    private void touch(String actor, Instant now) {
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    public Long getId() { return id; }
    public ProgrammeKind getKind() { return kind; }
    public int getFirstYear() { return firstYear; }
    public int getLastYear() { return lastYear; }
    public String getTitle() { return title; }
    public Stage getStage() { return stage; }
    public int getRound() { return round; }
    public Calendar getCalendar() { return calendar; }
    public String getProcessInstanceId() { return processInstanceId; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getUpdatedBy() { return updatedBy; }
}
