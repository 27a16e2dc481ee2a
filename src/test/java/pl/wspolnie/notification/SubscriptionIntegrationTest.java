package pl.wspolnie.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import pl.wspolnie.subscription.SubscriptionService;
import pl.wspolnie.subscription.SubscriptionService.Confirmation;
import pl.wspolnie.support.Browser;
import pl.wspolnie.support.WebIntegrationTest;

/**
 * Double opt-in of consultation news as a subscriber goes through it: the e-mail in the outbox with its two links, the
 * question page (opening a link, as a mail scanner does, changes nothing), the button, a second click, the link out, a
 * link that expired. Before, there was no e-mail and no page: nobody could confirm, so nobody ever got the news.
 */
@WebIntegrationTest
class SubscriptionIntegrationTest {

    private static final String SUBJECT = "Potwierdź zapis na powiadomienia o konsultacjach";

    @LocalServerPort
    int port;
    @Autowired
    SubscriptionService subscriptions;
    @Autowired
    OutboxMails outbox;
    @Autowired
    JdbcTemplate jdbc;

    Browser browser;

    @BeforeEach
    void browser() {
        browser = new Browser(port);
    }

    @Test
    void aSubscriberConfirmsByTheLinkOfTheEmailAndLeavesByTheOtherOne() {
        String address = "zarzad-" + System.nanoTime() + "@stowarzyszenie.example.org";
        subscriptions.subscribe(address.toUpperCase(java.util.Locale.ROOT));
        List<OutboxMail> mails = mails(address);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).startsWith(SUBJECT);
        String confirmLink = link(mails.get(0).getBody(), "/powiadomienia/potwierdzenie/");
        String leaveLink = link(mails.get(0).getBody(), "/powiadomienia/rezygnacja/");
        // no wspolnie.mail.base-url in the tests: the links go to this server on the port it listens on
        assertThat(mails.get(0).getBody()).contains("http://localhost:" + port + confirmLink, "http://localhost:" + port + leaveLink);

