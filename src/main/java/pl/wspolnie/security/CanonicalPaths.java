package pl.wspolnie.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Before anything else reads a request: its path must be written the one way the guards read it. The container
 * maps a request by its decoded, normalised path while guards that read the raw path ({@code getRequestURI()})
 * would see another one, so {@code /%65ngine-rest/…} reached the engine past them (and answered 500). Refused with
 * 400: a percent-encoded letter, digit, {@code - . _ ~}, slash, backslash or percent sign (no client needs to encode
 * them), a path parameter ({@code ;jsessionid=…}), an empty segment ({@code //}) and a {@code .} or {@code ..}
 * segment. Encoded characters that must be encoded (spaces, Polish letters in a variable name) pass.
 * On the API doors the answer is problem+json; elsewhere the site's error page.
 */
class CanonicalPaths extends OncePerRequestFilter {

    /** %XX of an unreserved character (RFC 3986: ALPHA / DIGIT / - . _ ~), of / \ and of %. */
    private static final Pattern NEEDLESS_ESCAPE = Pattern.compile(
            "%(?:[46][1-9a-f]|[57][0-9a]|3[0-9]|2d|2e|5f|7e|2f|5c|25)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOT_SEGMENT = Pattern.compile("(?:^|/)\\.{1,2}(?:/|$)");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String problem = problem(rawPath(request));
        if (problem == null) {
            chain.doFilter(request, response);
            return;
        }
        String decoded = (request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo()))
                .toLowerCase(Locale.ROOT);
        if (decoded.startsWith("/api") || decoded.startsWith("/engine-rest") || decoded.startsWith("/camunda/api")
                || decoded.startsWith("/actuator")) {
            ProblemWriter.write(response, 400, "Invalid input", "path", problem);
        } else {
            response.sendError(400, problem);
        }
    }

    /** The path as the client wrote it (undecoded), without the context path: what the guards read. */
    static String rawPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** Why this raw path is not in its one canonical form; null when it is. */
    static String problem(String rawPath) {
        if (rawPath.indexOf(';') >= 0) {
            return "ścieżka nie może zawierać parametrów po średniku (;)";
        }
        if (rawPath.contains("//")) {
            return "ścieżka nie może zawierać pustego segmentu (//)";
        }
        if (NEEDLESS_ESCAPE.matcher(rawPath).find()) {
            return "ścieżka zawiera zbędnie zakodowany znak (%XX liter, cyfr, kropki, ukośnika lub procentu)";
        }
        if (DOT_SEGMENT.matcher(rawPath).find()) {
            return "ścieżka nie może zawierać segmentów . ani ..";
        }
        return null;
    }
}
