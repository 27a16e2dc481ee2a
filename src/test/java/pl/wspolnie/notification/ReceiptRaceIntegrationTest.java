package pl.wspolnie.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import pl.wspolnie.support.WebIntegrationTest;

/**
 * Two public-form submissions with one address at the same moment (issue #12: "at most one receipt per address per
 * window"): the second's receipt check runs while the first's receipt is written but not yet committed. Without the
 * address's lock it saw no receipt and queued a second one; now it waits for the first transaction and queues none.
 */
@WebIntegrationTest
class ReceiptRaceIntegrationTest {

    @Autowired
    MailQueue queue;
    @Autowired
    OutboxMails outbox;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void submissionsAtTheSameMomentGetOneReceipt() throws Exception {
        String address = "rownoczesnie-" + System.nanoTime() + "@laka.example.org";
        TransactionTemplate tx = new TransactionTemplate(transactions);
        CountDownLatch firstQueued = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);

        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> tx.executeWithoutResult(status -> {
            receipt(address, "first");
            firstQueued.countDown();
            await(releaseFirst);
        }));
        assertThat(firstQueued.await(30, TimeUnit.SECONDS)).as("first receipt queued").isTrue();
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> tx.executeWithoutResult(status -> receipt(address, "second")));
        // the second waits for the first's transaction (bounded: it must still be waiting after a short while)
        assertThat(second).as("second check waits for the first transaction").isNotDone();
        releaseFirst.countDown();
        first.get(30, TimeUnit.SECONDS);
        second.get(30, TimeUnit.SECONDS);

        List<OutboxMail> sent = outbox.findByRecipientIgnoreCaseOrderByIdDesc(address, PageRequest.of(0, 10)).getContent();
        assertThat(sent).extracting(OutboxMail::getReference).containsExactly("comment:first");
    }

    private void receipt(String address, String reference) {
        Map<String, Object> model = Map.of("externalRef", reference, "programmeTitle", "Program współpracy na rok 2027",
                "round", 1, "organisation", "Stowarzyszenie Łąka", "section", "§ 2", "receivedAt", "30.11.2026, 12:00",
                "lastDay", "14.12.2026", "municipality", "Gmina Miejska Kraków");
        queue.queueReceipt(MailKind.COMMENT_RECEIVED, address, model, null, "comment:" + reference, List.of());
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
