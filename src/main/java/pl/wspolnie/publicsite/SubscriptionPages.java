package pl.wspolnie.publicsite;

import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import pl.wspolnie.subscription.NewsSubscription;
import pl.wspolnie.subscription.SubscriptionService;
import pl.wspolnie.subscription.SubscriptionService.Confirmation;

/**
 * The links of the consultation-news e-mails: confirming a subscription (double opt-in) and leaving it. Opening a
 * link only asks (a mail scanner that follows links changes nothing); the button sends the answer. Both answers may
 * be sent twice and say the same.
 */
@Controller
@RequestMapping("/powiadomienia")
class SubscriptionPages {

    private final SubscriptionService subscriptions;
    private final ZoneId zone;

    SubscriptionPages(SubscriptionService subscriptions, ZoneId municipalityZone) {
        this.subscriptions = subscriptions;
        this.zone = municipalityZone;
    }

    @GetMapping("/potwierdzenie/{token}")
    String confirmPage(@PathVariable String token, Model model, CsrfToken csrf, HttpServletResponse response) {
        csrf.getToken();
        return confirmModel(token, model, response, null);
    }

    @PostMapping(path = "/potwierdzenie/{token}", headers = ExpiredForms.HEADER)
    String confirmExpiredForm(@PathVariable String token, Model model, HttpServletResponse response) {
        model.addAttribute("errors", ExpiredForms.errors(response));
        return confirmModel(token, model, response, null);
    }

    @PostMapping("/potwierdzenie/{token}")
    String confirm(@PathVariable String token, Model model, HttpServletResponse response) {
        return confirmModel(token, model, response, subscriptions.confirm(token));
    }

    /** {@code outcome} null: the question (or what became of the link, if it is dead or already used). */
    private String confirmModel(String token, Model model, HttpServletResponse response, Confirmation outcome) {
        Confirmation state = outcome == null ? subscriptions.state(token) : outcome;
        if (state == Confirmation.UNKNOWN) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
        } else if (state == Confirmation.EXPIRED) {
            response.setStatus(HttpStatus.GONE.value());
        }
        var found = subscriptions.byToken(token);
        model.addAttribute("state", state.name());
        model.addAttribute("token", token);
        model.addAttribute("email", found.map(NewsSubscription::getEmail).orElse(null));
        model.addAttribute("validUntil", found.map(s -> PolishDates.date(subscriptions.confirmableUntil(s), zone)).orElse(null));
        return "public/subscription-confirm";
    }

    @GetMapping("/rezygnacja/{token}")
    String unsubscribePage(@PathVariable String token, Model model, CsrfToken csrf) {
        csrf.getToken();
        return unsubscribeModel(token, model);
    }

    @PostMapping(path = "/rezygnacja/{token}", headers = ExpiredForms.HEADER)
    String unsubscribeExpiredForm(@PathVariable String token, Model model, HttpServletResponse response) {
        model.addAttribute("errors", ExpiredForms.errors(response));
        return unsubscribeModel(token, model);
    }

    @PostMapping("/rezygnacja/{token}")
    String unsubscribe(@PathVariable String token, Model model) {
        subscriptions.unsubscribe(token);
        return unsubscribeModel(token, model);
    }

    /** An unknown token is a subscription already left (or never made): the page says the address gets nothing. */
    private String unsubscribeModel(String token, Model model) {
        var found = subscriptions.byToken(token);
        model.addAttribute("done", found.isEmpty());
        model.addAttribute("token", token);
        model.addAttribute("email", found.map(NewsSubscription::getEmail).orElse(null));
        return "public/subscription-unsubscribe";
    }
}
