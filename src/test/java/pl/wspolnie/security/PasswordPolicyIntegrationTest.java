package pl.wspolnie.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.ActiveProfiles;
import pl.wspolnie.support.Http;
import pl.wspolnie.support.TestDatabase;

/**
 * Outside the demo and test profiles Camunda's password policy is on: a weak password set through the engine REST
 * API (as Admin sets it) is refused with 400 naming {@code password} and saying in Polish which rules it misses.
 * Its own context: the policy on, no demo users (their password is their id), an administrator of its own with a
 * strong password (on PostgreSQL the suite's contexts share one database, where "demo" already exists with another).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.generic-properties.properties.enablePasswordPolicy=true",
        "wspolnie.demo.users=false",
        "wspolnie.admin.user=" + PasswordPolicyIntegrationTest.ADMIN,
        "wspolnie.admin.password=" + PasswordPolicyIntegrationTest.ADMIN_PASSWORD})
@ActiveProfiles(resolver = TestDatabase.class)
class PasswordPolicyIntegrationTest {

    static final String ADMIN = "policy-admin";
    static final String ADMIN_PASSWORD = "Mocne#Haslo2026";

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identity;

    private Http admin() {
        return new Http(port, null).withHeader("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((ADMIN + ":" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    private static Map<String, Object> newUser(String id, String password) {
        return Map.of("profile", Map.of("id", id, "firstName", "Jan", "lastName", "Nowak", "email", id + "@example.org"),
                "credentials", Map.of("password", password));
    }

    @Test
    void aWeakPasswordIsRefusedByNameWithTheRulesItMisses() {
        var weak = admin().post("/engine-rest/user/create", newUser("nowak", "nowak"));
        refused(weak);
        assertThat(weak.body().at("/errors/0/message").asText()).contains("co najmniej 10 znaków", "wielkie litery");
        var ownName = admin().post("/engine-rest/user/create", newUser("nowak", "Nowak#2026xyz"));
        refused(ownName);
        assertThat(ownName.body().at("/errors/0/message").asText()).contains("nie może zawierać identyfikatora, imienia");
        assertThat(identity.createUserQuery().userId("nowak").count()).isZero();

        var strong = admin().post("/engine-rest/user/create", newUser("nowak", "Zielony#Las2026"));
        assertThat(strong.status()).as(strong.text()).isEqualTo(204);
        refused(admin().put("/engine-rest/user/nowak/credentials",
                Map.of("password", "krotkie", "authenticatedUserPassword", ADMIN_PASSWORD)));
        assertThat(identity.checkPassword("nowak", "Zielony#Las2026")).isTrue();
    }

    @Test
    void thePolicyIsOnInProductionAndOffOnlyWhereUsersHaveTheirIdAsPassword() {
        assertThat(policy("application.yaml")).isEqualTo("true");
        assertThat(policy("application-demo.yaml")).isEqualTo("false");
        assertThat(policy("application-test.yaml")).isEqualTo("false");
        assertThat(policy("application-postgres.yaml")).as("production on PostgreSQL keeps the default").isNull();
    }

    private static String policy(String file) {
        var yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource(file));
        Properties properties = yaml.getObject();
        return properties == null ? null : properties.getProperty("camunda.bpm.generic-properties.properties.enablePasswordPolicy");
    }

    private static void refused(Http.Response response) {
        assertThat(response.status()).as(response.text()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().at("/errors/0/field").asText()).isEqualTo("password");
        assertThat(response.body().at("/errors/0/message").asText()).startsWith("hasło nie spełnia zasad");
    }
}
