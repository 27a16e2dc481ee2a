package pl.wspolnie.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One message to one recipient, written in the transaction of the change it reports and sent after commit by
 * {@link OutboxSender}. Rows are kept once sent: the outbox is the record of what was sent to whom.
 */
@Entity
@Table(name = "mail_outbox")
class OutboxMail {

    static final int MAX_ERROR = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private MailKind kind;
    private String recipient;
    private String subject;
    private String body;
    private Long programmeId;
    private String reference;
    @Enumerated(EnumType.STRING)
    private MailStatus status;
    private int attempts;
    private Instant nextAttemptAt;
    private String lastError;
    private Instant createdAt;
    private Instant sentAt;

    protected OutboxMail() {
    }

    OutboxMail(MailKind kind, String recipient, Letter letter, Long programmeId, String reference, Instant now) {
        this.kind = kind;
        this.recipient = recipient;
        this.subject = letter.subject();
        this.body = letter.body();
        this.programmeId = programmeId;
        this.reference = reference;
        this.status = MailStatus.PENDING;
        this.attempts = 0;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    Long getId() { return id; }
    MailKind getKind() { return kind; }
    String getRecipient() { return recipient; }
    String getSubject() { return subject; }
    String getBody() { return body; }
    Long getProgrammeId() { return programmeId; }
    String getReference() { return reference; }
    MailStatus getStatus() { return status; }
    int getAttempts() { return attempts; }
    Instant getNextAttemptAt() { return nextAttemptAt; }
    String getLastError() { return lastError; }
    Instant getCreatedAt() { return createdAt; }
    Instant getSentAt() { return sentAt; }
}
