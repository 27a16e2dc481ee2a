package pl.wspolnie.drafting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Version n of the programme's draft, made at a stage that is due a document: the DOCX, its SHA-256 and size, and
 * the JSON snapshot of the data it was made from. Immutable: written once, in the transaction that records it.
 */
@Entity
@Immutable
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
    @Column(updatable = false)
    private byte[] content;
    private String contentType;
    private Long sizeBytes;
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 64)
    private String sha256;
    private String snapshot;

    protected DraftVersion() {
    }

    DraftVersion(Long programmeId, int number, DraftStage stage, String note, String actor, Instant now,
                 String snapshot, byte[] content, String contentType) {
        this.programmeId = programmeId;
        this.number = number;
        this.stage = stage;
        this.label = stage.label();
        this.note = note;
        this.createdBy = actor;
        this.createdAt = now;
        this.snapshot = snapshot;
        this.content = content.clone();
        this.contentType = contentType;
        this.sizeBytes = (long) content.length;
        this.sha256 = SnapshotJson.sha256(content);
    }

    public Long getId() { return id; }
    public Long getProgrammeId() { return programmeId; }
    public int getNumber() { return number; }
    public DraftStage getStage() { return stage; }
    public String getLabel() { return label; }
    public String getNote() { return note; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public String getContentType() { return contentType; }
    public Long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }

    /** A copy of the document's bytes; null for versions recorded before documents were generated. */
    public byte[] getContent() { return content == null ? null : content.clone(); }

    /** The snapshot JSON the document was made from; null for versions recorded before documents were generated. */
    public String getSnapshot() { return snapshot; }

    public boolean hasDocument() { return content != null; }
}
