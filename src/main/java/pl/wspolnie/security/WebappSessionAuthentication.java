package pl.wspolnie.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a person logged into Tasklist (or Cockpit) open our read-only documents under {@code /api} — draft versions,
 * comparisons, the consultation report and register, the council package — from a link in a task form, without a
 * second (HTTP Basic) login. Only {@code GET} and {@code HEAD} of those downloads; every other call, and every
 * call that changes something, still needs Basic credentials. The user's groups are read from the identity store
 * at each request, as for Basic.
 *
 * <p>The webapp keeps its login in the HTTP session; {@link AuthenticationUtil} (an {@code impl} class of the
 * Camunda webapp, there is no public API for it) is how the webapp itself reads it.
 */
class WebappSessionAuthentication extends OncePerRequestFilter {

    /** The downloads a task form links to. */
    static final List<String> DOWNLOADS = List.of("/api/programmes/*/drafts", "/api/programmes/*/drafts/**",
            "/api/programmes/*/consultation/report", "/api/programmes/*/consultation/register.csv",
            "/api/programmes/*/council-package");

    private static final AntPathMatcher PATHS = new AntPathMatcher();

    private final IdentityService identityService;
    private final String engineName;

    WebappSessionAuthentication(IdentityService identityService, String engineName) {
        this.identityService = identityService;
        this.engineName = engineName;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String user = webappUser(request);
        if (user != null) {
            List<SimpleGrantedAuthority> groups = identityService.createGroupQuery().groupMember(user).list().stream()
                    .map(Group::getId).map(SimpleGrantedAuthority::new).toList();
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, groups));
            SecurityContextHolder.setContext(context);
        }
        chain.doFilter(request, response);
    }

    private String webappUser(HttpServletRequest request) {
        boolean download = ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                && request.getHeader(HttpHeaders.AUTHORIZATION) == null
                && DOWNLOADS.stream().anyMatch(p -> PATHS.match(p, request.getRequestURI().substring(request.getContextPath().length())));
        HttpSession session = download ? request.getSession(false) : null;
        if (session == null) {
            return null;
        }
        var authentications = AuthenticationUtil.getAuthsFromSession(session);
        var engine = authentications == null ? null : authentications.getAuthenticationForProcessEngine(engineName);
        String user = engine == null ? null : engine.getIdentityId();
        // A user deleted since logging in is not let in on the old session.
        return user != null && identityService.createUserQuery().userId(user).count() == 1 ? user : null;
    }
}
