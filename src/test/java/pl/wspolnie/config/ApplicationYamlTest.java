package pl.wspolnie.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.io.ClassPathResource;

/** Settings that sit at the wrong place in application.yaml are silently ignored; this keeps them where they are read. */
class ApplicationYamlTest {

    @Test
    void everyWspolnieEnvironmentVariableFeedsAWspolnieOrFrameworkSetting() throws IOException {
        Map<String, String> byKey = settings();
        byKey.forEach((key, value) -> {
            if (value.contains("${WSPOLNIE_")) {
                assertThat(key).as("setting fed by %s", value).doesNotStartWith("logging.");
            }
        });
        assertThat(byKey).containsEntry("wspolnie.proposals.import-max-rows", "${WSPOLNIE_IMPORT_MAX_ROWS:2000}");
    }

    private static Map<String, String> settings() throws IOException {
        var sources = new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yaml"));
        Map<String, String> byKey = new TreeMap<>();
        for (var source : sources) {
            var enumerable = (EnumerablePropertySource<?>) source;
            for (String name : enumerable.getPropertyNames()) {
                byKey.put(name, String.valueOf(enumerable.getProperty(name)));
            }
        }
        return byKey;
    }
}
