package pl.wspolnie.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import pl.wspolnie.support.WebIntegrationTest;

/**
 * Wrong passwords slow down the address they come from (429 after wspolnie.login.max-failures), never lock the
 * account they name: its owner, from another address, logs in at once. An administrator can still unlock an account.
 * Each case uses its own loopback address (127.0.0.x), so the rest of the suite (127.0.0.1) is not throttled.
 */
@WebIntegrationTest
class LoginThrottleIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identity;

    /** The status line and headers of one request sent from the loopback address {@code from}. */
    record Answer(int statusCode, String head) {
        boolean has(String header) {
            return head.toLowerCase(java.util.Locale.ROOT).contains("\r\n" + header.toLowerCase(java.util.Locale.ROOT) + ":");
        }
    }

    private Answer send(String from, String method, String path, String headers, String body) throws Exception {
        try (var socket = new java.net.Socket()) {
            socket.bind(new java.net.InetSocketAddress(from, 0));
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 10_000);
            socket.setSoTimeout(30_000);
            byte[] content = body.getBytes(StandardCharsets.UTF_8);
            String request = method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n" + headers
                    + "Content-Length: " + content.length + "\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().write(content);
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = answer.indexOf("\r\n\r\n");
            String head = end < 0 ? answer : answer.substring(0, end + 2);
            return new Answer(Integer.parseInt(head.substring(9, 12)), head);
        }
    }

    private Answer basic(String from, String path, String user, String password) throws Exception {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(from, "GET", path, "Authorization: Basic " + token + "\r\n", "");
    }

    /** The webapps' login form, with the CSRF cookie and header Camunda's webapps ask for (read from a first GET). */
    private Answer webappLogin(String from, String user, String password) throws Exception {
        Answer page = send(from, "GET", "/camunda/app/tasklist/", "", "");
        var cookies = new java.util.ArrayList<String>();
        String token = null;
        for (String line : page.head().split("\r\n")) {
            if (line.regionMatches(true, 0, "Set-Cookie:", 0, 11)) {
                String cookie = line.substring(11).strip().split(";")[0];
                cookies.add(cookie);
                if (cookie.startsWith("XSRF-TOKEN=")) {
                    token = cookie.substring("XSRF-TOKEN=".length());
                }
            }
        }
        assertThat(token).as(page.head()).isNotNull();
        return send(from, "POST", "/camunda/api/admin/auth/user/default/login/tasklist",
                "Content-Type: application/x-www-form-urlencoded\r\nCookie: " + String.join("; ", cookies)
                        + "\r\nX-XSRF-TOKEN: " + token + "\r\n", "username=" + user + "&password=" + password);
    }

    @Test
    void wrongPasswordsSlowTheirAddressAndNeverLockTheAccount() throws Exception {
        for (int i = 0; i < 10; i++) {
            String path = i % 2 == 0 ? "/api/programmes" : "/engine-rest/task";
            assertThat(basic("127.0.0.3", path, "sport", "zgadywane" + i).statusCode()).as("attempt " + i).isEqualTo(401);
        }
        var throttled = basic("127.0.0.3", "/engine-rest/task", "sport", "sport");
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.has("Retry-After")).as(throttled.head()).isTrue();
        assertThat(throttled.head()).contains("application/problem+json");
        assertThat(basic("127.0.0.3", "/api/programmes", "coordinator", "coordinator").statusCode()).isEqualTo(429);

        // the owner, elsewhere, is not locked out nor delayed
        assertThat(basic("127.0.0.4", "/api/programmes", "sport", "sport").statusCode()).isEqualTo(200);
        assertThat(basic("127.0.0.4", "/engine-rest/task", "sport", "sport").statusCode()).isEqualTo(200);
        assertThat(identity.checkPassword("sport", "sport")).isTrue();
    }

    @Test
    void theWebappLoginIsThrottledToo() throws Exception {
        for (int i = 0; i < 10; i++) {
            assertThat(webappLogin("127.0.0.5", "mayor", "zle" + i).statusCode()).as("attempt " + i).isEqualTo(401);
        }
        assertThat(webappLogin("127.0.0.5", "mayor", "mayor").statusCode()).isEqualTo(429);
        assertThat(webappLogin("127.0.0.6", "mayor", "mayor").statusCode()).isEqualTo(200);
        assertThat(basic("127.0.0.6", "/api/programmes", "mayor", "mayor").statusCode()).isEqualTo(200);
    }

    @Test
    void anAdministratorUnlocksAnAccountOthersCannot() throws Exception {
        String coordinator = Base64.getEncoder().encodeToString("coordinator:coordinator".getBytes(StandardCharsets.UTF_8));
        String admin = Base64.getEncoder().encodeToString("demo:demo".getBytes(StandardCharsets.UTF_8));
        assertThat(send("127.0.0.7", "POST", "/engine-rest/user/krdpp/unlock", "Authorization: Basic " + coordinator + "\r\n", "")
                .statusCode()).isEqualTo(403);
        assertThat(send("127.0.0.7", "POST", "/engine-rest/user/krdpp/unlock", "Authorization: Basic " + admin + "\r\n", "")
                .statusCode()).isEqualTo(204);
    }
}
