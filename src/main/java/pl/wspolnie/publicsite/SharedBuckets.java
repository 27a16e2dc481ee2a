package pl.wspolnie.publicsite;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rate-limit buckets every node shares: Bucket4j's PostgreSQL proxy manager on the table {@code rate_limit_bucket}
 * (V13), each take a {@code SELECT … FOR UPDATE} of the key's row in a short transaction of its own. A row expires
 * once its bucket would be full again; {@link #removeExpiredIfDue()} deletes such rows now and then.
 */
final class SharedBuckets {

    static final String TABLE = "rate_limit_bucket";
    private static final Logger log = LoggerFactory.getLogger(SharedBuckets.class);
    private static final Duration HOUSEKEEPING = Duration.ofMinutes(10);
    private static final int BATCH = 1000;

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> proxies;
    private final AtomicLong nextHousekeeping = new AtomicLong();

    SharedBuckets(DataSource dataSource, String table) {
        this.proxies = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource).primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table(table).idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build();
    }

    PostgreSQLSelectForUpdateBasedProxyManager<String> proxies() {
        return proxies;
    }

    /** At most once per {@link #HOUSEKEEPING} on this node: deletes the buckets nobody needs any more (full again). */
    void removeExpiredIfDue() {
        long now = System.nanoTime();
        long due = nextHousekeeping.get();
        if ((due != 0 && now - due < 0) || !nextHousekeeping.compareAndSet(due, now + HOUSEKEEPING.toNanos())) {
            return;
        }
        try {
            int removed;
            do {
                removed = proxies.removeExpired(BATCH);
            } while (removed == BATCH);
        } catch (RuntimeException e) {
            log.warn("Expired rate-limit buckets not removed now: {}", e.getMessage());
        }
    }

    /** Whether the application's database is PostgreSQL (where {@code store=auto} shares the buckets). */
    static boolean postgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database the rate limits would use", e);
        }
    }
}
