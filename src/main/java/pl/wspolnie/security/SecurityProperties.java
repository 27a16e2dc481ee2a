package pl.wspolnie.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The settings security reads, under the top-level keys documented since the first release: {@code wspolnie.admin.*},
 * {@code wspolnie.login.*}, {@code wspolnie.max-json-body} and {@code wspolnie.public-site.max-form-size} (the public
 * forms' size limit is enforced by the security filter chain in front of the public site).
 *
 * @param admin       the first administrator
 * @param login       failed logins per client address
 * @param maxJsonBody the largest JSON body {@code /api} and the engine REST API read; larger → 413 naming {@code body}
 * @param publicSite  the public site's form size limit
 */
@Validated
@ConfigurationProperties("wspolnie")
record SecurityProperties(@DefaultValue @Valid Admin admin, @DefaultValue @Valid Login login,
                          @DefaultValue("1MB") @NotNull DataSize maxJsonBody,
                          @DefaultValue @Valid PublicSite publicSite) {

    /**
     * @param user     the first administrator's user id; outside the demo profile the app refuses to start without it
     * @param password the first administrator's password; likewise required outside the demo profile
     */
    record Admin(@DefaultValue("") String user, @DefaultValue("") String password) {

        Admin {
            user = user == null ? "" : user;
            password = password == null ? "" : password;
        }

        boolean configured() {
            return !user.isBlank() && !password.isBlank();
        }
    }

    /**
     * @param maxFailures   failed logins (Basic on /api and /engine-rest, the webapps' login) one client address may
     *                      make in the window before its logins are answered 429; accounts are never locked by them
     * @param failureWindow over which the failures are forgiven gradually
     */
    record Login(@DefaultValue("10") @Positive int maxFailures,
                 @DefaultValue("1m") @NotNull @DurationMin(millis = 1) Duration failureWindow) {
    }

    /** @param maxFormSize the largest public form; larger → 413 Polish page */
    record PublicSite(@DefaultValue("1MB") @NotNull DataSize maxFormSize) {
    }
}
