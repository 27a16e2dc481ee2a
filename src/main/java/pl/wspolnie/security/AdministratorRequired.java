package pl.wspolnie.security;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Outside the demo profile the first administrator must be configured: an instance without one would leave the
 * engine's "initial setup" to whoever comes first. Checked while the context is built, so the server never opens
 * its port without an administrator.
 */
@Component
class AdministratorRequired implements InitializingBean {

    static final String MESSAGE = "No administrator configured: set WSPOLNIE_ADMIN_USER and WSPOLNIE_ADMIN_PASSWORD "
            + "(properties wspolnie.admin.user and wspolnie.admin.password) before starting Wspólnie outside the demo profile";

    private final Environment environment;
    private final SecurityProperties.Admin admin;

    AdministratorRequired(Environment environment, SecurityProperties properties) {
        this.environment = environment;
        this.admin = properties.admin();
    }

    @Override
    public void afterPropertiesSet() {
        if (environment.acceptsProfiles(Profiles.of("demo"))) {
            return;
        }
        if (!admin.configured()) {
            throw new IllegalStateException(MESSAGE);
        }
    }
}
