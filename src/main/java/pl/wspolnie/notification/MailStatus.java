package pl.wspolnie.notification;

/** Where a message in the outbox stands. */
enum MailStatus {
    /** Waiting for its (next) attempt at {@code nextAttemptAt}. */
    PENDING,
    /** Accepted by the SMTP server. */
    SENT,
    /** Given up after the configured number of attempts; {@code lastError} says why. */
    FAILED
}
