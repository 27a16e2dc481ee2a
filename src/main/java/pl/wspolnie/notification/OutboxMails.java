package pl.wspolnie.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OutboxMails extends JpaRepository<OutboxMail, Long> {

    @Query("select m.id as id, m.attempts as attempts from OutboxMail m "
            + "where m.status = pl.wspolnie.notification.MailStatus.PENDING and m.nextAttemptAt <= ?1 order by m.nextAttemptAt, m.id")
    List<Due> findDue(Instant now, Pageable batch);

    /** A due message and the attempt count it was seen with: the claim succeeds only if nobody moved it since. */
    interface Due {
        Long getId();

        int getAttempts();
    }

    /**
     * Takes a message for one attempt: counts the attempt and moves its next attempt to the end of a lease, so that
     * a sender that dies while sending leaves it to be tried again later rather than stuck.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update OutboxMail m set m.attempts = m.attempts + 1, m.nextAttemptAt = ?3 "
            + "where m.id = ?1 and m.attempts = ?2 and m.status = pl.wspolnie.notification.MailStatus.PENDING")
    int claim(Long id, int seenAttempts, Instant leaseEnd);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update OutboxMail m set m.status = pl.wspolnie.notification.MailStatus.SENT, m.sentAt = ?2 where m.id = ?1")
    int markSent(Long id, Instant sentAt);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update OutboxMail m set m.status = ?2, m.nextAttemptAt = ?3, m.lastError = ?4 where m.id = ?1")
    int markFailedAttempt(Long id, MailStatus status, Instant nextAttemptAt, String lastError);

    Page<OutboxMail> findAllByOrderByIdDesc(Pageable page);

    Page<OutboxMail> findByStatusOrderByIdDesc(MailStatus status, Pageable page);

    Page<OutboxMail> findByRecipientIgnoreCaseOrderByIdDesc(String recipient, Pageable page);

    List<OutboxMail> findByReferenceOrderById(String reference);

    /** Whether the address got one of these kinds since then (the recipient index; receipts store it lower-case). */
    boolean existsByRecipientAndKindInAndCreatedAtAfter(String recipient, java.util.Collection<MailKind> kinds, Instant since);
}
