package pl.wspolnie.meeting;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A meeting a team plans for its programme: when and where, for whom, how many seats, until when to register. */
@Entity
public class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long programmeId;
    @Enumerated(EnumType.STRING)
    private MeetingKind kind;
    private String topic;
    /** Sector codes of the profile, comma-separated. */
    private String sectors;
    private Instant startsAt;
    private Instant endsAt;
    private String place;
    private String onlineLink;
    private int capacity;
    private String moderator;
    private Instant registrationClosesAt;
    /** The Tasklist group of the team that plans, moderates and records the meeting. */
    private String team;
    @Enumerated(EnumType.STRING)
    private MeetingStatus status;
    private String processInstanceId;
    private Instant createdAt;
    private String createdBy;
    private Instant heldAt;
    @Version
    private long rowVersion;

    protected Meeting() {
    }

    Meeting(Long programmeId, String team, MeetingPlan plan, Instant now, String actor) {
        this.programmeId = programmeId;
        this.team = team;
        this.status = MeetingStatus.PLANNED;
        this.createdAt = now;
        this.createdBy = actor;
        apply(plan);
    }

    void apply(MeetingPlan plan) {
        this.kind = plan.kind();
        this.topic = plan.topic();
        this.sectors = String.join(",", plan.sectors());
        this.startsAt = plan.startsAt();
        this.endsAt = plan.endsAt();
        this.place = plan.place();
        this.onlineLink = plan.onlineLink();
        this.capacity = plan.capacity();
        this.moderator = plan.moderator();
        this.registrationClosesAt = plan.registrationClosesAt();
    }

    void publish() {
        this.status = MeetingStatus.PUBLISHED;
    }

    void held(Instant at) {
        this.status = MeetingStatus.HELD;
        this.heldAt = at;
    }

    void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** Registration is open from publication until the deadline, and never once the meeting is held. */
    public boolean registrationOpen(Instant now) {
        return status == MeetingStatus.PUBLISHED && now.isBefore(registrationClosesAt);
    }

    public Long getId() { return id; }
    public Long getProgrammeId() { return programmeId; }
    public MeetingKind getKind() { return kind; }
    public String getTopic() { return topic; }
    public List<String> getSectors() { return sectors.isEmpty() ? List.of() : Arrays.asList(sectors.split(",")); }
    public Instant getStartsAt() { return startsAt; }
    public Instant getEndsAt() { return endsAt; }
    public String getPlace() { return place; }
    public String getOnlineLink() { return onlineLink; }
    public int getCapacity() { return capacity; }
    public String getModerator() { return moderator; }
    public Instant getRegistrationClosesAt() { return registrationClosesAt; }
    public String getTeam() { return team; }
    public MeetingStatus getStatus() { return status; }
    public String getProcessInstanceId() { return processInstanceId; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public Instant getHeldAt() { return heldAt; }
}
