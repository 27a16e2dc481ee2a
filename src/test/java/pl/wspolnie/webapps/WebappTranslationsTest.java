package pl.wspolnie.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our Polish translations of the Camunda webapps ({@code src/main/resources/META-INF/resources/webjars/camunda/app/<app>/
 * locales/pl.json}) against the English files the webapp jar on the classpath ships: every English key has a Polish
 * text, every placeholder survives, and our {@code config.js} (not the jar's) is what the classpath serves.
 */
class WebappTranslationsTest {

    private static final String APP = "META-INF/resources/webjars/camunda/app/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*\\w+\\s*}}|\\{}");
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void everyShippedEnglishKeyHasAPolishText(String app) throws IOException {
        Map<String, String> english = flatten(read(APP + app + "/locales/en.json"));
        Map<String, String> polish = flatten(read(APP + app + "/locales/pl.json"));

        assertThat(english).as("English labels of %s in the webapp jar", app).hasSizeGreaterThan(100);
        List<String> missing = english.keySet().stream().filter(key -> !polish.containsKey(key)).toList();
        assertThat(missing).as("keys of %s/locales/en.json missing from our pl.json", app).isEmpty();
        List<String> broken = new ArrayList<>();
        english.forEach((key, text) -> {
            if (!placeholders(text).equals(placeholders(polish.get(key)))) {
                broken.add(key + ": " + polish.get(key));
            }
        });
        assertThat(broken).as("Polish texts of %s that lost or renamed a placeholder", app).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin"})
    void polishDatesAndMondayFirstWeeks(String app) throws IOException {
        JsonNode dates = read(APP + app + "/locales/pl.json").get("dateLocales");
        assertThat(dates.at("/longDateFormat/L").asText()).isEqualTo("DD.MM.YYYY");
        assertThat(dates.at("/week/dow").asInt()).as("first day of the week: Monday").isEqualTo(1);
        assertThat(dates.at("/months/10").asText()).isEqualTo("listopada");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void ourConfigurationIsTheOneServed(String app) throws IOException {
        String config = text(APP + app + "/scripts/config.js");
        assertThat(config).contains("from '../../wspolnie-polish.js'", "locales,", "dateFormat");
        assertThat(text(APP + "wspolnie-polish.js")).contains("availableLocales: ['pl', 'en']", "fallbackLocale: 'pl'",
                "normal: 'DD.MM.YYYY HH:mm'");
        assertThat(text(APP + app + "/styles/user-styles.css")).contains(".ce-eol-banner");
    }

    private static Map<String, String> flatten(JsonNode root) {
        Map<String, String> flat = new TreeMap<>();
        flatten("", root, flat);
        return flat;
    }

    private static void flatten(String path, JsonNode node, Map<String, String> flat) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> flatten(path + "/" + e.getKey(), e.getValue(), flat));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + i + "]", node.get(i), flat);
            }
        } else {
            flat.put(path, node.asText());
        }
    }

    private static List<String> placeholders(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text == null ? "" : text);
        while (m.find()) {
            found.add(m.group().replace(" ", ""));
        }
        found.sort(null);
        return found;
    }

    private static JsonNode read(String resource) throws IOException {
        // The shipped English files start with a byte order mark, which Jackson does not skip.
        return JSON.readTree(text(resource).replace("\uFEFF", ""));
    }

    private static String text(String resource) throws IOException {
        try (InputStream in = WebappTranslationsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