        var ask = browser.open(confirmLink);
        assertThat(ask.status()).isEqualTo(200);
        assertThat(ask.html().selectFirst("h1").text()).isEqualTo("Potwierdź zapis na powiadomienia");
        assertThat(ask.html().text()).contains(address);
        assertThat(subscribed(address)).as("opening the link confirms nothing").isFalse();
        var form = ask.html().selectFirst("form");
        var done = browser.submit(form, Map.of());
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.html().selectFirst("h1").text()).isEqualTo("Zapis potwierdzony");
        assertThat(subscribed(address)).isTrue();
        assertThat(browser.submit(form, Map.of()).html().selectFirst("h1").text()).as("twice").isEqualTo("Zapis potwierdzony");
        assertThat(browser.open(confirmLink).html().selectFirst("h1").text()).isEqualTo("Zapis potwierdzony");

        subscriptions.subscribe(address);
        assertThat(mails(address)).as("no second request once confirmed").hasSize(1);

        var leave = browser.open(leaveLink);
        assertThat(leave.html().selectFirst("h1").text()).isEqualTo("Rezygnacja z powiadomień");
        assertThat(subscribed(address)).isTrue();
        var leaveForm = leave.html().selectFirst("form");
        assertThat(browser.submit(leaveForm, Map.of()).html().selectFirst("h1").text()).isEqualTo("Rezygnacja z powiadomień przyjęta");
        assertThat(subscribed(address)).isFalse();
        var again = browser.submit(leaveForm, Map.of());
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.html().selectFirst("h1").text()).as("twice").isEqualTo("Rezygnacja z powiadomień przyjęta");
        var gone = browser.open(confirmLink);
        assertThat(gone.status()).as("the address is forgotten").isEqualTo(404);
        assertThat(gone.html().selectFirst("h1").text()).isEqualTo("Nie znaleziono zapisu");
    }

    /** A link not used in time confirms nothing (410); asking again sends a new link, and the old one is dead. */
    @Test
    void aConfirmationLinkExpiresAndAskingAgainSendsANewOne() {
        String address = "spozniony-" + System.nanoTime() + "@fundacja.example.org";
        subscriptions.subscribe(address);
        subscriptions.subscribe(address);
        assertThat(mails(address)).as("one link while it works").hasSize(1);
        String first = link(mails(address).get(0).getBody(), "/powiadomienia/potwierdzenie/");
        jdbc.update("update news_subscription set created_at = ? where email = ?",
                java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(7)).minusSeconds(60)), address);

        var expired = browser.open(first);
        assertThat(expired.status()).isEqualTo(410);
        assertThat(expired.html().selectFirst("h1").text()).isEqualTo("Link wygasł");
        assertThat(expired.html().select("form")).isEmpty();
        assertThat(subscriptions.confirm(token(first))).isEqualTo(Confirmation.EXPIRED);
        assertThat(subscribed(address)).isFalse();

        subscriptions.subscribe(address);
        List<OutboxMail> mails = mails(address);
        assertThat(mails).hasSize(2);
        String second = link(mails.get(0).getBody(), "/powiadomienia/potwierdzenie/");
        assertThat(second).isNotEqualTo(first);
        assertThat(browser.open(first).status()).isEqualTo(404);
        var ask = browser.open(second);
        assertThat(browser.submit(ask.html().selectFirst("form"), Map.of()).html().selectFirst("h1").text())
                .isEqualTo("Zapis potwierdzony");
        assertThat(subscribed(address)).isTrue();
        subscriptions.unsubscribe(token(second));
    }

    @Test
    void anAddressNobodyConfirmedIsForgottenOnceItsLinkExpired() {
        String stale = "nikt-nie-potwierdzil-" + System.nanoTime() + "@fundacja.example.org";
        String waiting = "czeka-" + System.nanoTime() + "@fundacja.example.org";
        String confirmedLongAgo = "dawno-" + System.nanoTime() + "@fundacja.example.org";
        subscriptions.subscribe(stale);
        subscriptions.subscribe(waiting);
        var kept = subscriptions.subscribe(confirmedLongAgo);
        assertThat(subscriptions.confirm(kept.getToken())).isEqualTo(Confirmation.CONFIRMED);
        var weekAgo = java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(7)).minusSeconds(60));
        jdbc.update("update news_subscription set created_at = ? where email in (?, ?)", weekAgo, stale, confirmedLongAgo);

        assertThat(subscriptions.forgetUnconfirmed()).isGreaterThanOrEqualTo(1);

        assertThat(jdbc.queryForList("select email from news_subscription where email in (?, ?, ?)", String.class,
                stale, waiting, confirmedLongAgo)).containsExactlyInAnyOrder(waiting, confirmedLongAgo);
        assertThat(subscribed(confirmedLongAgo)).isTrue();
        // the forgotten address may sign up again, as a newcomer
        assertThat(subscriptions.subscribe(stale).isConfirmed()).isFalse();
        subscriptions.unsubscribe(kept.getToken());
    }

    private List<OutboxMail> mails(String address) {
        return outbox.findByRecipientIgnoreCaseOrderByIdDesc(address, PageRequest.of(0, 10)).getContent().stream()
                .filter(m -> m.getSubject().startsWith(SUBJECT)).toList();
    }

    private boolean subscribed(String address) {
        return subscriptions.confirmed().stream().anyMatch(s -> s.getEmail().equals(address));
    }

    private static String token(String link) {
        return link.substring(link.lastIndexOf('/') + 1);
    }

    /** The path of the link in the text to {@code path} on the site's address. */
    private static String link(String text, String path) {
        var m = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(path) + "[A-Za-z0-9_-]+)").matcher(text);
        assertThat(m.find()).as(path + " in:\n" + text).isTrue();
        return m.group(1);
    }
}
