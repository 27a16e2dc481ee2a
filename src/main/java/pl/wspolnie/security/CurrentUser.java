package pl.wspolnie.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is acting right now, for attribution in history: the API caller, or the Tasklist / engine REST user
 * completing a task, or {@code system} for timers and background jobs.
 */
@Component
public class CurrentUser {

    public static final String SYSTEM = "system";

    private final IdentityService identityService;

    CurrentUser(IdentityService identityService) {
        this.identityService = identityService;
    }

    public String id() {
        var spring = SecurityContextHolder.getContext().getAuthentication();
        if (spring != null && spring.isAuthenticated() && !(spring instanceof AnonymousAuthenticationToken)) {
            return spring.getName();
        }
        Authentication engine = identityService.getCurrentAuthentication();
        if (engine != null && engine.getUserId() != null) {
            return engine.getUserId();
        }
        return SYSTEM;
    }
}
