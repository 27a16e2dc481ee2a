package pl.wspolnie.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;
import pl.wspolnie.shared.Limits;
import pl.wspolnie.shared.TextInput;

/**
 * Checks what the engine REST API (ours at {@code /engine-rest}, Tasklist's at {@code /camunda/api/engine}) is asked
 * to store as variables, before the engine sees it: a variable naming the task's business object
 * ({@link SubmittableVariables}, answered by the process module) is refused whatever the route (task completion, form submission, start, variable update,
 * message correlation, modification), and so is a text longer than a variable holds, a value the engine cannot
 * read as its type ({@link VariableCheck}) or a body over the limit. The binary route ({@code …/variables/{name}/data},
 * multipart) is closed: it stores files and bytes, and with a {@code type} part builds an object of any Java class
 * named, none of which the JSON route takes.
 * Refusals are 400/413 {@code application/problem+json} naming the variable.
 */
class EngineRequestGuard extends OncePerRequestFilter {

    /** JSON members whose object value maps variable names to values, on any engine REST route. */
    private static final Set<String> VARIABLE_MAPS = Set.of("variables", "processVariables", "processVariablesLocal",
            "modifications", "localVariables", "processVariablesToTriggeredScope");
    /** Members of a start request that start the process elsewhere than at its start event or skip its steps. */
    private static final List<String> START_BYPASSES = List.of("startInstructions", "skipCustomListeners", "skipIoMappings");
    private static final Set<String> VARIABLE_PATH = Set.of("variables", "localVariables");
    /** Both doors to the engine: its REST API and the webapps' engine API; group 1 is the resource path. */
    static final Pattern ENGINE_PATH = Pattern.compile("^(?:/engine-rest|/camunda/api/engine/engine/[^/]+)(/.*)$");
    private static final Pattern START = Pattern.compile("^/process-definition/(?:key/([^/]+)(?:/tenant-id/[^/]+)?|([^/]+))/(?:start|submit-form)$");

    private final ObjectMapper json;
    private final long maxBody;
    private final SubmittableVariables bound;

