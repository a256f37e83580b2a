package org.hoiso.safety.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneIdentifiersTest {

    @ParameterizedTest(name = "{0} is kept as {1}")
    @CsvSource(delimiter = '|', value = {
            "0912345678          | +84912345678",
            "0912 345 678        | +84912345678",
            "0912.345.678        | +84912345678",
            "(091) 234-5678      | +84912345678",
            "+84 912 345 678     | +84912345678",
            "+84912345678        | +84912345678",
            "84912345678         | +84912345678",
            "0084912345678       | +84912345678",
            "912345678           | +84912345678",
            "0362 123 456        | +84362123456",
            "0869123456          | +84869123456",
            "0587123456          | +84587123456",
            // the 11-digit numbers retired in 2018: the last seven digits stay, the prefix changes
            "0169 123 4567       | +84391234567",
            "01621234567         | +84321234567",
            "+84 162 123 4567    | +84321234567",
            "01201234567         | +84701234567",
            "01281234567         | +84781234567",
            "01231234567         | +84831234567",
            "01271234567         | +84811234567",
            "01861234567         | +84561234567",
            "01881234567         | +84581234567",
            "01991234567         | +84591234567",
            // fixed lines (11 digits since 2017) and service numbers
            "024 3825 1234       | +842438251234",
            "0236 3821 234       | +842363821234",
            "1900 969 680        | 1900969680",
            "1800 1567           | 18001567",
            // foreign numbers keep their country
            "+1 202 555 0143     | +12025550143",
            "0086 10 1234 5678   | +861012345678"})
    void aNumberIsKeptInItsInternationalForm(String typed, String kept) {
        assertThat(PhoneIdentifiers.normalise(typed)).contains(kept);
    }

    @ParameterizedTest(name = "\"{0}\" is no phone number")
    @ValueSource(strings = {"", "   ", "12345", "0111234567", "01001234567", "091234567890", "09123456a8", "abc", "+84",
            "0912345678901234567890123", "0412345678"})
    void whatIsNoPhoneNumberIsRefused(String typed) {
        assertThat(PhoneIdentifiers.normalise(typed)).isEmpty();
    }

    @Test
    void theNationalFormOfAVietnameseNumberStartsWithZero() {
        assertThat(PhoneIdentifiers.nationalForm("+84912345678")).contains("0912345678");
        assertThat(PhoneIdentifiers.nationalForm("1900969680")).isEmpty();
    }

    /** The code's table is the one SOURCES.md gives with its sources: the two never drift apart. */
    @Test
    void theRetiredPrefixesAreExactlyTheTableOfTheSources() throws IOException {
        String sources;
        try (InputStream in = PhoneIdentifiersTest.class.getResourceAsStream("/safety/SOURCES.md")) {
            sources = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, String> table = new LinkedHashMap<>();
        Matcher row = Pattern.compile("\\|\\s*(01\\d\\d)\\s*\\|\\s*(0\\d\\d)\\s*\\|").matcher(sources);
        while (row.find()) {
            table.put(row.group(1), row.group(2));
        }
        assertThat(table).hasSize(21).isEqualTo(PhoneIdentifiers.RETIRED_PREFIXES);
    }
}
