package pl.wspolnie.publicsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import pl.wspolnie.support.TestDatabase;

/**
 * The public forms' rate limits kept in PostgreSQL (issue #12, "More nodes"): two nodes, each with its own connection
 * pool and limiter, take from one budget per address, also at the same moment. In memory each node had its own, so
 * behind a load balancer with two nodes an address could send twice its limit. PostgreSQL only ({@code postgres-tests}),
 * in a throw-away schema with the table of V13.
 */
class SharedRateLimitsTest {

    private static final RateLimits.Limit THREE_PER_HOUR = new RateLimits.Limit(3, Duration.ofHours(1));

    @Test
    void twoNodesTakeFromOneBudgetPerAddress() throws Exception {
        assumeTrue(TestDatabase.postgres(), "the shared buckets need PostgreSQL (./mvnw test -Ppostgres-tests)");
        String url = env("DB_URL", "jdbc:postgresql://localhost:5432/wspolnie");
        String user = env("DB_USER", "wspolnie");
        String password = env("DB_PASSWORD", "wspolnie");
        String schema = "rl_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection db = DriverManager.getConnection(url, user, password); Statement sql = db.createStatement()) {
            sql.execute("create schema " + schema);
            sql.execute("set search_path to " + schema);
            try (var ddl = getClass().getResourceAsStream("/db/migration/V13__rate_limit_bucket.sql")) {
                sql.execute(new String(ddl.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        try (HikariDataSource poolA = pool(url, user, password, schema); HikariDataSource poolB = pool(url, user, password, schema)) {
            assertThat(SharedBuckets.postgres(poolA)).isTrue();
            RateLimits nodeA = RateLimits.shared("client", THREE_PER_HOUR, new SharedBuckets(poolA, SharedBuckets.TABLE).proxies());
            RateLimits nodeB = RateLimits.shared("client", THREE_PER_HOUR, new SharedBuckets(poolB, SharedBuckets.TABLE).proxies());

            assertThat(nodeA.take("203.0.113.7")).isEmpty();
            assertThat(nodeB.take("203.0.113.7")).isEmpty();
            assertThat(nodeA.take("203.0.113.7")).isEmpty();
            assertThat(nodeB.take("203.0.113.7")).as("the fourth, on the other node").isPresent();
            var refused = nodeA.take("203.0.113.7");
            assertThat(refused).isPresent();
            assertThat(refused.getAsLong()).as("seconds to wait").isBetween(1L, 1200L);
            assertThat(nodeB.take("203.0.113.8")).as("another address has its own budget").isEmpty();

            List<CompletableFuture<Boolean>> atOnce = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                RateLimits node = i % 2 == 0 ? nodeA : nodeB;
                atOnce.add(CompletableFuture.supplyAsync(() -> node.take("198.51.100.1").isEmpty()));
            }
            long allowed = 0;
            for (var taken : atOnce) {
                allowed += taken.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(allowed).as("12 forms at once from one address on two nodes").isEqualTo(3);

            try (Connection db = poolA.getConnection(); Statement sql = db.createStatement();
                 var ids = sql.executeQuery("select id from rate_limit_bucket")) {
                List<String> stored = new ArrayList<>();
                while (ids.next()) {
                    stored.add(ids.getString(1));
                }
                assertThat(stored).hasSize(3).allSatisfy(id -> assertThat(id).matches("[0-9a-f]{64}"));
            }
        } finally {
            try (Connection db = DriverManager.getConnection(url, user, password); Statement sql = db.createStatement()) {
                sql.execute("drop schema " + schema + " cascade");
            }
        }
    }

    private static HikariDataSource pool(String url, String user, String password, String schema) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername(user);
        pool.setPassword(password);
        pool.setSchema(schema);
        pool.setMaximumPoolSize(4);
        return pool;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
