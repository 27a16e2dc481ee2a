package pl.wspolnie.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** When a team last got its digest of new tasks. */
@Entity
@Table(name = "team_digest")
class TeamDigest {

    @Id
    private String groupId;
    private Instant lastSentAt;

    protected TeamDigest() {
    }

    TeamDigest(String groupId, Instant sentAt) {
        this.groupId = groupId;
        this.lastSentAt = sentAt;
    }

    void sent(Instant now) {
        this.lastSentAt = now;
    }

    String getGroupId() { return groupId; }
    Instant getLastSentAt() { return lastSentAt; }
}
