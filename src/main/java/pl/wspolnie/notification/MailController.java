package pl.wspolnie.notification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/** What was sent, or is waiting to be: the outbox, newest first. Coordination team and administrators only. */
@RestController
@RequestMapping("/api/mail")
@Tag(name = "Mail", description = "The e-mail outbox: every message with its status, attempts and last error")
class MailController {

    static final int MAX_PAGE = 100;

    private final OutboxMails outbox;
    private final MailAttachments attachments;
    private final ZoneId zone;

    MailController(OutboxMails outbox, MailAttachments attachments, ZoneId municipalityZone) {
        this.outbox = outbox;
        this.attachments = attachments;
        this.zone = municipalityZone;
    }

    record MailView(Long id, MailKind kind, String recipient, String subject, String body, MailStatus status, int attempts,
                    Instant createdAt, Instant nextAttemptAt, Instant sentAt, String lastError, Long programmeId,
                    String reference, List<AttachmentView> attachments) {
    }

    /** A file sent with a message: its name, media type and size in bytes. */
    record AttachmentView(String fileName, String contentType, int size) {
    }

    record MailPage(int page, int size, long total, List<MailView> items) {
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Messages newest first, 100 a page at most; filter by status (PENDING, SENT, FAILED) or recipient")
    @Transactional(readOnly = true)
    MailPage list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size,
                  @RequestParam(required = false) MailStatus status, @RequestParam(required = false) String recipient) {
        var request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE));
        Page<OutboxMail> found = recipient != null && !recipient.isBlank()
                ? outbox.findByRecipientIgnoreCaseOrderByIdDesc(recipient.strip(), request)
                : status != null ? outbox.findByStatusOrderByIdDesc(status, request) : outbox.findAllByOrderByIdDesc(request);
        return new MailPage(request.getPageNumber(), request.getPageSize(), found.getTotalElements(),
                views(found.getContent()));
    }

    /** The same list as a page a browser shows (the demo's mail viewer). */
    @GetMapping(produces = MediaType.TEXT_HTML_VALUE)
    @Transactional(readOnly = true)
    String page(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size,
                @RequestParam(required = false) MailStatus status, @RequestParam(required = false) String recipient) {
        MailPage mails = list(page, size, status, recipient);
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html><html lang="pl"><head><meta charset="utf-8"><title>Wysłane wiadomości – Wspólnie</title>
                <style>body{font-family:sans-serif;margin:2em}article{border-top:1px solid #ccc;padding:.5em 0}
                pre{white-space:pre-wrap;background:#f6f6f6;padding:.5em}.meta{color:#555;font-size:90%}</style></head><body>
                """);
        html.append("<h1>Wiadomości e-mail</h1><p>").append(mails.total()).append(" w skrzynce nadawczej, strona ")
                .append(mails.page() + 1).append(". Filtr: <a href=\"?status=SENT\">wysłane</a> · <a href=\"?status=PENDING\">")
                .append("oczekujące</a> · <a href=\"?status=FAILED\">nieudane</a> · <a href=\"?\">wszystkie</a></p>");
        for (MailView m : mails.items()) {
            html.append("<article><h2>").append(esc(m.subject())).append("</h2><p class=\"meta\">do ").append(esc(m.recipient()))
                    .append(" · ").append(m.kind()).append(" · ").append(m.status())
                    .append(m.sentAt() != null ? " " + MailTemplates.dayTime(m.sentAt(), zone) : "")
                    .append(" · prób: ").append(m.attempts())
                    .append(m.lastError() != null ? " · ostatni błąd: " + esc(m.lastError()) : "")
                    .append(m.attachments().isEmpty() ? "" : " · załączniki: " + esc(m.attachments().stream()
                            .map(a -> a.fileName() + " (" + a.contentType() + ")").reduce((a, b) -> a + ", " + b).orElse("")))
                    .append("</p><pre>").append(esc(m.body())).append("</pre></article>");
        }
        return html.append("</body></html>").toString();
    }

    private static String esc(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private List<MailView> views(List<OutboxMail> mails) {
        var files = attachments.findByMailIdInOrderByMailIdAscPositionAsc(mails.stream().map(OutboxMail::getId).toList());
        return mails.stream().map(m -> view(m, files.stream().filter(f -> f.getMailId().equals(m.getId()))
                .map(f -> new AttachmentView(f.getFileName(), f.getContentType(), f.size())).toList())).toList();
    }

    private static MailView view(OutboxMail m, List<AttachmentView> files) {
        return new MailView(m.getId(), m.getKind(), m.getRecipient(), m.getSubject(), m.getBody(), m.getStatus(),
                m.getAttempts(), m.getCreatedAt(), m.getNextAttemptAt(), m.getSentAt(), m.getLastError(), m.getProgrammeId(),
                m.getReference(), files);
    }
}
