package pl.wspolnie.publicsite;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    private static final Logger log = LoggerFactory.getLogger(PublicSiteConfiguration.class);

    private final RateLimits.Settings rateLimits;
    private final DataSource dataSource;

    PublicSiteConfiguration(RateLimits.Settings rateLimits, DataSource dataSource) {
        this.rateLimits = rateLimits;
        this.dataSource = dataSource;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(formGuard());
    }

    /** Rate limits in the database (every node one budget) on PostgreSQL or when asked, else in this node's memory. */
    private PublicFormGuard formGuard() {
        boolean shared = switch (rateLimits.store()) {
            case MEMORY -> false;
            case DATABASE -> {
                if (!SharedBuckets.postgres(dataSource)) {
                    throw new IllegalStateException("wspolnie.public-site.rate-limit.store=database needs PostgreSQL");
                }
                yield true;
            }
            case AUTO -> SharedBuckets.postgres(dataSource);
        };
        log.info("Public-site rate limits kept {}", shared ? "in the database, shared by every node" : "in this node's memory");
        return shared ? new PublicFormGuard(rateLimits, new SharedBuckets(dataSource, SharedBuckets.TABLE))
                : new PublicFormGuard(rateLimits);
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
