package pl.wspolnie.security;

import static pl.wspolnie.security.Groups.ADMIN;
import static pl.wspolnie.security.Groups.COORDINATION_TEAM;
import static pl.wspolnie.security.Groups.COUNCIL_OFFICE;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Our API ({@code /api}) takes HTTP Basic against the engine's users; the engine REST API takes the same
 * through Camunda's own filter. Tasklist, Cockpit and Admin keep their own login. The public pages (for NGOs,
 * no login) have a chain of their own: open to everyone, without server sessions, with CSRF protection on their
 * forms (a cookie token). Neither chain matches {@code /camunda/**} or {@code /engine-rest/**}.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    /**
     * Server-rendered pages anyone may open and post to without logging in: the consultations at the site root and
     * under {@code /konsultacje}, the call for proposals under {@code /propozycje}. A new public page adds its
     * paths here so that its forms get CSRF protection too.
     */
    static final String[] PUBLIC_PAGES = {"/", "/konsultacje", "/konsultacje/**", "/propozycje", "/propozycje/**",
            "/spotkania", "/spotkania/**", "/powiadomienia/**", "/logowanie-tasklist"};

    /**
     * Pages with a form: no login, no server session for anyone (an anonymous GET must not cost the node memory,
     * issue #12), so the CSRF token is a cookie compared with the form's field; strict content security policy.
     */
    @Bean
    @Order(2)
    SecurityFilterChain publicPages(HttpSecurity http,
                                    SecurityProperties properties,
                                    @org.springframework.beans.factory.annotation.Qualifier("publicFormsAccessDenied")
                                    org.springframework.security.web.access.AccessDeniedHandler expiredForms) throws Exception {
        return http
                .securityMatcher(PUBLIC_PAGES)
                .addFilterBefore(new PublicFormSize(properties.publicSite().maxFormSize().toBytes()), CsrfFilter.class)
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.csrfTokenRepository(publicCsrfCookie()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .anonymous(anonymous -> anonymous.principal(CurrentUser.PUBLIC))
                .requestCache(cache -> cache.disable())
                // an expired or missing token shows the form again with what was typed (403), see publicsite.ExpiredForms
                .exceptionHandling(e -> e.accessDeniedHandler(expiredForms))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; base-uri 'self'; "
                                + "form-action 'self'; frame-ancestors 'none'; object-src 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        // only on https (as the proxy reports it: server.forward-headers-strategy)
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)))
                .build();
    }

    /** The name of the public site's CSRF cookie; not Camunda's {@code XSRF-TOKEN}, which the webapps use at the same path. */
    static final String PUBLIC_CSRF_COOKIE = "wspolnie-csrf";

    /**
     * The public forms' CSRF token in a cookie (double submit): HttpOnly (only the form's hidden field carries it
     * back), SameSite=Lax like the session cookie (a link from e-mail to a form keeps the token of a form open in
     * another tab), Secure on https as the proxy reports it ({@code request.isSecure()} under
     * {@code server.forward-headers-strategy}); a browser-session cookie, so closing the browser is the "expired form".
     */
    static CookieCsrfTokenRepository publicCsrfCookie() {
        CookieCsrfTokenRepository cookie = new CookieCsrfTokenRepository();
        cookie.setCookieName(PUBLIC_CSRF_COOKIE);
        cookie.setHeaderName("X-CSRF-TOKEN"); // as the session-kept token had it
        cookie.setCookieCustomizer(c -> c.httpOnly(true).sameSite("Lax"));
        return cookie;
    }

    /**
     * The staff's drafting pages ({@code /drafting/**}): logged in through Tasklist (the Camunda webapp session,
     * see {@link TasklistSession}); without it the page says where to log in. Forms carry a CSRF token.
     */
    @Bean
    @Order(3)
    SecurityFilterChain draftingPagesChain(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/drafting/**")
                .addFilterBefore(new TasklistSession(), org.springframework.security.web.authentication.AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .csrf(Customizer.withDefaults())
                .requestCache(cache -> cache.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, failure) ->
                        response.sendRedirect(request.getContextPath() + "/logowanie-tasklist?powrot="
                                + java.net.URLEncoder.encode(request.getRequestURI(), java.nio.charset.StandardCharsets.UTF_8))))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; base-uri 'self'; "
                                + "form-action 'self'; frame-ancestors 'none'; object-src 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ProcessEngine engine) throws Exception {
        return http
                .securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/openapi/**", "/api/docs/**").permitAll()
                        .requestMatchers("/api/mail", "/api/mail/**").hasAnyAuthority(COORDINATION_TEAM, ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/programmes").hasAnyAuthority(COORDINATION_TEAM, ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/programmes/*/council-decision")
                        .hasAnyAuthority(COUNCIL_OFFICE, COORDINATION_TEAM, ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/programmes/*/consultation/comment-responses/resume")
                        .hasAnyAuthority(COORDINATION_TEAM, ADMIN)
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName("Wspolnie"))
                // Read-only document downloads also for the Tasklist session (links in task forms); see the class.
                .addFilterBefore(new WebappSessionAuthentication(engine.getIdentityService(), engine.getName()),
                        BasicAuthenticationFilter.class)
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    /** Before Spring Security's and the engine's authentication, on every path that takes credentials. */
    @Bean
    FilterRegistrationBean<LoginThrottle> loginThrottle(SecurityProperties properties) {
        var login = properties.login();
        var registration = new FilterRegistrationBean<>(new LoginThrottle(login.maxFailures(), login.failureWindow()));
        registration.setName("login-throttle");
        registration.addUrlPatterns("/api/*", "/engine-rest/*", "/camunda/api/*");
        registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** Before anything reads the request: no changing request from another site's page on the Basic doors. */
    @Bean
    FilterRegistrationBean<CrossSiteRequests> crossSiteRequests() {
        var registration = new FilterRegistrationBean<>(new CrossSiteRequests());
        registration.setName("cross-site-requests");
        registration.addUrlPatterns("/api/*", "/engine-rest/*");
        registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("engine-rest-basic-authentication");
        registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        // before security.EngineDoorGuard, which reads the authentication this sets
        registration.setOrder(org.springframework.core.Ordered.LOWEST_PRECEDENCE - 20);
        return registration;
    }
}
