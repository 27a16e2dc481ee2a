package pl.wspolnie.security;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;

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
 * A caller who is not logged in meets none of these: the door itself answers 401.
 */
final class EngineAccessRules {

    private static final Pattern PROFILE = Pattern.compile("^/user/([^/]+)/profile$");
    private static final Pattern CREDENTIALS = Pattern.compile("^/user/([^/]+)/credentials$");
    private static final Set<String> SURGERY = Set.of("modification", "modification-async", "restart", "restart-async", "migration");

    private final IdentityService identity;

    EngineAccessRules(IdentityService identity) {
        this.identity = identity;
    }

    void check(EngineCall call) throws IOException, Refusal {
        String path = call.path();
        Matcher profile = PROFILE.matcher(path);
        Matcher credentials = CREDENTIALS.matcher(path);
        boolean overseen = call.plugin() || statistics(path);
        boolean surgery = List.of(call.segments()).stream().anyMatch(SURGERY::contains);
        boolean naming = "PUT".equals(call.method()) && profile.matches();
        boolean password = "PUT".equals(call.method()) && credentials.matches() || call.is("POST", "/user/create");
        // the caller's groups only where a rule needs them (on the webapps' door they cost a query)
        List<String> groups = overseen || surgery || naming ? callerGroups(call) : List.of();
        if (groups == null) {
            return;
        }
        boolean admin = groups.contains(Groups.ADMIN);
        if (overseen && !admin && !groups.contains(Groups.COORDINATION_TEAM)) {
            throw Refusal.forbidden("path", "statystyki i raporty procesów widzą tylko zespół koordynujący i administratorzy");
        }
        if (surgery && !admin) {
            throw Refusal.forbidden("path",
                    "przebieg trwającego procesu (modyfikacja, ponowne uruchomienie, migracja) zmienia tylko administrator");
        }
        if (naming && !admin) {
            namesKept(EngineCall.decoded(profile.group(1)), call.json());
        } else if (password && credentials.matches()) {
            strongPassword(call.json().path("password"), existing(EngineCall.decoded(credentials.group(1))));
        } else if (password) {
            newUsersPassword(call.json());
        }
    }

    /** A statistics or report resource of the engine: any segment {@code statistics…} or {@code …report}, or the metrics. */
    private static boolean statistics(String path) {
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
    private List<String> callerGroups(EngineCall call) {
        if (call.restApi()) {
            return CurrentUser.engineGroups(identity);
        }
        String user = TasklistSession.webappUser(call.servletRequest());
        return user == null ? null : identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    }

    /** A non-administrator's profile change must keep the first and last name stored. */
    private void namesKept(String userId, JsonNode body) throws Refusal {
        User stored = existing(userId);
        if (stored == null) {
            return;    // the engine answers as for any unknown user
        }
        String message = "imię i nazwisko (pokazywane jako autor w dokumentach i historii) zmienia tylko administrator";
        if (!Objects.equals(text(body.get("firstName")), stored.getFirstName())) {
            throw Refusal.forbidden("firstName", message);
        }
        if (!Objects.equals(text(body.get("lastName")), stored.getLastName())) {
            throw Refusal.forbidden("lastName", message);
        }
    }

    /** {@code POST /user/create}: the password is checked against the new user's own id, names and e-mail. */
    private void newUsersPassword(JsonNode body) throws Refusal {
        JsonNode person = body.path("profile");
        User user = identity.newUser(person.path("id").asText(""));
        user.setFirstName(text(person.get("firstName")));
        user.setLastName(text(person.get("lastName")));
        user.setEmail(text(person.get("email")));
        strongPassword(body.path("credentials").path("password"), user);
    }

    private void strongPassword(JsonNode password, User user) throws Refusal {
        var policy = identity.getPasswordPolicy();
        if (policy == null || !password.isTextual()) {
            return;
        }
        var result = user == null ? identity.checkPasswordAgainstPolicy(policy, password.asText())
                : identity.checkPasswordAgainstPolicy(policy, password.asText(), user);
        if (!result.isValid()) {
            throw Refusal.invalid("password", PasswordRules.explain(result.getViolatedRules()));
        }
    }

    private User existing(String userId) {
        return identity.createUserQuery().userId(userId).singleResult();
    }

    private static String text(JsonNode value) {
        return value == null || value.isNull() ? null : value.asText();
    }
}
