package pl.wspolnie.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a refusal from a servlet filter as {@code application/problem+json} naming the field, shaped like our
 * API's problems; {@code type}/{@code message} also let Camunda's webapps (Tasklist) show it as they show the
 * engine's own errors.
 */
final class ProblemWriter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProblemWriter() {
    }

    static void write(HttpServletResponse response, int status, String title, String field, String message) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", field + ": " + message);
        body.put("message", field + ": " + message);
        body.put("errors", List.of(Map.of("field", field, "message", message)));
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(body));
        response.flushBuffer();
    }
}
