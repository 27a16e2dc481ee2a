package pl.wspolnie.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import pl.wspolnie.security.CurrentUser;

/**
 * The pick lists of start forms ({@code valuesKey} of a select in a Camunda Form a process starts with, e.g. the
 * sectors and departments of {@code proposal-submission}). A task form gets them as variables of its process
 * ({@link PickLists}); a start form has no process yet, and Tasklist 7.24 loads no variables at all for a Camunda Form
 * start form (it imports the schema with empty data). So when Tasklist or the engine REST API serves a start form's
 * schema ({@code …/process-definition/…/deployed-start-form}), each select whose {@code valuesKey} names one of
 * {@link PickLists#startFormLists the start-form lists} gets that list, made for the person asking (a department's
 * staff: their own department only, then also chosen for them), as its values.
 */
@Configuration
class StartFormPickLists {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> startFormPickListFilter(PickLists lists, CurrentUser currentUser) {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new Filler(lists, currentUser));
        registration.setName("start-form-pick-lists");
        registration.addUrlPatterns("/camunda/api/engine/*", "/engine-rest/*");
        // inside the engine REST API's Basic authentication (SecurityConfiguration), whose user it reads
        registration.setOrder(org.springframework.core.Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }

    /**
     * The schema with each select whose {@code valuesKey} is one of {@code lists} given that list as its values; a
     * list of one option is also the select's default (preselected). Other components are left as they are.
     */
    static JsonNode fill(JsonNode schema, Map<String, List<Map<String, String>>> lists) {
        if (schema instanceof ObjectNode component) {
            String key = component.path("valuesKey").asText(null);
            List<Map<String, String>> options = key == null ? null : lists.get(key);
            if (options != null) {
                component.remove("valuesKey");
                component.set("values", JSON.valueToTree(options));
                if (options.size() == 1 && !component.hasNonNull("defaultValue")) {
                    component.put("defaultValue", options.get(0).get("value"));
                }
            }
        }
        schema.path("components").forEach(child -> fill(child, lists));
        return schema;
    }

    private static final class Filler extends OncePerRequestFilter {

        private final PickLists lists;
        private final CurrentUser currentUser;

        Filler(PickLists lists, CurrentUser currentUser) {
            this.lists = lists;
            this.currentUser = currentUser;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !"GET".equals(request.getMethod()) || !request.getRequestURI().endsWith("/deployed-start-form");
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Collection<String> groups = currentUser.groupsIn(request);
            var wrapper = new ContentCachingResponseWrapper(response);
            try {
                chain.doFilter(request, wrapper);
                if (wrapper.getStatus() == 200 && wrapper.getContentSize() > 0) {
                    JsonNode schema = JSON.readTree(wrapper.getContentAsByteArray());
                    wrapper.resetBuffer();
                    wrapper.getOutputStream().write(JSON.writeValueAsBytes(fill(schema, lists.startFormLists(groups))));
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException notJson) {
                // not a Camunda Form (an embedded HTML start form): served as it is
            } finally {
                wrapper.copyBodyToResponse();
            }
        }

    }
}
