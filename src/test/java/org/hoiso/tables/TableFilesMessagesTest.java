package org.hoiso.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TableFilesMessagesTest {

    @Test
    void everyKeyTheFileLayerUsesHasAVietnameseAndAnEnglishMessage() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern key = Pattern.compile("\"(intake\\.file\\.[A-Za-z]+)\"");
        try (Stream<Path> sources = Files.list(Path.of("src/main/java/org/hoiso/tables"))) {
            for (Path source : sources.toList()) {
                Matcher m = key.matcher(Files.readString(source));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        Properties vi = load("/i18n/tables.properties");
        Properties en = load("/i18n/tables_en.properties");
        assertThat(used).hasSizeGreaterThan(10);
        assertThat(vi.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(used);
        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(used);
        Object[] args = {12_345L, "C", 32_767};
        for (String k : used) {
            assertThat(new MessageFormat(vi.getProperty(k), Locale.forLanguageTag("vi")).format(args)).doesNotContain("{");
            assertThat(new MessageFormat(en.getProperty(k), Locale.ENGLISH).format(args)).doesNotContain("{");
        }
        assertThat(vi.getProperty("intake.file.truncated")).contains("Tệp bị cắt cụt", "dòng {0}", "Hãy xuất lại tệp từ Excel");
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TableFilesMessagesTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
