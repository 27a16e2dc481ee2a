package pl.wspolnie.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Links in mail open where the application runs: the configured address, else this server on its actual port. */
class PublicLinksTest {

    @Test
    void withoutABaseUrlTheLinksGoToThePortTheServerListensOn() {
        var links = new PublicLinks(properties("", ""), new MockEnvironment().withProperty("server.port", "0")
                .withProperty("local.server.port", "43121"));
        assertThat(links.page("/spotkania/rezygnacja/abc")).isEqualTo("http://localhost:43121/spotkania/rezygnacja/abc");
        assertThat(links.taskLink("t-1")).isEqualTo("http://localhost:43121/camunda/app/tasklist/default/#/?task=t-1");
        assertThat(links.unsubscribeLink("tok")).isEqualTo("http://localhost:43121/powiadomienia/rezygnacja/tok");
    }

    @Test
    void beforeTheServerListensTheConfiguredPortAndLastly8080() {
        assertThat(new PublicLinks(properties("", ""), new MockEnvironment().withProperty("server.port", "9090")).base())
                .isEqualTo("http://localhost:9090");
        assertThat(new PublicLinks(properties("", ""), new MockEnvironment()).base()).isEqualTo("http://localhost:8080");
    }

    @Test
    void aConfiguredBaseUrlWinsWithoutItsTrailingSlash() {
        var links = new PublicLinks(properties("https://wspolnie.krakow.pl/", "https://bip.example.org/wypisz/{token}"),
                new MockEnvironment().withProperty("local.server.port", "43121"));
        assertThat(links.page("/spotkania/rezygnacja/abc")).isEqualTo("https://wspolnie.krakow.pl/spotkania/rezygnacja/abc");
        assertThat(links.tasklist()).isEqualTo("https://wspolnie.krakow.pl/camunda/app/tasklist/default/");
        assertThat(links.unsubscribeLink("tok")).isEqualTo("https://bip.example.org/wypisz/tok");
    }

    private static NotificationProperties properties(String baseUrl, String unsubscribeUrl) {
        return new NotificationProperties("no-reply@example.org", "Wspólnie", baseUrl, "", unsubscribeUrl, false,
                Duration.ofSeconds(30), 50, 10, Duration.ofMinutes(1), Duration.ofHours(6), Duration.ofMinutes(10),
                Duration.ofMinutes(5), Duration.ofHours(1), Duration.ofMinutes(5));
    }
}
