package pl.wspolnie.notification;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Renders a message and writes it to the outbox in the caller's transaction, so it exists exactly when the change
 * it reports commits. Nothing here talks to the SMTP server, and a message that cannot be rendered or addressed is
 * logged and dropped rather than failing the business change.
 */
@Component
class MailQueue {

    private static final Logger log = LoggerFactory.getLogger(MailQueue.class);

    private final OutboxMails outbox;
    private final MailAttachments attachments;
    private final MailTemplates templates;
    private final Clock clock;

    MailQueue(OutboxMails outbox, MailAttachments attachments, MailTemplates templates, Clock clock) {
        this.outbox = outbox;
        this.attachments = attachments;
        this.templates = templates;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void queue(MailKind kind, String recipient, Map<String, ?> model, Long programmeId, String reference) {
        queue(kind, recipient, model, programmeId, reference, List.of());
    }

    /** As above, with files sent with the message (kept in the outbox with it). */
    @Transactional(propagation = Propagation.MANDATORY)
    void queue(MailKind kind, String recipient, Map<String, ?> model, Long programmeId, String reference, List<MailFile> files) {
        String address = recipient == null ? "" : recipient.strip();
        Letter letter;
        try {
            new InternetAddress(address, true).validate();
            letter = templates.render(kind, model);
        } catch (AddressException e) {
            log.warn("{} mail ({}) not queued: '{}' is not an e-mail address", kind, reference, address);
            return;
        } catch (RuntimeException e) {
            log.error("{} mail ({}) to {} not queued: the template failed", kind, reference, address, e);
            return;
        }
        OutboxMail mail = outbox.save(new OutboxMail(kind, address, letter, programmeId, reference, clock.instant()));
        for (int i = 0; i < files.size(); i++) {
            attachments.save(new MailAttachment(mail.getId(), i, files.get(i)));
        }
    }
}
