package pl.wspolnie.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Registers {@link CanonicalPaths} first on every path, {@link EngineDoorGuard} on both doors to the engine (its REST
 * API and the webapps' engine API) and the same JSON body limit ({@code wspolnie.max-json-body}) on our API.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class EngineGuards {

    /**
     * After the engine REST API's authentication (see SecurityConfiguration), which it reads; the webapps' own
     * filters come after every one registered here.
     */
    @Bean
    FilterRegistrationBean<EngineDoorGuard> engineDoorGuard(ProcessEngine engine, ObjectMapper json,
            SecurityProperties properties, SubmittableVariables bound) {
        var guard = new EngineDoorGuard(json, properties.maxJsonBody().toBytes(),
                new EngineAccessRules(engine.getIdentityService()), new EngineInputRules(bound));
        var registration = new FilterRegistrationBean<>(guard);
        registration.setName("engine-door-guard");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }

    /** Before every other filter: one way to write a path, the one the guards read. */
    @Bean
    FilterRegistrationBean<CanonicalPaths> canonicalPaths() {
        var registration = new FilterRegistrationBean<>(new CanonicalPaths());
        registration.setName("canonical-paths");
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
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
