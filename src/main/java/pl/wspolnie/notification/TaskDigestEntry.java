package pl.wspolnie.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A new user task of a team (candidate group), waiting for the team's next digest. */
@Entity
@Table(name = "task_digest_entry")
class TaskDigestEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String groupId;
    private String taskId;
    private String taskName;
    private Instant createdAt;
    private Instant digestedAt;

    protected TaskDigestEntry() {
    }

    TaskDigestEntry(String groupId, String taskId, String taskName, Instant now) {
        this.groupId = groupId;
        this.taskId = taskId;
        this.taskName = taskName == null || taskName.length() <= 500 ? taskName : taskName.substring(0, 500);
        this.createdAt = now;
    }

    void digested(Instant now) {
        this.digestedAt = now;
    }

    Long getId() { return id; }
    String getGroupId() { return groupId; }
    String getTaskId() { return taskId; }
    String getTaskName() { return taskName; }
    Instant getCreatedAt() { return createdAt; }
    Instant getDigestedAt() { return digestedAt; }
}
