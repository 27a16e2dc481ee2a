package pl.wspolnie.notification;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import pl.wspolnie.municipality.MunicipalityProfile;
import pl.wspolnie.subscription.ConfirmationRequested;
import pl.wspolnie.subscription.SubscriptionService;

/**
 * The e-mail that asks a new subscriber of consultation news to confirm the address (double opt-in), with the link
 * to confirm and the link to refuse. Not a receipt: it goes with the receipt of the comment whose form asked for it,
 * and an address gets it at most once per link's validity (see {@link SubscriptionService#subscribe}).
 */
@Component
class SubscriptionMails {

    private final MailQueue queue;
    private final SubscriptionService subscriptions;
    private final MunicipalityProfile profile;
    private final PublicLinks links;
    private final ZoneId zone;

    SubscriptionMails(MailQueue queue, SubscriptionService subscriptions, MunicipalityProfile profile,
                      PublicLinks links, ZoneId municipalityZone) {
        this.queue = queue;
        this.subscriptions = subscriptions;
        this.profile = profile;
        this.links = links;
        this.zone = municipalityZone;
    }

    @EventListener
    void on(ConfirmationRequested event) {
        var subscription = subscriptions.get(event.subscriptionId());
        Map<String, Object> model = new HashMap<>();
        model.put("municipality", profile.name());
        model.put("email", subscription.getEmail());
        model.put("confirmUrl", links.page("/powiadomienia/potwierdzenie/" + subscription.getToken()));
        model.put("unsubscribeUrl", links.unsubscribeLink(subscription.getToken()));
        model.put("validUntil", MailTemplates.dayTime(subscriptions.confirmableUntil(subscription), zone));
        queue.queue(MailKind.SUBSCRIPTION_CONFIRMATION, subscription.getEmail(), model, null,
                "subscription:" + subscription.getId() + ":" + subscription.getToken().substring(0, 8));
    }
}
