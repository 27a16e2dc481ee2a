package pl.wspolnie.subscription;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An address that asked to hear when a consultation opens. The token identifies it in confirmation and
 * unsubscribe links without exposing the address; only confirmed subscriptions get mail (double opt-in).
 */
@Entity
@Table(name = "news_subscription")
public class NewsSubscription {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String email;
    private String token;
    private boolean confirmed;
    private Instant createdAt;
    private Instant confirmedAt;

    protected NewsSubscription() {
    }

    NewsSubscription(String email, String token, Instant now) {
        this.email = email;
        this.token = token;
        this.createdAt = now;
    }

    /** Unconfirmed and asked again: a new link, counted from now; the old link confirms nothing. */
    void renew(String token, Instant now) {
        this.token = token;
        this.createdAt = now;
    }

    /** The confirmation link is dead: not confirmed within {@code validity} of asking. */
    boolean expired(java.time.Duration validity, Instant now) {
        return !confirmed && !now.isBefore(createdAt.plus(validity));
    }

    void confirm(Instant now) {
        if (!confirmed) {
            confirmed = true;
            confirmedAt = now;
        }
    }

    public Long getId() { return id; }
    public String getEmail() { return email; }
    public String getToken() { return token; }
    public boolean isConfirmed() { return confirmed; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getConfirmedAt() { return confirmedAt; }
}
