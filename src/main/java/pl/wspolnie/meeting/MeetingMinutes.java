package pl.wspolnie.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The minutes (notatka) of a meeting: one file, replaced when uploaded again. */
@Entity
@Table(name = "meeting_minutes")
class MeetingMinutes {

    /** The largest minutes file taken (bytes). */
    static final int MAX_BYTES = 5 * 1024 * 1024;

    @Id
    private Long meetingId;
    private String fileName;
    private String contentType;
    private int sizeBytes;
    @Column(name = "content")
    private byte[] content;
    private Instant uploadedAt;
    private String uploadedBy;

    protected MeetingMinutes() {
    }

    MeetingMinutes(Long meetingId) {
        this.meetingId = meetingId;
    }

    void replace(String fileName, String contentType, byte[] content, Instant now, String actor) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content.clone();
        this.sizeBytes = content.length;
        this.uploadedAt = now;
        this.uploadedBy = actor;
    }

    Long getMeetingId() { return meetingId; }
    String getFileName() { return fileName; }
    String getContentType() { return contentType; }
    int getSizeBytes() { return sizeBytes; }
    byte[] getContent() { return content.clone(); }
    Instant getUploadedAt() { return uploadedAt; }
    String getUploadedBy() { return uploadedBy; }
}
