package pl.wspolnie.shared;

import java.util.function.Supplier;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Runs a submission keyed by an idempotency reference ({@code externalRef}) outside its transaction: when a
 * concurrent repeat of the same reference got in first, the unique key refuses ours and a second run, in a new
 * transaction, finds and answers with the first. Must be called where no transaction is open (controllers).
 */
public final class Idempotent {

    private Idempotent() {
    }

    public static <T> T submit(Supplier<T> submission) {
        try {
            return submission.get();
        } catch (DataIntegrityViolationException | ConcurrencyFailureException concurrentRepeat) {
            return submission.get();
        }
    }
}
