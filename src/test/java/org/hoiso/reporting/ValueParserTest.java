package org.hoiso.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "INTEGER|12|12", "INTEGER|1.234|1234", "INTEGER|12.345.678|12345678", "INTEGER| 1 234 |1234",
            "DECIMAL|45,5|45.5", "DECIMAL|1.250,75|1250.75", "DECIMAL|45.5|45.5", "DECIMAL|0,0001|0.0001",
            "PERCENTAGE|100|100", "PERCENTAGE|99,9|99.9", "BOOLEAN|Có|1", "BOOLEAN|không|0", "BOOLEAN|true|1", "BOOLEAN|x|1"})
    void readsWhatAnOfficerTypes(ValueType type, String typed, String expected) {
        ValueParser.Result r = ValueParser.parse("F", type, typed);
        assertThat(r.problem()).isNull();
        assertThat(r.value().num()).isEqualByComparingTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "INTEGER|ba|report.value.notNumber", "INTEGER|1,5|report.value.notInteger", "INTEGER|-3|report.value.negative",
            "PERCENTAGE|100,1|report.value.percentRange", "DECIMAL|1,23456|report.value.tooPrecise",
            "BOOLEAN|có lẽ|report.value.notYesNo", "INTEGER|1e9|report.value.notNumber",
            "DECIMAL|9999999999999999|report.value.tooLarge"})
    void namesWhatIsWrong(ValueType type, String typed, String code) {
        assertThat(ValueParser.parse("F", type, typed).problem().code()).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"DECIMAL|1.234|1.234", "INTEGER|1234|1234", "BOOLEAN|1|1", "BOOLEAN|false|0"})
    void aPartnerFileWritesPlainDecimals(ValueType type, String text, String expected) {
        assertThat(ValueParser.parsePlain("F", type, text).value().num()).isEqualByComparingTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"DECIMAL|1.234,5", "INTEGER|1.234.567", "INTEGER|12,0"})
    void aPartnerFileWithVietnameseSeparatorsIsRefusedRatherThanGuessed(ValueType type, String text) {
        assertThat(ValueParser.parsePlain("F", type, text).problem().code()).isEqualTo("report.value.notNumber");
    }

    @Test
    void anEmptyFieldIsNoValueAndNoProblem() {
        ValueParser.Result r = ValueParser.parse("F", ValueType.INTEGER, "  ");
        assertThat(r.value()).isNull();
        assertThat(r.problem()).isNull();
    }
}
