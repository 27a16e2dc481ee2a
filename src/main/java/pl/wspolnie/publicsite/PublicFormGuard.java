package pl.wspolnie.publicsite;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Locale;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Guards every form the public pages take (a POST to a controller of this package), before the controller runs:
 * <ol>
 *   <li>a form forwarded for an expired CSRF token ({@link ExpiredForms}) reaches only a handler that shows it again
 *       (and counts against the limits like any form);</li>
 *   <li>rate limits per client address (as the proxy reports it, see {@code server.forward-headers-strategy}) and, after
 *       the honeypot, per e-mail address typed in the form: over either, 429 with Retry-After, nothing stored or sent;</li>
 *   <li>the honeypot: a field hidden from people and screen readers ({@value #HONEYPOT}); robots fill every field.
 *       Filled, the form is refused with 400 and a page saying why, storing and sending nothing: a person whose
 *       browser filled it by mistake learns what to do, where a fake "thank you" would leave them believing their
 *       comment was taken.</li>
 * </ol>
 */
class PublicFormGuard implements HandlerInterceptor {

    static final String HONEYPOT = "website";
    static final String HONEYPOT_LABEL = "Zostaw to pole puste";

    private static final Logger log = LoggerFactory.getLogger(PublicFormGuard.class);

    private final RateLimits.Settings settings;
    private final RateLimits perClient;
    private final RateLimits perEmail;

    private final Runnable housekeeping;

    /** Limits in this node's memory. */
    PublicFormGuard(RateLimits.Settings settings) {
        this(settings, new RateLimits(settings.perClient(), settings.maxKeys()),
                new RateLimits(settings.perEmail(), settings.maxKeys()), () -> { });
    }

    /** Limits in the database, one budget for every node. */
    PublicFormGuard(RateLimits.Settings settings, SharedBuckets shared) {
        this(settings, RateLimits.shared("client", settings.perClient(), shared.proxies()),
                RateLimits.shared("e-mail", settings.perEmail(), shared.proxies()), shared::removeExpiredIfDue);
    }

    private PublicFormGuard(RateLimits.Settings settings, RateLimits perClient, RateLimits perEmail, Runnable housekeeping) {
        this.settings = settings;
        this.perClient = perClient;
        this.perEmail = perEmail;
        this.housekeeping = housekeeping;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        boolean expired = ExpiredForms.rejected(request);
        if (expired && !showsFormAgain(method)) {
            throw new CsrfException("A form with an expired token reached a handler that stores");
        }
        if (!"POST".equals(request.getMethod()) || !method.getBeanType().getPackageName().equals(getClass().getPackageName())) {
            return true;
        }
        if (settings.enabled()) {
            housekeeping.run();
            limit(perClient, "client", request.getRemoteAddr(), false);
        }
        String honeypot = request.getParameter(HONEYPOT);
        if (!expired && honeypot != null && !honeypot.isEmpty()) {
            log.info("Public form {} refused: the honeypot field was filled (client {})", request.getRequestURI(), request.getRemoteAddr());
            throw new HoneypotFilled();
        }
        // after the honeypot: a robot filling it with someone's address does not use up that address's forms
        String email = request.getParameter("email");
        if (settings.enabled() && email != null && !email.isBlank()) {
            limit(perEmail, "e-mail", email.strip().toLowerCase(Locale.ROOT), true);
        }
        return true;
    }

    private static void limit(RateLimits limits, String kind, String key, boolean byEmail) {
        OptionalLong wait = limits.take(key);
        if (wait.isPresent()) {
            log.info("Public form refused: over the {} rate limit ({} s to wait)", kind, wait.getAsLong());
            throw new TooManySubmissions(wait.getAsLong(), byEmail);
        }
    }

    private static boolean showsFormAgain(HandlerMethod method) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), RequestMapping.class);
        return mapping != null && Arrays.asList(mapping.headers()).contains(ExpiredForms.HEADER);
    }

    /** Over a rate limit; {@code byEmail}: the e-mail address's limit, else the client's. */
    static final class TooManySubmissions extends RuntimeException {

        private final long retryAfterSeconds;
        private final boolean byEmail;

        TooManySubmissions(long retryAfterSeconds, boolean byEmail) {
            super("Too many submissions", null, false, false);
            this.retryAfterSeconds = retryAfterSeconds;
            this.byEmail = byEmail;
        }

        long retryAfterSeconds() { return retryAfterSeconds; }

        boolean byEmail() { return byEmail; }
    }

    /** The honeypot field was filled. */
    static final class HoneypotFilled extends RuntimeException {

        HoneypotFilled() {
            super("Honeypot filled", null, false, false);
        }
    }
}
