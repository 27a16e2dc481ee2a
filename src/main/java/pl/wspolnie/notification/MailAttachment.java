package pl.wspolnie.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file sent with an outbox message (e.g. the calendar file of a meeting registration), kept with it. */
@Entity
@Table(name = "mail_attachment")
class MailAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long mailId;
    private int position;
    private String fileName;
    private String contentType;
    @Column(name = "content")
    private byte[] content;

    protected MailAttachment() {
    }

    MailAttachment(Long mailId, int position, MailFile file) {
        this.mailId = mailId;
        this.position = position;
        this.fileName = file.fileName();
        this.contentType = file.contentType();
        this.content = file.bytes().clone();
    }

    Long getMailId() { return mailId; }
    String getFileName() { return fileName; }
    String getContentType() { return contentType; }
    byte[] getContent() { return content.clone(); }
    int size() { return content.length; }
}
