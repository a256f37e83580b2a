package org.hoiso.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hoiso.HoisoApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.json.JsonParserFactory;

/**
 * hoiso's settings are the modules' {@code *Properties} records: one place per default. The records' keys and
 * defaults are read from the metadata the configuration processor writes at compile time.
 */
class ConfigurationTest {

    private static final Pattern ENVIRONMENT_MAPPING = Pattern.compile("\\$\\{([A-Z0-9_]+):(.*)}");
    private static final Pattern TABLE_ROW = Pattern.compile("^\\| `([^`]+)` \\| ([^|]*) \\| ([^|]*) \\| .*\\|$");

    /** A key of the records with its default as written in a properties file ("" when none). */
    private record Key(String name, String defaultValue) {
    }

    @Test
    void noCodeReadsAHoisoSettingThroughAPlaceholderButThroughItsModulesPropertiesRecord() throws IOException {
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            List<String> placeholders = sources.filter(p -> p.toString().endsWith(".java"))
                    .flatMap(ConfigurationTest::lines)
                    .filter(line -> line.contains("${hoiso."))
                    .toList();
            assertThat(placeholders).as("@Value(\"${hoiso…}\") and other placeholders of hoiso keys").isEmpty();
        }
    }

    @Test
    void applicationPropertiesSetsAHoisoKeyOnlyToMapAnEnvironmentVariableOntoTheRecordsDefault() throws Exception {
        Map<String, Key> keys = recordKeys();
        Properties application = applicationProperties();
        List<String> hoisoKeys = application.stringPropertyNames().stream().filter(k -> k.startsWith("hoiso.")).sorted().toList();
        assertThat(hoisoKeys).contains("hoiso.embedded-db.data-dir", "hoiso.intake.dir");
        for (String name : hoisoKeys) {
            assertThat(keys).as("a key of the records").containsKey(name);
            Matcher mapping = ENVIRONMENT_MAPPING.matcher(application.getProperty(name));
            assertThat(mapping.matches()).as(name + " maps an environment variable: ${NAME:default}").isTrue();
            assertThat(mapping.group(2)).as("the fallback of " + name).isEqualTo(keys.get(name).defaultValue());
        }
    }

    @Test
    void theReadmeTableListsExactlyTheRecordsKeysWithTheirDefaultsAndEnvironmentVariables() throws Exception {
        Map<String, Key> keys = recordKeys();
        Properties application = applicationProperties();
        Map<String, String[]> rows = new TreeMap<>();
        for (String line : readmeConfigurationSection()) {
            Matcher row = TABLE_ROW.matcher(line);
            if (row.matches() && row.group(1).startsWith("hoiso.")) {
                assertThat(rows.put(row.group(1), new String[] {unquote(row.group(2)), unquote(row.group(3))}))
                        .as("one row for " + row.group(1)).isNull();
            }
        }
        assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(keys.keySet());
        for (Key key : keys.values()) {
            String[] row = rows.get(key.name());
            Matcher mapping = ENVIRONMENT_MAPPING.matcher(application.getProperty(key.name(), ""));
            String environment = mapping.matches() ? mapping.group(1) : relaxedEnvironmentName(key.name());
            assertThat(row[0]).as("the environment variable of " + key.name()).isEqualTo(environment);
            if (key.defaultValue().isEmpty()) {
                assertThat(row[1]).as("the default of " + key.name()).isIn("empty", "generated");
            } else {
                assertThat(row[1]).as("the default of " + key.name()).isEqualTo(key.defaultValue());
            }
        }
    }

    /** Spring's relaxed binding from the environment: dots to underscores, no dashes, upper case. */
    private static String relaxedEnvironmentName(String key) {
        return key.replace('.', '_').replace("-", "").toUpperCase(Locale.ROOT);
    }

    private static Map<String, Key> recordKeys() throws IOException, URISyntaxException {
        Path classes = Path.of(HoisoApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path metadata = classes.resolve("META-INF/spring-configuration-metadata.json");
        assertThat(metadata).as("written by spring-boot-configuration-processor").exists();
        Map<String, Object> json = JsonParserFactory.getJsonParser().parseMap(Files.readString(metadata));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> properties = (List<Map<String, Object>>) json.get("properties");
        Map<String, Key> keys = properties.stream().filter(p -> ((String) p.get("name")).startsWith("hoiso."))
                .map(p -> new Key((String) p.get("name"), asProperty(p.get("defaultValue"))))
                .collect(Collectors.toMap(Key::name, k -> k, (a, b) -> a, TreeMap::new));
        assertThat(keys).isNotEmpty();
        return keys;
    }

    /** A default as a properties file writes it: a list comma-separated, a whole number without a fraction. */
    private static String asProperty(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining(","));
        }
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            return Long.toString(n.longValue());
        }
        String text = String.valueOf(value);
        return text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1).replace(", ", ",") : text;
    }

    private static Properties applicationProperties() throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/application.properties"), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    private static List<String> readmeConfigurationSection() throws IOException {
        List<String> readme = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("## Configuration");
        assertThat(start).as("the README's Configuration section").isNotNegative();
        List<String> section = readme.subList(start + 1, readme.size());
        int end = 0;
        while (end < section.size() && !section.get(end).startsWith("## ")) {
            end++;
        }
        return section.subList(0, end);
    }

    private static String unquote(String cell) {
        String text = cell.strip();
        return text.startsWith("`") && text.endsWith("`") ? text.substring(1, text.length() - 1) : text;
    }

    private static Stream<String> lines(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return lines.stream().map(line -> file + ": " + line.strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
