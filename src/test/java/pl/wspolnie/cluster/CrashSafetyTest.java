package pl.wspolnie.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import pl.wspolnie.support.Http;

/**
 * {@code kill -9} while comments are coming in: one node on PostgreSQL, its consultation open, comments sent over the
 * API from several threads; the JVM is killed (SIGKILL, no shutdown hook runs) in the middle and started again on the
 * same database. Every comment the app acknowledged (2xx) is stored, and the consultation goes on: when its timers
 * run, every stored comment gets its response task.
 */
@Tag("cluster")
class CrashSafetyTest {

    private static final int CLIENTS = 6;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 200;

    @Test
    void everyAcknowledgedCommentSurvivesKill9AndTheConsultationGoesOn() throws Exception {
        String run = "KR-" + UUID.randomUUID().toString().substring(0, 8);
        try (ClusterDatabase db = new ClusterDatabase(); AppNode node = new AppNode("crash-" + run).start()) {
            var cycle = new ClusterCycle(List.of(node));
            var programme = cycle.toOpenConsultation(run);

            List<JsonNode> samples = new ArrayList<>();
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("demo/comments.json")) {
                Http.JSON.readTree(in).forEach(samples::add);
            }
            Set<String> acknowledged = ConcurrentHashMap.newKeySet();
            AtomicInteger next = new AtomicInteger();
            AtomicInteger refused = new AtomicInteger();
            AtomicBoolean killed = new AtomicBoolean();
            CountDownLatch enough = new CountDownLatch(ACKNOWLEDGED_BEFORE_KILL);
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            for (int c = 0; c < CLIENTS; c++) {
                clients.submit(() -> {
                    Http coordinator = node.as("coordinator");
                    while (!killed.get()) {
                        int i = next.getAndIncrement();
                        String ref = run + "-K-" + i;
                        ObjectNode comment = ((ObjectNode) samples.get(i % samples.size())).deepCopy().put("externalRef", ref);
                        try {
                            var sent = coordinator.post(programme.base() + "/consultation/comments", comment);
                            if (sent.status() / 100 == 2) {
                                acknowledged.add(ref);
                                enough.countDown();
                            } else {
                                refused.incrementAndGet();
                            }
                        } catch (RuntimeException connectionLost) {
                            return; // the node is gone: this request was never acknowledged
                        }
                    }
                });
            }
            assertThat(enough.await(3, TimeUnit.MINUTES)).as("comments acknowledged before the kill").isTrue();
            long pid = node.pid();
            int exit = node.kill();
            killed.set(true);
            clients.shutdown();
            assertThat(clients.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
            assertThat(exit).as("exit status of a JVM ended by SIGKILL (128 + 9)").isEqualTo(137);
            int attempted = next.get();

            node.start();
            Set<String> stored = db.commentRefs(programme.id());
            Set<String> lost = new HashSet<>(acknowledged);
            lost.removeAll(stored);
            Set<String> storedUnacknowledged = new HashSet<>(stored);
            storedUnacknowledged.removeAll(acknowledged);
            List<JsonNode> responses = cycle.closeConsultation(programme, stored.size());

            System.out.printf("%n[crash] %s: pid %d killed with SIGKILL (exit %d) while %d clients sent comments; attempted %d, "
                            + "acknowledged: %d, stored: %d, lost: %d; not acknowledged (in flight at the kill): %d, of them "
                            + "stored anyway: %d; refused: %d; after the restart %d response tasks, one per stored comment%n", run,
                    pid, exit, CLIENTS, attempted, acknowledged.size(), stored.size(), lost.size(),
                    attempted - acknowledged.size() - refused.get(), storedUnacknowledged.size(), refused.get(), responses.size());

            assertThat(lost).as("acknowledged comments missing after kill -9").isEmpty();
            assertThat(refused.get()).isZero();
            assertThat(stored).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);
            assertThat(responses).hasSize(stored.size());
        }
    }
}
