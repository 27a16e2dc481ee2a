package pl.wspolnie.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What the engine's authorizations let every logged-in user do and the municipality does not, on both doors to the
 * engine (its REST API, the webapps' API) — after the caller is authenticated:
 * <ul>
 *   <li>statistics and reports of the processes ({@code …/statistics}, {@code …/report}, {@code /metrics}, the
 *       Cockpit and Admin plugin APIs): the coordination team and administrators only (403);</li>
 *   <li>changing a running process's course (modification, restart, migration): administrators only (403);</li>
 *   <li>a person's first and last name (shown as the author in documents and history): changed by administrators
 *       only; one's own e-mail and password stay one's own (403 naming the field);</li>
 *   <li>a new password must meet the engine's password policy when it is on (400 naming {@code password}, the
 *       unmet rules in Polish; see {@link PasswordRules}).</li>
 * </ul>
 */
class EngineAccessGuard extends OncePerRequestFilter {

    private static final Pattern PLUGIN_PATH = Pattern.compile("^/camunda/api/(?:cockpit|admin)/plugin/[^/]+/(?!static(?:/|$))[^/]+(?:/.*)?$");
    private static final Pattern PROFILE = Pattern.compile("^/user/([^/]+)/profile$");
    private static final Pattern CREDENTIALS = Pattern.compile("^/user/([^/]+)/credentials$");
    private static final Set<String> SURGERY = Set.of("modification", "modification-async", "restart", "restart-async", "migration");

    private final IdentityService identity;
    private final ObjectMapper json;
    private final long maxBody;

    EngineAccessGuard(IdentityService identity, ObjectMapper json, long maxBody) {
        this.identity = identity;
        this.json = json;
        this.maxBody = maxBody;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String raw = request.getRequestURI().substring(request.getContextPath().length());
        Matcher engine = EngineRequestGuard.ENGINE_PATH.matcher(raw);
        boolean plugin = PLUGIN_PATH.matcher(raw).matches();
        if (!engine.matches() && !plugin) {
            chain.doFilter(request, response);
            return;
        }
        String path = plugin ? raw : EngineRequestGuard.withoutTrailingSlash(engine.group(1));
        Matcher profile = PROFILE.matcher(path);
        Matcher credentials = CREDENTIALS.matcher(path);
        boolean overseen = plugin || statistics(path);
        boolean surgery = List.of(path.split("/")).stream().anyMatch(SURGERY::contains);
        boolean naming = "PUT".equals(request.getMethod()) && profile.matches();
        boolean password = "PUT".equals(request.getMethod()) && credentials.matches()
                || "POST".equals(request.getMethod()) && path.equals("/user/create");
        // the caller's groups only where a rule needs them (on the webapps' door they cost a query)
        List<String> groups = overseen || surgery || naming ? callerGroups(request, raw) : List.of();
        if (groups == null) {       // not logged in: the door itself answers 401
            chain.doFilter(request, response);
            return;
        }
        boolean admin = groups.contains(Groups.ADMIN);
        if (overseen && !admin && !groups.contains(Groups.COORDINATION_TEAM)) {
            ProblemWriter.write(response, 403, "Forbidden", "path",
                    "statystyki i raporty procesów widzą tylko zespół koordynujący i administratorzy");
            return;
        }
        if (surgery && !admin) {
            ProblemWriter.write(response, 403, "Forbidden", "path",
                    "przebieg trwającego procesu (modyfikacja, ponowne uruchomienie, migracja) zmienia tylko administrator");
            return;
        }
        if (!(naming && !admin || password)) {
            chain.doFilter(request, response);
            return;
        }
        CachedBody body = CachedBody.readOrRefuse(request, maxBody, response);
        JsonNode tree = body == null ? null : body.jsonOrRefuse(json, response);
        if (tree == null) {
            return;
        }
        String[] refusal = null;
        if (naming) {
            refusal = nameChange(PasswordRules.segment(profile.group(1)), tree);
        } else if (credentials.matches()) {
            refusal = weakPassword(tree.path("password"), existing(PasswordRules.segment(credentials.group(1))));
        } else {
            JsonNode person = tree.path("profile");
            User user = identity.newUser(person.path("id").asText(""));
            user.setFirstName(text(person.get("firstName")));
            user.setLastName(text(person.get("lastName")));
            user.setEmail(text(person.get("email")));
            refusal = weakPassword(tree.path("credentials").path("password"), user);
        }
        if (refusal != null) {
            ProblemWriter.write(response, refusal[0].equals("password") ? 400 : 403,
                    refusal[0].equals("password") ? "Invalid input" : "Forbidden", refusal[0], refusal[1]);
            return;
        }
        chain.doFilter(body, response);
    }

    /** A statistics or report resource of the engine: any segment {@code statistics…} or {@code …report}, or the metrics. */
    static boolean statistics(String path) {
        if (path.equals("/metrics") || path.startsWith("/metrics/")) {
            return true;
        }
        for (String segment : path.split("/")) {
            if (segment.startsWith("statistics") || segment.equals("report") || segment.endsWith("-report")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The caller's groups: on the engine REST API as its authentication filter (before this one) set them, on the
     * webapps' API from their login in the session, read afresh from the identity store. Null when not logged in.
     */
    private List<String> callerGroups(HttpServletRequest request, String raw) {
        if (raw.startsWith("/engine-rest")) {
            return CurrentUser.engineGroups(identity);
        }
        String user = TasklistSession.webappUser(request);
        return user == null ? null : identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    }

    /** A non-administrator's profile change that changes the first or last name stored; null when it keeps them. */
    private String[] nameChange(String userId, JsonNode body) {
        User stored = existing(userId);
        if (stored == null) {
            return null;    // the engine answers as for any unknown user
        }
        String message = "imię i nazwisko (pokazywane jako autor w dokumentach i historii) zmienia tylko administrator";
        if (!Objects.equals(text(body.get("firstName")), stored.getFirstName())) {
            return new String[] {"firstName", message};
        }
        if (!Objects.equals(text(body.get("lastName")), stored.getLastName())) {
            return new String[] {"lastName", message};
        }
        return null;
    }

    private String[] weakPassword(JsonNode password, User user) {
        var policy = identity.getPasswordPolicy();
        if (policy == null || !password.isTextual()) {
            return null;
        }
        var result = user == null ? identity.checkPasswordAgainstPolicy(policy, password.asText())
                : identity.checkPasswordAgainstPolicy(policy, password.asText(), user);
        return result.isValid() ? null : new String[] {"password", PasswordRules.explain(result.getViolatedRules())};
    }

    private User existing(String userId) {
        return identity.createUserQuery().userId(userId).singleResult();
    }

    private static String text(JsonNode value) {
        return value == null || value.isNull() ? null : value.asText();
    }
}
