package pl.wspolnie.publicsite;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.OptionalLong;
import java.util.function.Function;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Token buckets (Bucket4j) of one kind of key, e.g. client addresses: each key may send {@code capacity} forms, and
 * gets them back evenly over {@code period}. Buckets live in a Caffeine cache bounded by {@code maxKeys} and dropped
 * once unused for a whole period (by then they would be full again), so many addresses cannot fill the memory; under
 * such a flood the least used buckets are forgotten first. That is per node; {@link #shared} keeps the buckets in the
 * database instead (Bucket4j's PostgreSQL proxy manager, table {@code rate_limit_bucket}), one budget for all nodes.
 */
final class RateLimits {

    /**
     * {@code wspolnie.public-site.rate-limit.*}: one limit per client address, one per e-mail address.
     *
     * @param enabled   off switch
     * @param perClient forms one client address may send
     * @param perEmail  forms one e-mail address typed in a form may send (case and blanks ignored)
     * @param maxKeys   addresses tracked at most per kind in memory (least used forgotten first)
     * @param store     where the buckets are: {@code memory} (per node), {@code database} (PostgreSQL, shared by the
     *                  nodes), {@code auto} (the database when it is PostgreSQL, else memory)
     */
    @Validated
    @ConfigurationProperties("wspolnie.public-site.rate-limit")
    record Settings(@DefaultValue("true") boolean enabled,
                    @NestedConfigurationProperty @Valid @NotNull Limit perClient,
                    @NestedConfigurationProperty @Valid @NotNull Limit perEmail,
                    @DefaultValue("100000") @Positive int maxKeys,
                    @DefaultValue("auto") @NotNull Store store) {
    }

    /** Where the buckets live. */
    enum Store {
        AUTO, MEMORY, DATABASE
    }

    /**
     * @param capacity forms a key may send at once
     * @param period   over which they are regained evenly
     */
    record Limit(@Positive long capacity, @NotNull @DurationMin(millis = 1) Duration period) {
    }

    private final Cache<String, Bucket> memory;
    private final Function<String, Bucket> buckets;

    /** Buckets in this node's memory. */
    RateLimits(Limit limit, int maxKeys) {
        configuration(limit);
        this.memory = Caffeine.newBuilder().maximumSize(maxKeys).expireAfterAccess(limit.period())
                .executor(Runnable::run).build();
        this.buckets = key -> memory.get(key, k -> Bucket.builder()
                .addLimit(l -> l.capacity(limit.capacity()).refillGreedy(limit.capacity(), limit.period())).build());
    }

    private RateLimits(Function<String, Bucket> buckets) {
        this.memory = null;
        this.buckets = buckets;
    }

    /**
     * Buckets kept by {@code proxies} (the database), so every node takes from one budget per key. The key is stored
     * as a SHA-256 of {@code kind} and the key: no e-mail or client address in the table.
     */
    static RateLimits shared(String kind, Limit limit, ProxyManager<String> proxies) {
        BucketConfiguration configuration = configuration(limit);
        return new RateLimits(key -> proxies.builder().build(digest(kind + ":" + key), () -> configuration));
    }

    private static BucketConfiguration configuration(Limit limit) {
        if (limit.capacity() < 1 || limit.period() == null || limit.period().isNegative() || limit.period().isZero()) {
            throw new IllegalArgumentException("A rate limit needs a capacity of at least 1 and a positive period: " + limit);
        }
        return BucketConfiguration.builder()
                .addLimit(l -> l.capacity(limit.capacity()).refillGreedy(limit.capacity(), limit.period())).build();
    }

    private static String digest(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Takes one form from the key's bucket; empty when allowed, else the seconds until the next one is allowed. */
    OptionalLong take(String key) {
        Bucket bucket = buckets.apply(key);
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        long nanos = probe.getNanosToWaitForRefill();
        return OptionalLong.of(Math.max(1, nanos / 1_000_000_000 + (nanos % 1_000_000_000 == 0 ? 0 : 1)));
    }

    /** How many keys are tracked in memory now (for tests and metrics); 0 when shared. */
    long size() {
        if (memory == null) {
            return 0;
        }
        memory.cleanUp();
        return memory.estimatedSize();
    }
}
