package pl.wspolnie.shared;

import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Runs a submission keyed by an idempotency reference ({@code externalRef}) outside its transaction: when a
 * concurrent repeat of the same reference got in first, the unique key refuses ours (or the database gives up
 * waiting for the first one's lock) and a later run, each in a new transaction, finds and answers with the first.
 * The first may still be committing (a slow process start, a loaded machine), so the runs are repeated a bounded
 * number of times with a growing pause before the refusal is passed on. Must be called where no transaction is
 * open (controllers).
 */
public final class Idempotent {

    private static final Logger log = LoggerFactory.getLogger(Idempotent.class);

    /** Attempts in all; the pauses between them add up to about 6 s. */
    static final int ATTEMPTS = 7;
    private static final long FIRST_PAUSE_MS = 50;

    private Idempotent() {
    }

    public static <T> T submit(Supplier<T> submission) {
        for (int attempt = 1; ; attempt++) {
            try {
                return submission.get();
            } catch (DataIntegrityViolationException | ConcurrencyFailureException concurrentRepeat) {
                if (attempt == ATTEMPTS) {
                    throw concurrentRepeat;
                }
                log.debug("Submission met a concurrent repeat (attempt {}): {}", attempt, concurrentRepeat.getMessage());
                pause(FIRST_PAUSE_MS << (attempt - 1));
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConcurrencyFailureException("interrupted while waiting for a concurrent repeat", e);
        }
    }
}