    EngineRequestGuard(ObjectMapper json, long maxBody, SubmittableVariables bound) {
        this.json = json;
        this.maxBody = maxBody;
        this.bound = bound;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher engine = ENGINE_PATH.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (!engine.matches() || "GET".equals(request.getMethod()) || "OPTIONS".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        String path = withoutTrailingSlash(engine.group(1));
        String starting = startingProcess(path);
        var refusals = new ArrayList<String[]>();
        pathVariable(path, starting, refusals);
        String upload = binaryVariable(path);
        if (upload != null) {
            ProblemWriter.write(response, 400, "Invalid input", upload,
                    "is not taken as a file, bytes or a serialized object over the API");
            return;
        }
        CachedBody body = CachedBody.readOrRefuse(request, maxBody, response);
        if (body == null) {
            return;
        }
        if (body.isJson()) {
            JsonNode tree = body.jsonOrRefuse(json, response);
            if (tree == null) {
                return;
            }
            if (starting != null) {
                startOnlyAtTheStart(tree, refusals);
            }
            scan(tree, starting, refusals);
            singleVariable(request.getMethod(), path, tree, refusals);
        }
        if (!refusals.isEmpty()) {
            String[] first = refusals.get(0);
            ProblemWriter.write(response, 400, "Invalid input", first[0], first[1]);
            return;
        }
        chain.doFilter(body, response);
    }

    /** The path as the engine matches it: Jersey takes {@code …/start/} for {@code …/start}. */
    static String withoutTrailingSlash(String path) {
        int end = path.length();
        while (end > 1 && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(0, end);
    }

    /**
     * A process starts at its start event, with its listeners and mappings: a start at another activity
     * ({@code startInstructions}) or without them skips what sets the process's own variables (the task groups,
     * the object) and failed later with 500 naming an expression. Refused for everyone; nothing in the app needs it.
     */
    private static void startOnlyAtTheStart(JsonNode body, List<String[]> refusals) {
        for (String field : START_BYPASSES) {
            JsonNode value = body.get(field);
            boolean used = value != null && !value.isNull() && !(value.isBoolean() && !value.asBoolean())
                    && !(value.isArray() && value.isEmpty());
            if (used) {
                refusals.add(new String[] {field, "proces uruchamia się tylko od jego zdarzenia początkowego, ze wszystkimi "
                        + "jego krokami – tego pola nie można użyć"});
            }
        }
    }

    /** The process key a start request starts; null for any other request. Definition ids are key:version:uuid. */
    static String startingProcess(String path) {
        Matcher start = START.matcher(path);
        if (!start.matches()) {
            return null;
        }
        String key = start.group(1) != null ? start.group(1) : start.group(2);
        int colon = key.indexOf(':');
        return colon < 0 ? key : key.substring(0, colon);
    }

    private void pathVariable(String path, String starting, List<String[]> refusals) {
        String[] segments = path.split("/");
        for (int i = 0; i + 1 < segments.length; i++) {
            if (VARIABLE_PATH.contains(segments[i])) {
                check(URLDecoder.decode(segments[i + 1], StandardCharsets.UTF_8), starting, refusals);
            }
        }
    }

    /** The variable a {@code …/variables/{name}/data} (or {@code localVariables}) request writes; null for any other path. */
    static String binaryVariable(String path) {
        String[] segments = path.split("/");
        int last = segments.length - 1;
        return last >= 2 && "data".equals(segments[last]) && VARIABLE_PATH.contains(segments[last - 2])
                ? URLDecoder.decode(segments[last - 1], StandardCharsets.UTF_8) : null;
    }

    /** {@code PUT …/variables/{name}} and {@code …/localVariables/{name}}: the body is the one variable. */
    private static void singleVariable(String method, String path, JsonNode body, List<String[]> refusals) {
        String[] segments = path.split("/");
        int last = segments.length - 1;
        if ("PUT".equals(method) && last > 0 && VARIABLE_PATH.contains(segments[last - 1])) {
            String name = URLDecoder.decode(segments[last], StandardCharsets.UTF_8);
            String problem = VariableCheck.problem(body);
            if (problem != null) {
                refusals.add(new String[] {name, problem});
            } else {
                longText(name, body, refusals);
            }
        }
    }

    private void scan(JsonNode node, String starting, List<String[]> refusals) {
        if (node.isArray()) {
            node.forEach(child -> scan(child, starting, refusals));
        } else if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (VARIABLE_MAPS.contains(field.getKey()) && field.getValue().isObject()) {
                    field.getValue().fields().forEachRemaining(v -> {
                        check(v.getKey(), starting, refusals);
                        String problem = VariableCheck.problem(v.getValue());
                        if (problem != null) {
                            refusals.add(new String[] {v.getKey(), problem});
                        }
                        longText(v.getKey(), v.getValue(), refusals);
                    });
                } else if ("deletions".equals(field.getKey()) && field.getValue().isArray()) {
                    field.getValue().forEach(name -> check(name.asText(), starting, refusals));
                } else {
                    scan(field.getValue(), starting, refusals);
                }
            });
        }
    }

    private void check(String name, String starting, List<String[]> refusals) {
        if (!bound.submittable(name, starting)) {
            refusals.add(new String[] {name, "is set by the process and cannot be submitted"});
        }
    }

    /** A text variable the engine cannot store, or with control characters: refused here by name, not at the database. */
    private static void longText(String name, JsonNode variable, List<String[]> refusals) {
        if (!(variable instanceof ObjectNode typed)) {
            return;
        }
        String type = typed.path("type").asText("String");
        JsonNode value = typed.get("value");
        if (value == null || !value.isTextual()) {
            return;
        }
        if (TextInput.firstControl(value.asText()) >= 0) {
            refusals.add(new String[] {name, "contains a control character"});
        } else if ("string".equalsIgnoreCase(type) && value.asText().length() > Limits.FORM_TEXT) {
            refusals.add(new String[] {name, "is longer than " + Limits.FORM_TEXT + " characters"});
        }
    }
}
