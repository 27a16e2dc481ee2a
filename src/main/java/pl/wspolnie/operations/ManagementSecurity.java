package pl.wspolnie.operations;

import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import pl.wspolnie.security.Groups;

/**
 * The Actuator endpoints under {@code /actuator}: the health probes are open (a load balancer or an orchestrator
 * asks them without credentials, and they show no details unless an administrator asks), everything else —
 * metrics, Prometheus, info — only for administrators (group {@code camunda-admin}) with HTTP Basic, like our API.
 * A chain of its own, ahead of the others in {@code security.SecurityConfiguration}, which never match these paths.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ManagementSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain managementEndpoints(HttpSecurity http) throws Exception {
        return http
                .securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                        .anyRequest().hasAuthority(Groups.ADMIN))
                .httpBasic(basic -> basic.realmName("Wspolnie"))
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }
}
