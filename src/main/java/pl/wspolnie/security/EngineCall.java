package pl.wspolnie.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One request at a door of the engine, read once for every rule of {@link EngineDoorGuard}: which door, the resource
 * path as the engine matches it, and the body — read at most once (up to the limit) and kept for the engine.
 */
final class EngineCall {

    /** Both doors to the engine: its REST API and the webapps' engine API; group 1 is the resource path. */
    private static final Pattern ENGINE_PATH = Pattern.compile("^(?:/engine-rest|/camunda/api/engine/engine/[^/]+)(/.*)$");
    /** The Cockpit and Admin plugins' API, but not their static files. */
    private static final Pattern PLUGIN_PATH = Pattern.compile("^/camunda/api/(?:cockpit|admin)/plugin/[^/]+/(?!static(?:/|$))[^/]+(?:/.*)?$");

    private final HttpServletRequest request;
    private final String raw;
    private final String path;
    private final boolean plugin;
    private final ObjectMapper json;
    private final long maxBody;
    private CachedBody body;
    private JsonNode tree;

    private EngineCall(HttpServletRequest request, String raw, String path, boolean plugin, ObjectMapper json, long maxBody) {
        this.request = request;
        this.raw = raw;
        this.path = path;
        this.plugin = plugin;
        this.json = json;
        this.maxBody = maxBody;
    }

    /** The request as a call to the engine or to a webapp plugin's API; null for any other path. */
    static EngineCall of(HttpServletRequest request, ObjectMapper json, long maxBody) {
        String raw = CanonicalPaths.rawPath(request);
        Matcher engine = ENGINE_PATH.matcher(raw);
        if (engine.matches()) {
            return new EngineCall(request, raw, withoutTrailingSlash(engine.group(1)), false, json, maxBody);
        }
        return PLUGIN_PATH.matcher(raw).matches() ? new EngineCall(request, raw, raw, true, json, maxBody) : null;
    }

    /** The path as the engine matches it: Jersey takes {@code …/start/} for {@code …/start}. */
    private static String withoutTrailingSlash(String path) {
        int end = path.length();
        while (end > 1 && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(0, end);
    }

    /** A path segment as the engine reads it (a variable name, a user id). */
    static String decoded(String segment) {
        return URLDecoder.decode(segment, StandardCharsets.UTF_8);
    }

    /** The engine's resource path ({@code /process-definition/…}); for a plugin call, the whole path. */
    String path() {
        return path;
    }

    String[] segments() {
        return path.split("/");
    }

    String method() {
        return request.getMethod();
    }

    boolean is(String method, String resource) {
        return method.equals(method()) && resource.equals(path);
    }

    /** A call to a Cockpit or Admin plugin's API rather than to the engine's. */
    boolean plugin() {
        return plugin;
    }

    /** Through the engine REST API (HTTP Basic) rather than the webapps' API (their session). */
    boolean restApi() {
        return raw.startsWith("/engine-rest");
    }

    HttpServletRequest servletRequest() {
        return request;
    }

    /** The request to pass on: with the body as read here, when a rule read it. */
    HttpServletRequest forwarded() {
        return body != null ? body : request;
    }

    /** Whether the body is JSON by its content type and not empty; reads it. */
    boolean hasJsonBody() throws IOException, Refusal {
        return body().isJson();
    }

    /** The body as JSON whatever its content type (a missing node when empty); refused 400 when it is not JSON. */
    JsonNode json() throws IOException, Refusal {
        if (tree == null) {
            try {
                JsonNode read = json.readTree(body().bytes());
                tree = read == null ? MissingNode.getInstance() : read;
            } catch (IOException e) {
                throw Refusal.invalid("body", "is not valid JSON");
            }
        }
        return tree;
    }

    private CachedBody body() throws IOException, Refusal {
        if (body == null) {
            body = CachedBody.read(request, maxBody);
            if (body == null) {
                throw Refusal.tooLarge(maxBody);
            }
        }
        return body;
    }
}
