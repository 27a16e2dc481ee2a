package pl.wspolnie.meeting;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One person present at a held meeting: a registration marked present, or a walk-in (no registration). */
@Entity
@Table(name = "meeting_attendance")
public class Attendance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long meetingId;
    private Long registrationId;
    private String organisation;
    private String person;
    private Instant recordedAt;
    private String recordedBy;

    protected Attendance() {
    }

    Attendance(Long meetingId, Long registrationId, String organisation, String person, Instant now, String actor) {
        this.meetingId = meetingId;
        this.registrationId = registrationId;
        this.organisation = organisation;
        this.person = person;
        this.recordedAt = now;
        this.recordedBy = actor;
    }

    public Long getId() { return id; }
    public Long getMeetingId() { return meetingId; }
    public Long getRegistrationId() { return registrationId; }
    public String getOrganisation() { return organisation; }
    public String getPerson() { return person; }
    public Instant getRecordedAt() { return recordedAt; }
    public String getRecordedBy() { return recordedBy; }
}
