package pl.wspolnie.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The README's "Configuration" section is the operator's contract: every environment variable it names must change
 * the property it names, and every property it names must be one something reads. The section is parsed, so a newly
 * documented variable that has no effect, a misplaced key in application.yaml (such as a setting under
 * {@code logging:}) or a typo in a property name fails here.
 *
 * <p>A documented setting is written {@code `property` (`ENV_VARIABLE`)}. "Something reads it" means the property is
 * in the configuration metadata: ours (generated from the {@code @ConfigurationProperties} records, plus
 * {@code additional-spring-configuration-metadata.json}) or that of Spring Boot and Camunda. The value an environment
 * variable gives is checked by binding the property, with Spring Boot's binder, from application.yaml and an
 * environment holding only that variable — as at start-up, placeholders and relaxed names included. Every key of the
 * shipped YAML files must be in the metadata too, so a key put at the wrong place fails instead of being ignored.
 */
class ConfigurationDocumentationTest {

    private static final Pattern DOCUMENTED = Pattern.compile("`([a-z][a-z0-9.\\-]*)` \\(`([A-Z][A-Z0-9_]*)`\\)");
    private static final Pattern ENV_VARIABLE = Pattern.compile("`([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)`");
    private static final Pattern PROPERTY = Pattern.compile("`((?:wspolnie|spring|server|camunda|management)\\.[a-z0-9.\\-]+)`");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");

    record Documented(String property, String variable) {
        @Override
        public String toString() {
            return variable + " → " + property;
        }
    }

    private static final String section = configurationSection(readme());
    private static final Map<String, JsonNode> metadata = metadata();

    @Test
    void everyEnvironmentVariableTheSectionNamesIsTiedToAProperty() {
        Set<String> named = matches(ENV_VARIABLE, section, 1);
        Set<String> tied = new LinkedHashSet<>();
        documented().forEach(d -> tied.add(d.variable()));
        assertThat(named).as("environment variables named without their property as `property` (`VARIABLE`)")
                .isSubsetOf(tied);
        assertThat(tied).as("documented variables").hasSizeGreaterThan(20);
    }

    @Test
    void everyEnvironmentVariableApplicationYamlReadsIsDocumented() throws IOException {
        String yaml = new ClassPathResource("application.yaml").getContentAsString(StandardCharsets.UTF_8);
        Set<String> documented = new LinkedHashSet<>();
        documented().forEach(d -> documented.add(d.variable()));
        assertThat(matches(PLACEHOLDER, yaml, 1)).as("variables read in application.yaml, not in README \"Configuration\"")
                .isSubsetOf(documented);
    }

    @Test
    void everyPropertyTheSectionNamesIsReadBySomething() {
        for (String property : matches(PROPERTY, section, 1)) {
            assertThat(declaredType(property)).as("%s: in no configuration metadata (nothing reads it)", property)
                    .isPresent();
        }
    }

