package pl.wspolnie.subscription;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.shared.FieldErrors;
import pl.wspolnie.shared.NotFoundException;

/**
 * Subscriptions to consultation news (typically NGOs): who gets an e-mail when a consultation opens.
 *
 * <p>Double opt-in: {@link #subscribe} stores the address unconfirmed with a random token and asks for the e-mail
 * with the confirmation link ({@link ConfirmationRequested}); {@link #confirm} with that token, within
 * {@code wspolnie.subscription.confirmation-validity} of asking, makes it receive news. The token also identifies the
 * subscription in the unsubscribe link of every news e-mail.
 */
@Service
@Transactional
public class SubscriptionService {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** What became of a confirmation link. */
    public enum Confirmation {
        /** Confirmed now or before (a second click changes nothing). */
        CONFIRMED,
        /** Not confirmed in time: the address is not subscribed; it may sign up again. */
        EXPIRED,
        /** No subscription has this token (never had, or it was left). */
        UNKNOWN,
        /** Waiting for the confirmation, the link still valid (only from {@link #state}). */
        PENDING
    }

    private final NewsSubscriptions subscriptions;
    private final SubscriptionProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SubscriptionService(NewsSubscriptions subscriptions, SubscriptionProperties properties, ApplicationEventPublisher events,
                        Clock clock) {
        this.subscriptions = subscriptions;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Stores the address unconfirmed and asks for the confirmation e-mail. Subscribing again returns the existing
     * subscription: confirmed, or waiting for its link (no second e-mail while the first link works); an unconfirmed
     * one whose link expired gets a new link and a new e-mail.
     */
    public NewsSubscription subscribe(String email) {
        new FieldErrors().required(email, "email").throwIfAny();
        String address = email.strip().toLowerCase(Locale.ROOT);
        new FieldErrors().email(address, "email").throwIfAny();
        Instant now = clock.instant();
        Optional<NewsSubscription> existing = subscriptions.findByEmail(address);
        if (existing.isPresent() && !existing.get().expired(properties.confirmationValidity(), now)) {
            return existing.get();
        }
        NewsSubscription subscription = existing.orElse(null);
        if (subscription == null) {
            subscription = subscriptions.save(new NewsSubscription(address, newToken(), now));
        } else {
            subscription.renew(newToken(), now);
        }
        events.publishEvent(new ConfirmationRequested(subscription.getId()));
        return subscription;
    }

    /**
     * Forgets the addresses whose confirmation link expired unconfirmed: nobody agreed to keep them (GDPR, data
     * minimisation). Returns how many went. Safe on several nodes at once: each deletes what is left.
     */
    public int forgetUnconfirmed() {
        return subscriptions.deleteUnconfirmedAskedBefore(clock.instant().minus(properties.confirmationValidity()));
    }

    /** The address proved it is theirs, if the link is still valid; confirming twice changes nothing. */
    public Confirmation confirm(String token) {
        Optional<NewsSubscription> found = byToken(token);
        if (found.isEmpty()) {
            return Confirmation.UNKNOWN;
        }
        NewsSubscription subscription = found.get();
        Instant now = clock.instant();
        if (subscription.expired(properties.confirmationValidity(), now)) {
            return Confirmation.EXPIRED;
        }
        subscription.confirm(now);
        return Confirmation.CONFIRMED;
    }

    @Transactional(readOnly = true)
    public NewsSubscription get(Long id) {
        return subscriptions.findById(id).orElseThrow(() -> new NotFoundException("Subscription", id));
    }

    /** What the confirmation link of {@code token} would do now, changing nothing. */
    @Transactional(readOnly = true)
    public Confirmation state(String token) {
        return byToken(token).map(s -> s.isConfirmed() ? Confirmation.CONFIRMED
                : s.expired(properties.confirmationValidity(), clock.instant()) ? Confirmation.EXPIRED : Confirmation.PENDING)
                .orElse(Confirmation.UNKNOWN);
    }

    /** The subscription of a link's token, if any. */
    @Transactional(readOnly = true)
    public Optional<NewsSubscription> byToken(String token) {
        return token == null || token.isBlank() ? Optional.empty() : subscriptions.findByToken(token.strip());
    }

    /** Forgets the address; an unknown token is not an error, so the link can be followed twice. */
    public void unsubscribe(String token) {
        byToken(token).ifPresent(subscriptions::delete);
    }

    @Transactional(readOnly = true)
    public List<NewsSubscription> confirmed() {
        return subscriptions.findByConfirmedTrueOrderById();
    }

    /** The link of the confirmation e-mail is valid until this moment. */
    @Transactional(readOnly = true)
    public Instant confirmableUntil(NewsSubscription subscription) {
        return subscription.getCreatedAt().plus(properties.confirmationValidity());
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
