package pl.wspolnie.security;

import static pl.wspolnie.security.Groups.ADMIN;
import static pl.wspolnie.security.Groups.COORDINATION_TEAM;
import static pl.wspolnie.security.Groups.COUNCIL_OFFICE;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Our API ({@code /api}) takes HTTP Basic against the engine's users; the engine REST API takes the same
 * through Camunda's own filter. Tasklist, Cockpit and Admin keep their own login.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/openapi/**", "/api/docs/**").permitAll()
                        .requestMatchers("/api/mail", "/api/mail/**").hasAnyAuthority(COORDINATION_TEAM, ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/programmes").hasAnyAuthority(COORDINATION_TEAM, ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/programmes/*/council-decision")
                        .hasAnyAuthority(COUNCIL_OFFICE, COORDINATION_TEAM, ADMIN)
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName("Wspolnie"))
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("engine-rest-basic-authentication");
        registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        return registration;
    }
}
