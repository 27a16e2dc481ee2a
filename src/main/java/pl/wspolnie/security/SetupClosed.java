package pl.wspolnie.security;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Camunda Admin's "initial setup" (create the first administrator from the browser, without logging in) is
 * closed in every profile: the first administrator comes from configuration ({@link AdministratorRequired}).
 * Both the setup page and its API answer 404 before the webapp sees the request.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SetupClosed {

    @Bean
    FilterRegistrationBean<Filter> webappSetupClosed() {
        Filter closed = (request, response, chain) -> ((HttpServletResponse) response).sendError(HttpServletResponse.SC_NOT_FOUND);
        var registration = new FilterRegistrationBean<>(closed);
        registration.setName("webapp-setup-closed");
        // the API the setup page posts to, and the page itself (engine "default", the only one)
        registration.addUrlPatterns("/camunda/api/admin/setup/*", "/camunda/app/admin/default/setup/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
