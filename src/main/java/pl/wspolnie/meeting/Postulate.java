package pl.wspolnie.meeting;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A postulate raised at a meeting by an organisation, and what became of it. */
@Entity
@Table(name = "meeting_postulate")
public class Postulate {

    public static final int MAX_CONTENT = 4000;
    public static final int MAX_CHAPTER = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long meetingId;
    private String organisation;
    private String content;
    @Enumerated(EnumType.STRING)
    private PostulateOutcome outcome;
    private Long proposalId;
    private String chapter;
    private String outcomeNote;
    private Long commentId;
    private Instant createdAt;
    private String createdBy;

    protected Postulate() {
    }

    Postulate(Long meetingId, String organisation, String content, Instant now, String actor) {
        this.meetingId = meetingId;
        this.organisation = organisation;
        this.content = content;
        this.outcome = PostulateOutcome.OPEN;
        this.createdAt = now;
        this.createdBy = actor;
    }

    void becameProposal(Long proposalId) {
        this.outcome = PostulateOutcome.PROPOSAL;
        this.proposalId = proposalId;
    }

    void becameComment(Long commentId, String section) {
        this.outcome = PostulateOutcome.CONSULTATION_COMMENT;
        this.commentId = commentId;
        this.chapter = section;
    }

    void becameRemark(String chapter, String note) {
        this.outcome = PostulateOutcome.CHAPTER_REMARK;
        this.chapter = chapter;
        this.outcomeNote = note;
    }

    public Long getId() { return id; }
    public Long getMeetingId() { return meetingId; }
    public String getOrganisation() { return organisation; }
    public String getContent() { return content; }
    public PostulateOutcome getOutcome() { return outcome; }
    public Long getProposalId() { return proposalId; }
    public String getChapter() { return chapter; }
    public String getOutcomeNote() { return outcomeNote; }
    public Long getCommentId() { return commentId; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
}
