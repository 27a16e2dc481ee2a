package pl.wspolnie.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.core.io.support.SpringFactoriesLoader;

/**
 * Our settings records bind from application.yaml as it ships, and a wrong value stops the start with Spring Boot's
 * start-up report naming the property, the value and the reason. Only the records are started (every
 * {@code @ConfigurationProperties} class under {@code pl.wspolnie}), not the application.
 */
class ConfigurationValidationTest {

    /** Not a {@code @Configuration}, so the application's component scan in other tests never picks it up. */
    @ConfigurationPropertiesScan("pl.wspolnie")
    static class Settings {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withUserConfiguration(Settings.class);

    @Test
    void theShippedSettingsBind() {
        context.run(started -> {
            assertThat(started).hasNotFailed();
            assertThat(started.getBeanNamesForAnnotation(
                    org.springframework.boot.context.properties.ConfigurationProperties.class))
                    .as("one settings record per capability").hasSizeGreaterThanOrEqualTo(10);
        });
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "wspolnie.proposals.import-max-rows | -1 | must be greater than 0",
            "wspolnie.text.unit-max-length | 0 | must be greater than 0",
            "wspolnie.public-site.rate-limit.per-client.capacity | 0 | must be greater than 0",
            "wspolnie.public-site.rate-limit.per-email.period | PT0S | must be longer than or equal to",
            "wspolnie.login.max-failures | 0 | must be greater than 0",
            "wspolnie.mail.send-interval | -PT30S | must be longer than or equal to",
            "wspolnie.mail.max-attempts | 0 | must be greater than 0",
            "wspolnie.meetings.reminder-interval | PT0S | must be longer than or equal to",
            "wspolnie.operations.sample-period | -PT1S | must be longer than or equal to",
            "wspolnie.small-grants.max-share-of-grant-funds | 1.5 | must be less than or equal to 1",
            "wspolnie.drafting.pdf-timeout | PT0S | must be longer than or equal to",
            "wspolnie.zone | Mars/Olympus | ZoneId",
    })
    void aWrongValueStopsTheStartNamingTheProperty(String property, String value, String reason) {
        context.withPropertyValues(property + "=" + value).run(started -> {
            assertThat(started).hasFailed();
            String report = startUpReport(started.getStartupFailure());
            Matcher named = Pattern.compile("Property: (\\S+)").matcher(report);
            assertThat(named.find()).as("a property named in %s", report).isTrue();
            // Spring Boot names a record's property by its Java name (wspolnie.mail.maxAttempts), which relaxed
            // binding takes as the same property as wspolnie.mail.max-attempts
            assertThat(ConfigurationPropertyName.adapt(named.group(1), '.')).as(report)
                    .isEqualTo(ConfigurationPropertyName.of(property));
            assertThat(report).contains("Reason: ").contains(reason);
        });
    }

    /** What Spring Boot prints when the start fails: the description of the first failure analyzer that knows it. */
    private static String startUpReport(Throwable failure) {
        List<FailureAnalyzer> analyzers = SpringFactoriesLoader.forDefaultResourceLocation()
                .load(FailureAnalyzer.class, SpringFactoriesLoader.FailureHandler.handleMessage((message, e) -> { }));
        AnnotationAwareOrderComparator.sort(analyzers);
        return analyzers.stream().map(a -> a.analyze(failure)).filter(Objects::nonNull).findFirst()
                .map(FailureAnalysis::getDescription)
                .orElseThrow(() -> new AssertionError("no failure analysis of " + failure));
    }
}
