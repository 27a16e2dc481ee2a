package pl.wspolnie.publicsite;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.wspolnie.publicsite.PublicSiteErrorsIntegrationTest.assertPolishPage;
import static pl.wspolnie.publicsite.PublicSiteErrorsIntegrationTest.filled;

import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import pl.wspolnie.consultation.ConsultationService;
import pl.wspolnie.support.Browser;
import pl.wspolnie.support.WebIntegrationTest;

/**
 * The public forms under a flood (issue #12), with small limits in a context of its own: per client address (as a
 * proxy reports it in X-Forwarded-For) and per e-mail address, 429 in Polish with Retry-After, nothing stored; and at
 * most one receipt per address per window while every submission is stored. The buckets regain one form per 20 minutes
 * (3 per hour), so nothing refills while the test runs.
 */
@WebIntegrationTest
@TestPropertySource(properties = {
        "wspolnie.public-site.rate-limit.per-client.capacity=3",
        "wspolnie.public-site.rate-limit.per-client.period=PT1H",
        "wspolnie.public-site.rate-limit.per-email.capacity=3",
        "wspolnie.public-site.rate-limit.per-email.period=PT1H",
        "wspolnie.mail.receipt-window=PT1H"})
class PublicSiteAbuseIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    ConsultationService consultations;
    @Autowired
    JdbcTemplate jdbc;

    @Autowired

    ConsultationSetup setup;

    @Test
    void aClientOverItsLimitGets429InPolishAndNothingIsStoredWhileOthersGoOn() {
        long id = setup.open("Program 2027 – limit na klienta");
        Browser flooder = new Browser(port).withHeader("X-Forwarded-For", "203.0.113.7");
        Element form = flooder.open("/konsultacje/" + id + "/uwagi/nowa").html().selectFirst("form");
        for (int i = 0; i < 3; i++) {
            Map<String, String> typed = filled("klient-" + i + "-" + id + "@laka.example.org");
            typed.put("externalRef", CommentForm.newReference(2027));
            assertThat(flooder.submit(form, typed).status()).as("form " + i).isEqualTo(303);
        }
        Map<String, String> fourth = filled("klient-3-" + id + "@laka.example.org");
        fourth.put("externalRef", CommentForm.newReference(2027));
        var refused = flooder.submit(form, fourth);
        assertPolishPage(refused, 429, "Za dużo zgłoszeń w krótkim czasie");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 3600L);
        assertThat(refused.html().selectFirst(".lead").text()).contains("Z tego komputera lub sieci", "Spróbuj ponownie za")
                .containsPattern("za [0-9]+ minut");
        assertThat(consultations.comments(id)).hasSize(3);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where recipient = ?", Integer.class,
                "klient-3-" + id + "@laka.example.org")).isZero();

        Browser neighbour = new Browser(port).withHeader("X-Forwarded-For", "203.0.113.8");
        Element other = neighbour.open("/konsultacje/" + id + "/uwagi/nowa").html().selectFirst("form");
        assertThat(neighbour.submit(other, filled("sasiad-" + id + "@laka.example.org")).status()).isEqualTo(303);
        assertThat(consultations.comments(id)).hasSize(4);
    }

    @Test
    void anEmailAddressOverItsLimitGets429FromAnyClientInAnyCase() {
        long id = setup.open("Program 2027 – limit na adres e-mail");
        String email = "ofiara-" + id + "@laka.example.org";
        for (int i = 0; i < 3; i++) {
            Browser client = new Browser(port).withHeader("X-Forwarded-For", "198.51.100." + (10 + i));
            Element form = client.open("/konsultacje/" + id + "/uwagi/nowa").html().selectFirst("form");
            assertThat(client.submit(form, filled(i == 1 ? email.toUpperCase() : email)).status()).as("form " + i).isEqualTo(303);
        }
        Browser fourth = new Browser(port).withHeader("X-Forwarded-For", "198.51.100.20");
        Element form = fourth.open("/konsultacje/" + id + "/uwagi/nowa").html().selectFirst("form");
        var refused = fourth.submit(form, filled(" " + email.replace("ofiara", "OFIARA") + " "));
        assertPolishPage(refused, 429, "Za dużo zgłoszeń w krótkim czasie");
        assertThat(refused.html().selectFirst(".lead").text()).contains("Z tego adresu e-mail");
        assertThat(refused.header("Retry-After")).matches("[0-9]+");
        assertThat(consultations.comments(id)).hasSize(3);

        // every submission was stored, but the address got one receipt in the window
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where kind = 'COMMENT_RECEIVED' and lower(recipient) = ?",
                Integer.class, email)).isEqualTo(1);
    }

    @Test
    void theBucketsOfManyAddressesStayBounded() {
        RateLimits limits = new RateLimits(new RateLimits.Limit(2, java.time.Duration.ofHours(1)), 100);
        for (int i = 0; i < 10_000; i++) {
            assertThat(limits.take("10.0." + (i / 256) + "." + (i % 256))).isEmpty();
        }
        assertThat(limits.size()).isLessThanOrEqualTo(100);
        assertThat(limits.take("192.0.2.1")).isEmpty();
        assertThat(limits.take("192.0.2.1")).isEmpty();
        assertThat(limits.take("192.0.2.1").orElseThrow()).isBetween(1L, 1800L);
    }
}
