package org.hoiso.reporting.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ExchangeMessagesTest {

    @Test
    void everyCodeTheExchangeLayerUsesHasAVietnameseAndAnEnglishMessage() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern code = Pattern.compile("\"(exchange\\.[A-Za-z.]+)\"");
        try (Stream<Path> sources = Files.list(Path.of("src/main/java/org/hoiso/reporting/exchange"))) {
            for (Path source : sources.toList()) {
                Matcher m = code.matcher(Files.readString(source));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        Properties vi = load("/i18n/reportexchange.properties");
        Properties en = load("/i18n/reportexchange_en.properties");

        assertThat(used).hasSizeGreaterThan(40);
        assertThat(vi.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(used);
        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(used);
        Object[] args = {12_345L, "mã đơn vị", "2025Q5", 7};
        for (String k : used) {
            assertThat(new MessageFormat(vi.getProperty(k), Locale.forLanguageTag("vi")).format(args)).as(k).doesNotContain("{");
            assertThat(new MessageFormat(en.getProperty(k), Locale.ENGLISH).format(args)).as(k).doesNotContain("{");
            assertThat(vi.getProperty(k)).as(k).isNotEqualTo(en.getProperty(k));
        }
    }

    @Test
    void vietnameseMessagesAreWrittenWithTheirDiacritics() throws IOException {
        Properties vi = load("/i18n/reportexchange.properties");

        assertThat(vi.getProperty("exchange.pdf.motto")).isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        assertThat(vi.getProperty("exchange.pdf.mottoSub")).isEqualTo("Độc lập - Tự do - Hạnh phúc");
        assertThat(vi.getProperty("exchange.adx.value.notNumber")).contains("không phải là số", "dấu chấm");
        assertThat(vi.getProperty("exchange.pdf.page")).isEqualTo("Trang {0}/{1}");
        for (String k : vi.stringPropertyNames()) {
            String text = vi.getProperty(k);
            assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).as(k).isTrue();
            if (!Set.of("exchange.pdf.column.no", "exchange.pdf.page").contains(k)) {
                assertThat(text).as(k).matches("(?s).*[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ"
                        + "ÀÁẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬĐÈÉẺẼẸÊẾỀỂỄỆÌÍỈĨỊÒÓỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÙÚỦŨỤƯỨỪỬỮỰỲÝỶỸỴ].*");
            }
        }
    }

    @Test
    void aProblemNamesItsPlaceBeforeItsOwnArguments() {
        ExchangeProblem problem = ExchangeProblem.of(3, "Kỳ", "exchange.period.invalid", "2025Q5");
        ExchangeProblem fileProblem = ExchangeProblem.of(0, null, "intake.file.truncated", 12L);

        assertThat(problem.messageArgs()).containsExactly(3L, "Kỳ", "2025Q5");
        assertThat(fileProblem.messageArgs()).containsExactly(12L);
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ExchangeMessagesTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
