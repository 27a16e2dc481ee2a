package pl.wspolnie.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.env.MockEnvironment;
import pl.wspolnie.support.Http;
import pl.wspolnie.support.WebIntegrationTest;

/** Nobody creates an administrator from the browser, and no instance starts without one outside the demo. */
@WebIntegrationTest
class AdministratorSetupTest {

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identity;

    @Test
    void theWebappsInitialSetupIsClosedEvenToAnonymousVisitors() {
        var anonymous = new Http(port, null);
        var created = anonymous.post("/camunda/api/admin/setup/default/user/create",
                Map.of("profile", Map.of("id", "intruder", "firstName", "I", "lastName", "I", "email", "i@example.org"),
                        "credentials", Map.of("password", "intruder-1")));
        assertThat(created.status()).isEqualTo(404);
        assertThat(anonymous.get("/camunda/app/admin/default/setup/").status()).isEqualTo(404);
        assertThat(anonymous.get("/camunda/app/admin/default/setup/#/setup").status()).isEqualTo(404);
        assertThat(identity.createUserQuery().userId("intruder").count()).isZero();
    }

    @Test
    void outsideTheDemoStartUpFailsWithoutAnAdministrator() {
        var production = new MockEnvironment();
        production.setActiveProfiles("postgres");
        assertThatThrownBy(() -> new AdministratorRequired(production, admin("", "")).afterPropertiesSet())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("WSPOLNIE_ADMIN_USER").hasMessageContaining("WSPOLNIE_ADMIN_PASSWORD");
        assertThatThrownBy(() -> new AdministratorRequired(production, admin("admin", " ")).afterPropertiesSet())
                .isInstanceOf(IllegalStateException.class);
        new AdministratorRequired(production, admin("admin", "s3cret-enough")).afterPropertiesSet();
    }

    @Test
    void theDemoKeepsItsOwnAdministrator() {
        var demo = new MockEnvironment();
        demo.setActiveProfiles("demo");
        new AdministratorRequired(demo, admin(null, null)).afterPropertiesSet();
    }

    private static SecurityProperties admin(String user, String password) {
        return new SecurityProperties(new SecurityProperties.Admin(user, password), null, null, null);
    }
}
