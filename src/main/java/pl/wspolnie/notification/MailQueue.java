package pl.wspolnie.notification;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
    /** The receipts of public forms, counted together by {@link #queueReceipt}. */
    static final Set<MailKind> RECEIPTS = EnumSet.of(MailKind.COMMENT_RECEIVED, MailKind.MEETING_REGISTERED, MailKind.MEETING_WAITING);

    private final OutboxMails outbox;
    private final MailAttachments attachments;
    private final MailTemplates templates;
    private final Clock clock;
    private final NotificationProperties properties;
    private final ReceiptAddresses receiptAddresses;

    MailQueue(OutboxMails outbox, MailAttachments attachments, MailTemplates templates, Clock clock,
              NotificationProperties properties, ReceiptAddresses receiptAddresses) {
        this.receiptAddresses = receiptAddresses;
        this.outbox = outbox;
        this.attachments = attachments;
        this.templates = templates;
        this.clock = clock;
        this.properties = properties;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void queue(MailKind kind, String recipient, Map<String, ?> model, Long programmeId, String reference) {
        queue(kind, recipient, model, programmeId, reference, List.of());
    }

    /**
     * A receipt of something a person sent through a public form: at most one per address per
     * {@code wspolnie.mail.receipt-window}, so nobody can flood someone else's mailbox through our forms; a receipt
     * within the window of an earlier one is not written (the submission itself is kept by the caller). Submissions
     * with one address at the same moment take turns on the address's lock, so they too get one receipt.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void queueReceipt(MailKind kind, String recipient, Map<String, ?> model, Long programmeId, String reference, List<MailFile> files) {
        String address = recipient == null ? "" : recipient.strip().toLowerCase(Locale.ROOT);
        Duration window = properties.receiptWindow();
        if (window != null && !window.isNegative() && !window.isZero() && !address.isEmpty()) {
            receiptAddresses.lock(address);
            if (outbox.existsByRecipientAndKindInAndCreatedAtAfter(address, RECEIPTS, clock.instant().minus(window))) {
                log.info("{} mail ({}) not queued: the address had a receipt within the last {}", kind, reference, window);
                return;
            }
        }
        queue(kind, address, model, programmeId, reference, files);
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
