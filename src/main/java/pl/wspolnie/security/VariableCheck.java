package pl.wspolnie.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.text.ParsePosition;
import java.text.SimpleDateFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the engine REST API is asked to store as one variable ({@code {"value": …, "type": …, "valueInfo": …}}),
 * checked before the engine reads it: a type the engine knows and we accept over the API, and a value of that type.
 * The engine's own answer to a value it cannot convert is a 400 or 500 in its own format, not naming the variable
 * in a way our API and Tasklist show; here it is one sentence, for {@link EngineInputRules} to refuse with.
 * Files, bytes and XML are not variables our forms submit; an Object is taken only as JSON of plain Java types:
 * the engine builds whatever class is named (its no-argument constructor, then setters) each time the variable is
 * read, so a prefix such as {@code java.util.} would let a team make a {@code java.util.Timer} (a thread each) from
 * its own task. Only the classes below, also as type parameters ({@code java.util.ArrayList<java.lang.String>}).
 */
final class VariableCheck {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Camunda REST's default date format (Tasklist sends it too). */
    private static final String DATE_FORMAT = "yyyy-MM-dd'T'HH:mm:ss.SSSZ";
    private static final Map<String, String> TYPES = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private static final Set<String> NOT_TAKEN = Set.of("bytes", "file", "xml");
    private static final Set<String> OBJECT_TYPES = Set.of("java.util.ArrayList", "java.util.LinkedList",
            "java.util.List", "java.util.HashMap", "java.util.LinkedHashMap", "java.util.TreeMap", "java.util.Map",
            "java.util.HashSet", "java.util.LinkedHashSet", "java.util.TreeSet", "java.util.Set", "java.lang.Object",
            "java.lang.String", "java.lang.Integer", "java.lang.Long", "java.lang.Double", "java.lang.Boolean");
    private static final java.util.regex.Pattern TYPE_NAME = java.util.regex.Pattern.compile("[\\w$.<>, ]+");
    private static final java.util.regex.Pattern CLASS_NAME = java.util.regex.Pattern.compile("[\\w$.]+");

    static {
        for (String type : new String[] {"String", "Boolean", "Integer", "Short", "Long", "Double", "Date", "Null",
                "Json", "Object", "Bytes", "File", "Xml"}) {
            TYPES.put(type, type);
        }
    }

    private VariableCheck() {
    }

    /** Why the engine cannot take this variable, or null when it can. */
    static String problem(JsonNode variable) {
        if (variable == null || !variable.isObject()) {
            return "must be an object {\"value\": …, \"type\": …}";
        }
        JsonNode typeNode = variable.get("type");
        JsonNode value = variable.get("value");
        if (typeNode != null && !typeNode.isNull() && !typeNode.isTextual()) {
            return "type must be a type name";
        }
        String type = typeNode == null || typeNode.isNull() || typeNode.asText().isBlank() ? null : TYPES.get(typeNode.asText());
        if (typeNode != null && typeNode.isTextual() && !typeNode.asText().isBlank() && type == null) {
            return "has the unknown type " + quoted(typeNode.asText()) + " (known: String, Boolean, Integer, Short, Long, Double, Date, Json, Object, Null)";
        }
        if (type != null && NOT_TAKEN.contains(type.toLowerCase(Locale.ROOT))) {
            return "of type " + type + " is not taken over the API";
        }
        JsonNode info = variable.get("valueInfo");
        if (info != null && !info.isNull() && !info.isObject()) {
            return "valueInfo must be an object";
        }
        if (value == null || value.isNull()) {
            return null;
        }
        if (type == null) {
            return null; // untyped: the engine takes the JSON value as it is (Tasklist's forms send scalars so)
        }
        return switch (type) {
            case "String" -> value.isContainerNode() ? "of type String must be a text" : null;
            case "Boolean" -> value.isBoolean() || value.isTextual() && Set.of("true", "false").contains(value.asText())
                    ? null : "of type Boolean must be true or false";
            case "Integer" -> whole(value, Integer.MIN_VALUE, Integer.MAX_VALUE) ? null : "of type Integer must be a whole number";
            case "Short" -> whole(value, Short.MIN_VALUE, Short.MAX_VALUE) ? null : "of type Short must be a whole number";
            case "Long" -> whole(value, Long.MIN_VALUE, Long.MAX_VALUE) ? null : "of type Long must be a whole number";
            case "Double" -> number(value) ? null : "of type Double must be a number";
            case "Date" -> date(value) ? null : "of type Date must be a date such as 2027-03-31T00:00:00.000+0200";
            case "Null" -> null;
            case "Json" -> json(value) ? null : "of type Json must be a text holding JSON";
            case "Object" -> object(value, info);
            default -> null;
        };
    }

    private static boolean whole(JsonNode value, long min, long max) {
        try {
            long n;
            if (value.isIntegralNumber() && value.canConvertToLong()) {
                n = value.longValue();
            } else if (value.isTextual()) {
                n = Long.parseLong(value.asText().strip());
            } else {
                return false;
            }
            return n >= min && n <= max;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean number(JsonNode value) {
        if (value.isNumber()) {
            return true;
        }
        if (!value.isTextual()) {
            return false;
        }
        try {
            return Double.isFinite(Double.parseDouble(value.asText().strip()));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean date(JsonNode value) {
        if (!value.isTextual()) {
            return false;
        }
        SimpleDateFormat format = new SimpleDateFormat(DATE_FORMAT, Locale.ROOT);
        format.setLenient(false);
        ParsePosition at = new ParsePosition(0);
        return format.parse(value.asText(), at) != null && at.getIndex() == value.asText().length();
    }

    private static boolean json(JsonNode value) {
        if (!value.isTextual()) {
            return false;
        }
        try {
            JSON.readTree(value.asText());
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String object(JsonNode value, JsonNode info) {
        String format = info == null ? "" : info.path("serializationDataFormat").asText("");
        String typeName = info == null ? "" : info.path("objectTypeName").asText("");
        if (!format.startsWith("application/json")) {
            return "of type Object is taken only as application/json";
        }
        if (!plainType(typeName)) {
            return "of type Object names the class " + quoted(typeName) + ", which is not taken";
        }
        return json(value) ? null : "of type Object must be a text holding JSON";
    }

    /** A class of {@link #OBJECT_TYPES}, with type parameters of them only. */
    static boolean plainType(String typeName) {
        if (!TYPE_NAME.matcher(typeName).matches()) {
            return false;
        }
        var names = CLASS_NAME.matcher(typeName);
        boolean any = false;
        while (names.find()) {
            if (!OBJECT_TYPES.contains(names.group())) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static String quoted(String text) {
        return "\"" + (text.length() > 60 ? text.substring(0, 60) + "…" : text) + "\"";
    }
}
