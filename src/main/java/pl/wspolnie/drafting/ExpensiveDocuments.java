package pl.wspolnie.drafting;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * At most {@code wspolnie.drafting.expensive-documents} documents that take seconds each (a PDF made by LibreOffice,
 * a redline comparison of two versions) are made at once on this node; a request beyond that waits at most
 * {@code wspolnie.drafting.expensive-documents-wait} and is then refused with 503, {@code Retry-After} and the
 * document named, so nobody can queue an unlimited number of them and hold the node's request threads.
 */
@Component
class ExpensiveDocuments {

    private final Semaphore permits;
    private final Duration wait;

    @org.springframework.beans.factory.annotation.Autowired
    ExpensiveDocuments(DraftingProperties properties) {
        this(properties.expensiveDocuments(), properties.expensiveDocumentsWait());
    }

    ExpensiveDocuments(int concurrency, Duration wait) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("wspolnie.drafting.expensive-documents must be at least 1, was " + concurrency);
        }
        this.permits = new Semaphore(concurrency, true);
        this.wait = wait;
    }

    /** Makes {@code document} (its Polish name, for the refusal) unless the node is already making enough of them. */
    <T> T make(String document, Supplier<T> work) {
        try {
            if (!permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new Busy(document);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy(document);
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }

    /** 503 with Retry-After: the document can be asked for again shortly. */
    static final class Busy extends ResponseStatusException {

        static final int RETRY_AFTER_SECONDS = 15;

        Busy(String document) {
            super(HttpStatus.SERVICE_UNAVAILABLE, "Serwer przygotowuje teraz inne dokumenty, więc nie utworzył: " + document
                    + ". Spróbuj ponownie za chwilę.");
        }

        @Override
        public HttpHeaders getHeaders() {
            HttpHeaders headers = new HttpHeaders();
            headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
            return headers;
        }
    }
}
