package pl.wspolnie.notification;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The links mail gives people: under {@code wspolnie.mail.base-url}, or — when it is not set — under this server on
 * the port it actually listens on ({@code http://localhost:<port>}), so a demo or a developer's instance started on
 * another port than 8080 sends links that open (a meeting's cancellation, Tasklist, a subscription's confirmation).
 */
@Component
class PublicLinks {

    private final NotificationProperties properties;
    private final Environment environment;

    PublicLinks(NotificationProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
    }

    /** Where people open the application, without a trailing slash. */
    String base() {
        if (!properties.baseUrl().isBlank()) {
            return properties.baseUrl();
        }
        // local.server.port: the port the server listens on once started (server.port 0 picks a free one)
        return "http://localhost:" + environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
    }

    /** A page of the application, {@code path} starting with a slash. */
    String page(String path) {
        return base() + path;
    }

    /** Tasklist's start page. */
    String tasklist() {
        return page("/camunda/app/tasklist/default/");
    }

    /** The Tasklist page of one task. */
    String taskLink(String taskId) {
        return tasklist() + "#/?task=" + taskId;
    }

    /** Where a subscriber leaves consultation news: the configured link, else the public site's page. */
    String unsubscribeLink(String token) {
        String configured = properties.unsubscribeUrl();
        return configured == null || configured.isBlank() ? page("/powiadomienia/rezygnacja/" + token) : configured.replace("{token}", token);
    }
}
