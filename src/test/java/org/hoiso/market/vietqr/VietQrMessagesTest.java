package org.hoiso.market.vietqr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class VietQrMessagesTest {

    @Test
    void everyProblemHasAVietnameseAndAnEnglishMessageAndTheBundlesHaveNoOtherVietQrKey() throws IOException {
        Set<String> codes = Arrays.stream(VietQrProblem.values()).map(VietQrProblem::code).collect(Collectors.toSet());
        Properties vi = load("/i18n/market.properties");
        Properties en = load("/i18n/market_en.properties");
        assertThat(codes).hasSize(VietQrProblem.values().length).allMatch(c -> c.startsWith("vietqr."));
        // the market's bundles also hold the market module's own messages (market.*); the decoder's are vietqr.*
        assertThat(vietQrKeys(vi)).isEqualTo(codes);
        assertThat(vietQrKeys(en)).isEqualTo(codes);
        for (String code : codes) {
            String viText = new MessageFormat(vi.getProperty(code), Locale.forLanguageTag("vi")).format(new Object[] {7});
            String enText = new MessageFormat(en.getProperty(code), Locale.ENGLISH).format(new Object[] {7});
            assertThat(viText).as(code).doesNotContain("{", "'").isNotEqualTo(enText);
            assertThat(enText).as(code).doesNotContain("{", "'");
        }
        assertThat(vi.getProperty("vietqr.notNapas")).contains("Đây không phải mã VietQR chuyển khoản");
        assertThat(vi.getProperty("vietqr.purposeTooLong")).contains("Nội dung chuyển khoản tối đa 25 ký tự");
        assertThat(en.getProperty("vietqr.bankListLine")).startsWith("Line {0} of the bank list");
    }

    private static Set<String> vietQrKeys(Properties bundle) {
        return bundle.stringPropertyNames().stream().filter(k -> k.startsWith("vietqr.")).collect(Collectors.toSet());
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = VietQrMessagesTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
