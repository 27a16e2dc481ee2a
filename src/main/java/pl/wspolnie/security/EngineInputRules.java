package pl.wspolnie.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pl.wspolnie.shared.Limits;
import pl.wspolnie.shared.TextInput;

/**
 * What a request to the engine (ours at {@code /engine-rest}, Tasklist's at {@code /camunda/api/engine}) asks it to
 * store as variables, checked before the engine sees it: a variable naming the task's business object
 * ({@link SubmittableVariables}, answered by the process module) is refused whatever the route (task completion, form
 * submission, start, variable update, message correlation, modification), and so is a text longer than a variable
 * holds, a value the engine cannot read as its type ({@link VariableCheck}) or a body over the limit. The binary route
 * ({@code …/variables/{name}/data}, multipart) is closed: it stores files and bytes, and with a {@code type} part
 * builds an object of any Java class named, none of which the JSON route takes. A process starts only at its start
 * event. Refusals are 400/413 naming the variable (or the field).
 */
final class EngineInputRules {

    /** JSON members whose object value maps variable names to values, on any engine REST route. */
    private static final Set<String> VARIABLE_MAPS = Set.of("variables", "processVariables", "processVariablesLocal",
            "modifications", "localVariables", "processVariablesToTriggeredScope");
    /** Members of a start request that start the process elsewhere than at its start event or skip its steps. */
    private static final List<String> START_BYPASSES = List.of("startInstructions", "skipCustomListeners", "skipIoMappings");
    private static final Set<String> VARIABLE_PATH = Set.of("variables", "localVariables");
    private static final Pattern START = Pattern.compile("^/process-definition/(?:key/([^/]+)(?:/tenant-id/[^/]+)?|([^/]+))/(?:start|submit-form)$");

    private final SubmittableVariables bound;

    EngineInputRules(SubmittableVariables bound) {
        this.bound = bound;
    }

    /** The rules in the order their refusals take precedence; reads nothing for a plugin call or a GET. */
    void check(EngineCall call) throws IOException, Refusal {
        if (call.plugin() || "GET".equals(call.method()) || "OPTIONS".equals(call.method())) {
            return;
        }
        String starting = startingProcess(call.path());
        noBinaryVariable(call.segments());
        JsonNode body = call.hasJsonBody() ? call.json() : null;
        pathVariables(call.segments(), starting);
        if (body != null) {
            if (starting != null) {
                startOnlyAtTheStart(body);
            }
            variableMaps(body, starting);
            singleVariable(call, body);
        }
    }

    /** The process key a start request starts; null for any other request. Definition ids are key:version:uuid. */
    private static String startingProcess(String path) {
        Matcher start = START.matcher(path);
        if (!start.matches()) {
            return null;
        }
        String key = start.group(1) != null ? start.group(1) : start.group(2);
        int colon = key.indexOf(':');
        return colon < 0 ? key : key.substring(0, colon);
    }

    /** {@code …/variables/{name}/data} (or {@code localVariables}): files, bytes and serialized objects are not taken. */
    private static void noBinaryVariable(String[] segments) throws Refusal {
        int last = segments.length - 1;
        if (last >= 2 && "data".equals(segments[last]) && VARIABLE_PATH.contains(segments[last - 2])) {
            throw Refusal.invalid(EngineCall.decoded(segments[last - 1]),
                    "is not taken as a file, bytes or a serialized object over the API");
        }
    }

    /** The variables a path names ({@code …/variables/{name}}, {@code …/localVariables/{name}}). */
    private void pathVariables(String[] segments, String starting) throws Refusal {
        for (int i = 0; i + 1 < segments.length; i++) {
            if (VARIABLE_PATH.contains(segments[i])) {
                submittable(EngineCall.decoded(segments[i + 1]), starting);
            }
        }
    }

    /**
     * A process starts at its start event, with its listeners and mappings: a start at another activity
     * ({@code startInstructions}) or without them skips what sets the process's own variables (the task groups,
     * the object) and failed later with 500 naming an expression. Refused for everyone; nothing in the app needs it.
     */
    private static void startOnlyAtTheStart(JsonNode body) throws Refusal {
        for (String field : START_BYPASSES) {
            JsonNode value = body.get(field);
            boolean used = value != null && !value.isNull() && !(value.isBoolean() && !value.asBoolean())
                    && !(value.isArray() && value.isEmpty());
            if (used) {
                throw Refusal.invalid(field, "proces uruchamia się tylko od jego zdarzenia początkowego, ze wszystkimi "
                        + "jego krokami – tego pola nie można użyć");
            }
        }
    }

    /** Every variable map ({@link #VARIABLE_MAPS}) and {@code deletions} list anywhere in the body. */
    private void variableMaps(JsonNode node, String starting) throws Refusal {
        if (node.isArray()) {
            for (JsonNode child : node) {
                variableMaps(child, starting);
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (VARIABLE_MAPS.contains(field.getKey()) && field.getValue().isObject()) {
                    for (Map.Entry<String, JsonNode> variable : field.getValue().properties()) {
                        submittable(variable.getKey(), starting);
                        storable(variable.getKey(), variable.getValue());
                    }
                } else if ("deletions".equals(field.getKey()) && field.getValue().isArray()) {
                    for (JsonNode name : field.getValue()) {
                        submittable(name.asText(), starting);
                    }
                } else {
                    variableMaps(field.getValue(), starting);
                }
            }
        }
    }

    /** {@code PUT …/variables/{name}} and {@code …/localVariables/{name}}: the body is the one variable. */
    private static void singleVariable(EngineCall call, JsonNode body) throws Refusal {
        String[] segments = call.segments();
        int last = segments.length - 1;
        if ("PUT".equals(call.method()) && last > 0 && VARIABLE_PATH.contains(segments[last - 1])) {
            storable(EngineCall.decoded(segments[last]), body);
        }
    }

    private void submittable(String name, String starting) throws Refusal {
        if (!bound.submittable(name, starting)) {
            throw Refusal.invalid(name, "is set by the process and cannot be submitted");
        }
    }

    /**
     * A value the engine can read as its type ({@link VariableCheck}); a text it can store and without control
     * characters: refused here by name, not at the database.
     */
    private static void storable(String name, JsonNode variable) throws Refusal {
        String problem = VariableCheck.problem(variable);
        if (problem != null) {
            throw Refusal.invalid(name, problem);
        }
        if (!(variable instanceof ObjectNode typed)) {
            return;
        }
        String type = typed.path("type").asText("String");
        JsonNode value = typed.get("value");
        if (value == null || !value.isTextual()) {
            return;
        }
        if (TextInput.firstControl(value.asText()) >= 0) {
            throw Refusal.invalid(name, "contains a control character");
        } else if ("string".equalsIgnoreCase(type) && value.asText().length() > Limits.FORM_TEXT) {
            throw Refusal.invalid(name, "is longer than " + Limits.FORM_TEXT + " characters");
        }
    }
}
