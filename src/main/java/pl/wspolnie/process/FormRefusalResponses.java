package pl.wspolnie.process;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The engine REST API (Tasklist's {@code /camunda/api/engine} and {@code /engine-rest}) answers a refused form with 400
 * and "Cannot instantiate process definition programme-drafting:1:ae28…: &lt;our message&gt;" — an internal id in front
 * of the Polish sentence a person should read. For form submissions and task completions only, this keeps the sentence.
 */
@Configuration
class FormRefusalResponses {

    static final Pattern PREFIX = Pattern.compile(
            "^Cannot (?:instantiate process definition|submit task form|complete task|start process instance) [^ ]+: (.+)$", Pattern.DOTALL);

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> formRefusalMessages() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new Rewriter());
        registration.setName("form-refusal-messages");
        registration.addUrlPatterns("/camunda/api/engine/*", "/engine-rest/*");
        return registration;
    }

    /** The message a person should read: without the engine's prefix naming ids. */
    static String withoutPrefix(String message) {
        Matcher m = message == null ? null : PREFIX.matcher(message);
        return m != null && m.matches() ? m.group(1) : message;
    }

    private static final class Rewriter extends OncePerRequestFilter {

        private static final ObjectMapper JSON = new ObjectMapper();

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            String uri = request.getRequestURI();
            return !"POST".equals(request.getMethod()) || !(uri.endsWith("/submit-form") || uri.endsWith("/complete"));
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            var wrapper = new ContentCachingResponseWrapper(response);
            try {
                chain.doFilter(request, wrapper);
                if (wrapper.getStatus() == 400 && wrapper.getContentSize() > 0) {
                    rewrite(wrapper);
                }
            } finally {
                wrapper.copyBodyToResponse();
            }
        }

        private static void rewrite(ContentCachingResponseWrapper wrapper) throws IOException {
            try {
                var body = JSON.readTree(wrapper.getContentAsByteArray());
                if (body instanceof ObjectNode error && error.hasNonNull("message")) {
                    String message = error.get("message").asText();
                    String shorter = withoutPrefix(message);
                    if (!shorter.equals(message)) {
                        error.put("message", shorter);
                        wrapper.resetBuffer();
                        wrapper.getOutputStream().write(JSON.writeValueAsString(error).getBytes(StandardCharsets.UTF_8));
                    }
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException notJson) {
                // not the engine's JSON error: leave it as it is
            }
        }
    }
}
