package pl.wspolnie.publicsite;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The public site speaks Polish whatever the browser asks for: pages say {@code Content-Language: pl} and dates
 * and numbers formatted in templates come out Polish. The API ({@code /api}) keeps answering in the language
 * of the {@code Accept-Language} header, as before (its validation messages are English). Every form the pages take
 * passes {@link PublicFormGuard} (rate limits, honeypot, expired tokens).
 */
@Configuration
class PublicSiteConfiguration implements WebMvcConfigurer {

    private final RateLimits.Settings rateLimits;

    PublicSiteConfiguration(RateLimits.Settings rateLimits) {
        this.rateLimits = rateLimits;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new PublicFormGuard(rateLimits));
    }

    static final Locale POLISH = Locale.forLanguageTag("pl-PL");

    @Bean
    ExpiredForms.Fallback expiredFormFallback() {
        return new ExpiredForms.Fallback();
    }

    @Bean
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver api = new AcceptHeaderLocaleResolver();
        return new LocaleResolver() {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                return request.getRequestURI().startsWith(request.getContextPath() + "/api") ? api.resolveLocale(request) : POLISH;
            }

            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                throw new UnsupportedOperationException("The locale follows the path: Polish pages, the API by Accept-Language");
            }
        };
    }
}
