package pl.wspolnie.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Failed logins slow down the client address they come from, not the account they name: each address may fail
 * {@code max-failures} times in {@code window} (a Bucket4j bucket refilled gradually); past that, every request of
 * that address that carries credentials (HTTP Basic on {@code /api} and {@code /engine-rest}, the webapps' login
 * form) is answered 429 with {@code Retry-After} before the password is looked at. The engine's own lock-out of an
 * account after failed attempts is switched off ({@code loginMaxAttempts}, application.yaml), so wrong passwords
 * sent by anyone no longer lock a known user out; an account locked before is still shown and unlocked by an
 * administrator (Admin, user page; {@code POST /engine-rest/user/{id}/unlock}).
 */
class LoginThrottle extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    /** Addresses remembered at once; the least recently seen is forgotten first. */
    private static final int MAX_ADDRESSES = 10_000;

    private final int maxFailures;
    private final Duration window;
    private final Map<String, Bucket> failures = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_ADDRESSES;
        }
    };

    LoginThrottle(int maxFailures, Duration window) {
        this.maxFailures = maxFailures;
        this.window = window;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!login(request)) {
            chain.doFilter(request, response);
            return;
        }
        String address = request.getRemoteAddr();
        Bucket bucket = bucket(address);
        if (bucket.getAvailableTokens() <= 0) {
            long wait = Math.max(1, Duration.ofNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill()).toSeconds());
            response.setHeader("Retry-After", String.valueOf(wait));
            ProblemWriter.write(response, 429, "Too many failed logins", "Authorization",
                    "too many failed logins from this address; try again in " + wait + " s");
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
            bucket.tryConsume(1);
            if (bucket.getAvailableTokens() <= 0) {
                log.warn("Logins from {} throttled after {} failures", address, maxFailures);
            }
        }
    }

    /** A request that presents credentials: Basic authorization, or the webapps' login form. */
    private static boolean login(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return true;
        }
        return "POST".equals(request.getMethod()) && request.getRequestURI().matches(".*/api/admin/auth/user/[^/]+/login/[^/]+$");
    }

    private Bucket bucket(String address) {
        synchronized (failures) {
            return failures.computeIfAbsent(address, a -> Bucket.builder()
                    .addLimit(Bandwidth.builder().capacity(maxFailures).refillGreedy(maxFailures, window).build()).build());
        }
    }
}
