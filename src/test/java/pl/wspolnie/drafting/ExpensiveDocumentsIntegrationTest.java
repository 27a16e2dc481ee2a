package pl.wspolnie.drafting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import pl.wspolnie.support.Http;
import pl.wspolnie.support.WebIntegrationTest;

/**
 * Nobody can queue unlimited PDFs or version comparisons on a node: beyond the configured number at once, a request
 * waits briefly and is refused with 503, Retry-After and the document named; a freed place is taken again.
 */
@WebIntegrationTest
class ExpensiveDocumentsIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    ExpensiveDocuments expensive;

    @Test
    void beyondTheLimitAComparisonIsRefusedWith503NamingItAndTakenOnceAPlaceIsFree() throws Exception {
        CountDownLatch started = new CountDownLatch(2);
        CountDownLatch finish = new CountDownLatch(1);
        // the configured two places, held by two documents still being made
        ExecutorService threads = Executors.newFixedThreadPool(2);
        var holders = IntStream.range(0, 2).mapToObj(i -> CompletableFuture.runAsync(() ->
                expensive.make("dokument " + i, () -> {
                    started.countDown();
                    return await(finish);
                }), threads)).toList();
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        Http coordinator = new Http(port, "coordinator");
        try {
            Http.Response busy = coordinator.get("/api/programmes/987654321/drafts/compare?from=1&to=2");
            assertThat(busy.status()).isEqualTo(503);
            assertThat(busy.contentType()).startsWith("application/problem+json");
            assertThat(busy.body().get("detail").asText()).contains("porównanie wersji 1 i 2", "Spróbuj ponownie za chwilę");
        } finally {
            finish.countDown();
        }
        CompletableFuture.allOf(holders.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
        threads.shutdown();

        assertThat(coordinator.get("/api/programmes/987654321/drafts/compare?from=1&to=2").status())
                .as("made (here: the programme is not found) once a place is free").isEqualTo(404);
    }

    @Test
    void theRefusalSaysWhenToTryAgain() {
        ExpensiveDocuments one = new ExpensiveDocuments(1, Duration.ZERO);
        assertThatThrownBy(() -> one.make("PDF dokumentu Projekt.docx", () -> one.make("PDF dokumentu Raport.docx", () -> "x")))
                .isInstanceOfSatisfying(ExpensiveDocuments.Busy.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
                    assertThat(e.getReason()).contains("PDF dokumentu Raport.docx");
                    assertThat(e.getHeaders().getFirst("Retry-After")).isEqualTo(String.valueOf(ExpensiveDocuments.Busy.RETRY_AFTER_SECONDS));
                });
        assertThat(one.make("PDF dokumentu Raport.docx", () -> "zrobiony")).as("the place was given back").isEqualTo("zrobiony");
    }

    private static Object await(CountDownLatch latch) {
        try {
            return latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
