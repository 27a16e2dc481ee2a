package pl.wspolnie.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers {@link EngineRequestGuard} on both doors to the engine (its REST API and the webapps' engine API) and
 * the same JSON body limit ({@code wspolnie.max-json-body}) on our API.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class EngineGuards {

    @Bean
    FilterRegistrationBean<EngineRequestGuard> engineRequestGuard(ObjectMapper json,
            SecurityProperties properties, SubmittableVariables bound) {
        var registration = new FilterRegistrationBean<>(new EngineRequestGuard(json, properties.maxJsonBody().toBytes(), bound));
        registration.setName("engine-request-guard");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        return registration;
    }

    @Bean
    FilterRegistrationBean<JsonBodyLimit> apiJsonBodyLimit(SecurityProperties properties) {
        var registration = new FilterRegistrationBean<>(new JsonBodyLimit(properties.maxJsonBody().toBytes()));
        registration.setName("api-json-body-limit");
        registration.addUrlPatterns("/api/*");
        return registration;
    }
}