    /**
     * A key at the wrong place in a YAML file (e.g. one of ours indented under {@code logging:}) binds to nothing and
     * is silently ignored; here it is a key no metadata declares.
     */
    @ParameterizedTest
    @ValueSource(strings = {"application.yaml", "application-demo.yaml", "application-postgres.yaml"})
    void everyKeyOfTheShippedYamlIsReadBySomething(String file) throws IOException {
        for (PropertySource<?> source : new YamlPropertySourceLoader().load(file, new ClassPathResource(file))) {
            for (String key : ((EnumerablePropertySource<?>) source).getPropertyNames()) {
                String property = key.replaceAll("\\[\\d+]$", "");
                assertThat(declaredType(property)).as("%s: %s is in no configuration metadata (nothing reads it)", file, key)
                        .isPresent();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documented")
    void theEnvironmentVariableSetsTheProperty(Documented d) {
        String type = declaredType(d.property())
                .orElseThrow(() -> new AssertionError(d.property() + ": in no configuration metadata"));
        Object before = bind(d.property(), type, Map.of());
        String sample = sample(type, before);
        Object expected = convert(d.property(), type, sample);

        Object after = bind(d.property(), type, Map.of(d.variable(), sample));

        assertThat(after).as("%s=%s gives %s", d.variable(), sample, d.property()).isEqualTo(expected);
        assertThat(before).as("the sample differs from the default").isNotEqualTo(expected);
    }

    /** Our metadata states defaults (IDE help); application.yaml states them too: they must agree. */
    @Test
    void theDefaultsOurMetadataStatesAreWhatApplicationYamlGives() {
        int compared = 0;
        for (var property : metadata.entrySet()) {
            JsonNode stated = property.getValue().get("defaultValue");
            if (!property.getKey().startsWith("wspolnie.") || stated == null) {
                continue;
            }
            String type = type(property.getKey());
            Object shipped = bind(property.getKey(), type, Map.of());
            if (shipped == null) {
                continue; // not in application.yaml: the record's default is the only one
            }
            Object expected = convert(property.getKey(), type, stated.asText());
            assertThat(shipped).as("%s: application.yaml gives %s, the metadata says %s", property.getKey(), shipped, stated)
                    .usingComparator((a, b) -> a instanceof BigDecimal x && b instanceof BigDecimal y
                            ? x.compareTo(y) : Objects.equals(a, b) ? 0 : 1)
                    .isEqualTo(expected);
            compared++;
        }
        assertThat(compared).as("defaults compared").isGreaterThan(30);
    }

    static List<Documented> documented() {
        List<Documented> all = new ArrayList<>();
        Matcher m = DOCUMENTED.matcher(section);
        while (m.find()) {
            all.add(new Documented(m.group(1), m.group(2)));
        }
        return all;
    }

    private static String readme() {
        try {
            return Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** From "## Configuration" to the next section. */
    static String configurationSection(String readme) {
        int start = readme.indexOf("\n## Configuration\n");
        assertThat(start).as("README has a \"## Configuration\" section").isNotNegative();
        int end = readme.indexOf("\n## ", start + 1);
        return readme.substring(start, end < 0 ? readme.length() : end);
    }

    /** The property bound as at start-up from application.yaml and an environment holding just {@code env}. */
    private static Object bind(String property, String type, Map<String, Object> env) {
        var sources = new MutablePropertySources();
        sources.addFirst(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, env));
        applicationYaml().forEach(sources::addLast);
        var binder = new Binder(ConfigurationPropertySources.from(sources), new PropertySourcesPlaceholdersResolver(sources),
                ApplicationConversionService.getSharedInstance());
        return bind(binder, property, type);
    }

    private static List<PropertySource<?>> applicationYaml() {
        try {
            return new YamlPropertySourceLoader().load("application.yaml", new ClassPathResource("application.yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What {@code value} is as the property's type, e.g. {@code PT7M} as a Duration. */
    private static Object convert(String property, String type, String value) {
        var binder = new Binder(new MapConfigurationPropertySource(Map.of(property, value)));
        return bind(binder, property, type);
    }

    private static Object bind(Binder binder, String property, String type) {
        Optional<String> map = mapAncestor(property);
        if (map.isPresent()) {
            String key = property.substring(map.get().length() + 1);
            return binder.bind(map.get(), Bindable.mapOf(String.class, String.class)).orElse(Map.of()).get(key);
        }
        return binder.bind(property, Bindable.of(bindableClass(type))).orElse(null);
    }

    /** A value of the type that differs from {@code current}. */
    private static String sample(String type, Object current) {
        Class<?> bound = mapAncestorType(type) ? String.class : bindableClass(type);
        List<String> candidates;
        if (bound.isEnum()) {
            candidates = Stream.of(bound.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
        } else {
            candidates = switch (bound.getName()) {
                case "java.lang.Boolean" -> List.of("true", "false");
                case "java.lang.Integer", "java.lang.Long", "java.lang.Short" -> List.of("7", "8");
                case "java.math.BigDecimal", "java.lang.Double", "java.lang.Float" -> List.of("7.5", "8.5");
                case "java.time.Duration" -> List.of("PT7M", "PT8M");
                case "org.springframework.util.unit.DataSize" -> List.of("7MB", "8MB");
                case "java.time.ZoneId" -> List.of("America/Havana", "Asia/Tokyo");
                default -> List.of("file:/readme-check/sample-1", "file:/readme-check/sample-2");
            };
        }
        return candidates.stream().filter(c -> !String.valueOf(current).equals(c)
                        && !String.valueOf(current).equalsIgnoreCase(c))
                .findFirst().orElseThrow();
    }

    private static Class<?> bindableClass(String type) {
        String raw = type.replaceAll("<.*", "");
        if (raw.equals(Resource.class.getName())) {
            return String.class; // the location as written; whether it exists is the application's concern
        }
        try {
            return Class.forName(raw);
        } catch (ClassNotFoundException e) {
            return String.class;
        }
    }

    private static Optional<String> declaredType(String property) {
        if (metadata.containsKey(property)) {
            return Optional.of(type(property));
        }
        return mapAncestor(property).map(ConfigurationDocumentationTest::type);
    }

    private static String type(String property) {
        return metadata.get(property).path("type").asText("java.lang.String");
    }

    /** For an entry of a map-valued property ({@code spring.mail.properties.mail.smtp.auth}): the map's property. */
    private static Optional<String> mapAncestor(String property) {
        if (metadata.containsKey(property)) {
            return Optional.empty();
        }
        for (String p = property; p.contains("."); ) {
            p = p.substring(0, p.lastIndexOf('.'));
            if (metadata.containsKey(p) && mapAncestorType(type(p))) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private static boolean mapAncestorType(String type) {
        // a Properties-valued one too (Hikari's data-source-properties: the JDBC driver's settings)
        return type.startsWith("java.util.Map<") || type.equals("java.util.Properties");
    }

    /** Every property of the configuration metadata on the class path (ours, Spring Boot's, Camunda's …). */
    private static Map<String, JsonNode> metadata() {
        try {
            return readMetadata();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, JsonNode> readMetadata() throws IOException {
        Map<String, JsonNode> types = new LinkedHashMap<>();
        var json = new ObjectMapper();
        var resolver = new PathMatchingResourcePatternResolver();
        for (String pattern : List.of("classpath*:META-INF/spring-configuration-metadata.json",
                "classpath*:META-INF/additional-spring-configuration-metadata.json")) {
            for (Resource r : resolver.getResources(pattern)) {
                try (InputStream in = r.getInputStream()) {
                    for (JsonNode p : json.readTree(in).path("properties")) {
                        types.putIfAbsent(p.path("name").asText(), p);
                    }
                }
            }
        }
        if (!types.containsKey("wspolnie.proposals.import-max-rows")) {
            throw new IllegalStateException("No metadata of our records: is spring-boot-configuration-processor on the build?");
        }
        return types;
    }

    private static Set<String> matches(Pattern pattern, String text, int group) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(group));
        }
        return found;
    }
}
