package pl.wspolnie.publicsite;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.util.OptionalLong;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Token buckets (Bucket4j) of one kind of key, e.g. client addresses: each key may send {@code capacity} forms, and
 * gets them back evenly over {@code period}. Buckets live in a Caffeine cache bounded by {@code maxKeys} and dropped
 * once unused for a whole period (by then they would be full again), so many addresses cannot fill the memory; under
 * such a flood the least used buckets are forgotten first. Per node: behind a load balancer each node counts its own.
 */
final class RateLimits {

    /**
     * {@code wspolnie.public-site.rate-limit.*}: one limit per client address, one per e-mail address.
     *
     * @param enabled   off switch
     * @param perClient forms one client address may send
     * @param perEmail  forms one e-mail address typed in a form may send (case and blanks ignored)
     * @param maxKeys   addresses tracked at most per kind (least used forgotten first)
     */
    @Validated
    @ConfigurationProperties("wspolnie.public-site.rate-limit")
    record Settings(@DefaultValue("true") boolean enabled,
                    @NestedConfigurationProperty @Valid @NotNull Limit perClient,
                    @NestedConfigurationProperty @Valid @NotNull Limit perEmail,
                    @DefaultValue("100000") @Positive int maxKeys) {
    }

    /**
     * @param capacity forms a key may send at once
     * @param period   over which they are regained evenly
     */
    record Limit(@Positive long capacity, @NotNull @DurationMin(millis = 1) Duration period) {
    }

    private final Limit limit;
    private final Cache<String, Bucket> buckets;

    RateLimits(Limit limit, int maxKeys) {
        if (limit.capacity() < 1 || limit.period() == null || limit.period().isNegative() || limit.period().isZero()) {
            throw new IllegalArgumentException("A rate limit needs a capacity of at least 1 and a positive period: " + limit);
        }
        this.limit = limit;
        this.buckets = Caffeine.newBuilder().maximumSize(maxKeys).expireAfterAccess(limit.period())
                .executor(Runnable::run).build();
    }

    /** Takes one form from the key's bucket; empty when allowed, else the seconds until the next one is allowed. */
    OptionalLong take(String key) {
        Bucket bucket = buckets.get(key, k -> Bucket.builder()
                .addLimit(l -> l.capacity(limit.capacity()).refillGreedy(limit.capacity(), limit.period())).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        long nanos = probe.getNanosToWaitForRefill();
        return OptionalLong.of(Math.max(1, nanos / 1_000_000_000 + (nanos % 1_000_000_000 == 0 ? 0 : 1)));
    }

    /** How many keys are tracked now (for tests and metrics). */
    long size() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }
}
