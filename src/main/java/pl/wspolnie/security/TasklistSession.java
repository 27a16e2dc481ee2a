package pl.wspolnie.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The same login as Tasklist for our staff pages: whoever is logged into the Camunda webapps (Tasklist, Cockpit)
 * in this browser session is authenticated here with their engine groups, without logging in again. Camunda keeps
 * that login in the HTTP session; the webapps' public API has no way to read it, so this reads it through
 * {@code org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil} — the one place an impl class is used.
 */
class TasklistSession extends OncePerRequestFilter {

    static final String ENGINE = "default";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && SecurityContextHolder.getContext().getAuthentication() == null) {
            Authentications all = AuthenticationUtil.getAuthsFromSession(session);
            if (all != null && all.getAuthenticationForProcessEngine(ENGINE) instanceof UserAuthentication user
                    && user.getIdentityId() != null) {
                List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
                var token = UsernamePasswordAuthenticationToken.authenticated(user.getIdentityId(), null,
                        groups.stream().map(SimpleGrantedAuthority::new).toList());
                SecurityContextHolder.getContext().setAuthentication(token);
            }
        }
        chain.doFilter(request, response);
    }

    /** The engine groups of who is logged into the webapps in this request's session; null when nobody. */
    static List<String> webappGroups(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Authentications all = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
        if (all != null && all.getAuthenticationForProcessEngine(ENGINE) instanceof UserAuthentication user) {
            return user.getGroupIds() == null ? List.of() : List.copyOf(user.getGroupIds());
        }
        return null;
    }

    /** Who is logged into the webapps in this request's session; null when nobody. */
    static String webappUser(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Authentications all = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
        return all != null && all.getAuthenticationForProcessEngine(ENGINE) instanceof UserAuthentication user
                ? user.getIdentityId() : null;
    }
}
