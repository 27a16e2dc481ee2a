package pl.wspolnie.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is acting right now, for attribution in history: the API caller, or the Tasklist / engine REST user
 * completing a task, {@code public} for someone on the public pages without logging in, or {@code system} for
 * timers and background jobs.
 */
@Component
public class CurrentUser {

    public static final String SYSTEM = "system";
    /** The anonymous visitor of the public pages (NGOs submitting without an account). */
    public static final String PUBLIC = "public";

    private final IdentityService identityService;

    CurrentUser(IdentityService identityService) {
        this.identityService = identityService;
    }

    /**
     * The groups of who is acting: the API caller's, or the engine user's (Tasklist, engine REST); null for the
     * system (timers, start-up, demo data), which acts for everyone.
     */
    /** The groups of who sent this request: Tasklist's user (the webapps keep the login in the session), else the caller's. */
    public java.util.Collection<String> groupsIn(jakarta.servlet.http.HttpServletRequest request) {
        java.util.Collection<String> webapp = TasklistSession.webappGroups(request);
        if (webapp != null) {
            return webapp;
        }
        java.util.Set<String> caller = groups();
        return caller == null ? java.util.List.of() : caller;
    }

        public java.util.Set<String> groups() {
        var spring = SecurityContextHolder.getContext().getAuthentication();
        if (spring instanceof AnonymousAuthenticationToken) {
            return java.util.Set.of();
        }
        if (spring != null && spring.isAuthenticated()) {
            return spring.getAuthorities().stream().map(org.springframework.security.core.GrantedAuthority::getAuthority)
                    .collect(java.util.stream.Collectors.toSet());
        }
        Authentication engine = identityService.getCurrentAuthentication();
        if (engine != null && engine.getUserId() != null) {
            return engine.getGroupIds() == null ? java.util.Set.of() : java.util.Set.copyOf(engine.getGroupIds());
        }
        return null;
    }

    /** The groups of the engine's authenticated user in this thread (engine REST, Tasklist); null when none. */
    static java.util.List<String> engineGroups(IdentityService identityService) {
        Authentication engine = identityService.getCurrentAuthentication();
        if (engine == null || engine.getUserId() == null) {
            return null;
        }
        return engine.getGroupIds() == null ? java.util.List.of() : engine.getGroupIds();
    }

    public String id() {
        var spring = SecurityContextHolder.getContext().getAuthentication();
        if (spring instanceof AnonymousAuthenticationToken anonymous && PUBLIC.equals(anonymous.getPrincipal())) {
            return PUBLIC;
        }
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
