package pl.wspolnie.text;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** An accepted comment that needed no change of the text, with the reason. */
@Entity
class CommentNoEdit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long programmeId;
    private String commentRef;
    private String reason;
    private String recordedBy;
    private Instant recordedAt;

    protected CommentNoEdit() {
    }

    CommentNoEdit(Long programmeId, String commentRef, String reason, String recordedBy, Instant recordedAt) {
        this.programmeId = programmeId;
        this.commentRef = commentRef;
        this.reason = reason;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    void change(String newReason, String actor, Instant now) {
        this.reason = newReason;
        this.recordedBy = actor;
        this.recordedAt = now;
    }

    String getCommentRef() { return commentRef; }
    String getReason() { return reason; }
    String getRecordedBy() { return recordedBy; }
}
