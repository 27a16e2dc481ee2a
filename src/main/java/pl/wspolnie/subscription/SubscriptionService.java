package pl.wspolnie.subscription;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.shared.FieldErrors;
import pl.wspolnie.shared.NotFoundException;

/**
 * Subscriptions to consultation news (typically NGOs): who gets an e-mail when a consultation opens.
 *
 * <p>Double opt-in: {@link #subscribe} stores the address unconfirmed with a random token; {@link #confirm} with that
 * token (from a link mailed to the address) makes it receive news. The public endpoints and the confirmation
 * e-mail are not built yet; until then an administrator confirms by calling {@link #confirm}.
 */
@Service
@Transactional
public class SubscriptionService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final NewsSubscriptions subscriptions;
    private final Clock clock;

    SubscriptionService(NewsSubscriptions subscriptions, Clock clock) {
        this.subscriptions = subscriptions;
        this.clock = clock;
    }

    /** Stores the address unconfirmed; subscribing again returns the existing subscription, confirmed or not. */
    public NewsSubscription subscribe(String email) {
        new FieldErrors().required(email, "email").throwIfAny();
        String address = email.strip().toLowerCase(Locale.ROOT);
        new FieldErrors().email(address, "email").throwIfAny();
        return subscriptions.findByEmail(address)
                .orElseGet(() -> subscriptions.save(new NewsSubscription(address, newToken(), clock.instant())));
    }

    /** The address proved it is theirs; confirming twice changes nothing. */
    public NewsSubscription confirm(String token) {
        NewsSubscription subscription = byToken(token);
        subscription.confirm(clock.instant());
        return subscription;
    }

    /** Forgets the address; an unknown token is not an error, so the link can be followed twice. */
    public void unsubscribe(String token) {
        if (token != null) {
            subscriptions.findByToken(token).ifPresent(subscriptions::delete);
        }
    }

    @Transactional(readOnly = true)
    public List<NewsSubscription> confirmed() {
        return subscriptions.findByConfirmedTrueOrderById();
    }

    private NewsSubscription byToken(String token) {
        return Optional.ofNullable(token).flatMap(subscriptions::findByToken)
                .orElseThrow(() -> new NotFoundException("Subscription with token", token));
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
