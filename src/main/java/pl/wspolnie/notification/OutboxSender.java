package pl.wspolnie.notification;

import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.ClassUtils;

/**
 * Sends due outbox messages after the business transactions that wrote them have committed. For each message: take
 * it in a short transaction of its own (a conditional update on status and attempt count, so two runs never send
 * the same message twice), talk to the SMTP server outside any transaction, then record the outcome in another
 * one: SENT with the time, or the error with the next attempt after a doubling backoff, or FAILED after the last
 * attempt. A sender that dies mid-way leaves the message to be retried when its lease ends (at-least-once).
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    /**
     * Jakarta Mail looks its stream provider up with a ServiceLoader scan of the class path for every header it
     * encodes or decodes (a dozen per message); in the packaged jar that scan opens nested jars and took 40% of the
     * sender's CPU in a whole cycle (README "Benchmark"). Naming the one implementation on the class path (Angus Mail)
     * makes the lookup a loaded-class lookup. A property set by the operator wins.
     */
    static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    static {
        String angus = "org.eclipse.angus.mail.util.MailStreamProvider";
        if (System.getProperty(STREAM_PROVIDER) == null && ClassUtils.isPresent(angus, OutboxSender.class.getClassLoader())) {
            System.setProperty(STREAM_PROVIDER, angus);
        }
    }

    private final OutboxMails outbox;
    private final MailAttachments attachments;
    private final JavaMailSender mailSender;
    private final NotificationProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;

    OutboxSender(OutboxMails outbox, MailAttachments attachments, JavaMailSender mailSender, NotificationProperties properties,
                 PlatformTransactionManager transactionManager, Clock clock) {
        this.outbox = outbox;
        this.attachments = attachments;
        this.mailSender = mailSender;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactionManager);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Sends the messages due now; returns how many the SMTP server accepted. */
    int sendDue() {
        return sendDue(clock.instant());
    }

    /**
     * As {@link #sendDue()}, for messages due at {@code now} (tests look ahead past a backoff with it). Works through
     * the backlog a batch at a time; every message it tries leaves the due set (sent, or due again only after its
     * backoff), and messages written after {@code now} wait for the next run, so a run always ends.
     */
    int sendDue(Instant now) {
        int sent = 0;
        List<OutboxMails.Due> due;
        do {
            due = transaction.execute(s -> outbox.findDue(now, PageRequest.of(0, properties.batchSize())));
            for (OutboxMails.Due candidate : due) {
                if (send(candidate, now)) {
                    sent++;
                }
            }
        } while (due.size() == properties.batchSize());
        return sent;
    }

    private boolean send(OutboxMails.Due candidate, Instant now) {
        Long id = candidate.getId();
        OutboxMail mail = transaction.execute(s -> outbox.claim(id, candidate.getAttempts(), now.plus(properties.sendLease())) == 1
                ? outbox.findById(id).orElse(null) : null);
        if (mail == null) {
            return false;
        }
        try {
            mailSender.send(message(mail));
        } catch (Exception e) {
            failed(mail, now, e);
            return false;
        }
        transaction.executeWithoutResult(s -> outbox.markSent(id, clock.instant()));
        return true;
    }

    private MimeMessage message(OutboxMail mail) throws Exception {
        MimeMessage message = mailSender.createMimeMessage();
        List<MailAttachment> files = transaction.execute(s -> attachments.findByMailIdOrderByPosition(mail.getId()));
        MimeMessageHelper helper = new MimeMessageHelper(message, !files.isEmpty(), "UTF-8");
        helper.setFrom(properties.from(), properties.fromName());
        helper.setTo(mail.getRecipient());
        helper.setSubject(mail.getSubject());
        helper.setText(mail.getBody(), false);
        for (MailAttachment file : files) {
            helper.addAttachment(file.getFileName(), new ByteArrayResource(file.getContent()), file.getContentType());
        }
        helper.setSentDate(java.util.Date.from(clock.instant()));
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setHeader("X-Wspolnie-Outbox-Id", String.valueOf(mail.getId()));
        return message;
    }

    private void failed(OutboxMail mail, Instant now, Exception e) {
        int attempts = mail.getAttempts();
        boolean giveUp = attempts >= properties.maxAttempts();
        Instant next = giveUp ? now : now.plus(NotificationProperties.backoff(attempts, properties.retryBackoff(),
                properties.retryBackoffMax()));
        String error = describe(e);
        transaction.executeWithoutResult(s -> outbox.markFailedAttempt(mail.getId(),
                giveUp ? MailStatus.FAILED : MailStatus.PENDING, next, error));
        if (giveUp) {
            log.error("Mail {} to {} failed {} times, giving up: {}", mail.getId(), mail.getRecipient(), attempts, error);
        } else {
            log.warn("Mail {} to {} failed (attempt {}), next attempt at {}: {}", mail.getId(), mail.getRecipient(), attempts,
                    next, error);
        }
    }

    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder(e.getClass().getSimpleName() + ": " + e.getMessage());
        Throwable cause = e.getCause();
        for (int depth = 0; cause != null && cause != e && depth < 3; depth++, cause = cause.getCause()) {
            text.append(" / ").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
        }
        return text.length() > OutboxMail.MAX_ERROR ? text.substring(0, OutboxMail.MAX_ERROR) : text.toString();
    }
}
