package org.hoiso.tables;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XlsxCellValuesTest {

    @Test
    void spellsNumbersOutAsExcelShowsThem() {
        assertThat(ExcelValues.plain("1305012345")).isEqualTo("1305012345");
        assertThat(ExcelValues.plain("1.305012345E9")).isEqualTo("1305012345");
        assertThat(ExcelValues.plain("44927.0")).isEqualTo("44927");
        assertThat(ExcelValues.plain("-0")).isEqualTo("0");
        assertThat(ExcelValues.plain("0.1")).isEqualTo("0.1");
        assertThat(ExcelValues.plain("2.675E-3")).isEqualTo("0.002675");
        assertThat(ExcelValues.plain("12345678901234567890")).isEqualTo("12345678901234600000");
    }

    @Test
    void keepsWhatIsNoNumberOrTooLargeToSpellOut() {
        assertThat(ExcelValues.plain("abc")).isEqualTo("abc");
        assertThat(ExcelValues.plain("1E+999999999")).isEqualTo("1E+999999999");
        assertThat(ExcelValues.plain("1e-400")).isEqualTo("1e-400");
        assertThat(ExcelValues.dateTime("x", XlsxStyles.Kind.DATE, false)).isEqualTo("x");
        assertThat(ExcelValues.dateTime("1E+300", XlsxStyles.Kind.DATE, false)).isEqualTo("1E+300");
    }

    @Test
    void convertsSerialDatesIncludingExcelsFictitious29February1900() {
        assertThat(ExcelValues.dateTime("1", XlsxStyles.Kind.DATE, false)).isEqualTo("1900-01-01");
        assertThat(ExcelValues.dateTime("59", XlsxStyles.Kind.DATE, false)).isEqualTo("1900-02-28");
        assertThat(ExcelValues.dateTime("61", XlsxStyles.Kind.DATE, false)).isEqualTo("1900-03-01");
        assertThat(ExcelValues.dateTime("44927.99999999", XlsxStyles.Kind.DATE_TIME, false)).isEqualTo("2023-01-02");
        assertThat(ExcelValues.dateTime("44927.5", XlsxStyles.Kind.DATE_TIME, false)).isEqualTo("2023-01-01 12:00");
        assertThat(ExcelValues.dateTime("0.7500115", XlsxStyles.Kind.TIME, false)).isEqualTo("18:00:01");
        assertThat(ExcelValues.dateTime("0", XlsxStyles.Kind.DATE, true)).isEqualTo("1904-01-01");
    }

    @Test
    void tellsDateFormatsFromNumberFormats() {
        assertThat(XlsxStyles.kindOf("dd/mm/yyyy")).isEqualTo(XlsxStyles.Kind.DATE);
        assertThat(XlsxStyles.kindOf("[$-42A]d mmmm yyyy;@")).isEqualTo(XlsxStyles.Kind.DATE);
        assertThat(XlsxStyles.kindOf("mmm-yy")).isEqualTo(XlsxStyles.Kind.DATE);
        assertThat(XlsxStyles.kindOf("dd/mm/yyyy hh:mm")).isEqualTo(XlsxStyles.Kind.DATE_TIME);
        assertThat(XlsxStyles.kindOf("h:mm AM/PM")).isEqualTo(XlsxStyles.Kind.TIME);
        assertThat(XlsxStyles.kindOf("[h]:mm:ss")).isEqualTo(XlsxStyles.Kind.TIME);
        assertThat(XlsxStyles.kindOf("General")).isEqualTo(XlsxStyles.Kind.NUMBER);
        assertThat(XlsxStyles.kindOf("#,##0 \"đồng\"")).isEqualTo(XlsxStyles.Kind.NUMBER);
        assertThat(XlsxStyles.kindOf("[Red]0.00;[Blue]-0.00")).isEqualTo(XlsxStyles.Kind.NUMBER);
        assertThat(XlsxStyles.kindOf("0\\d")).isEqualTo(XlsxStyles.Kind.NUMBER);
        assertThat(XlsxStyles.kindOf("@")).isEqualTo(XlsxStyles.Kind.NUMBER);
        assertThat(XlsxStyles.builtInKind(14)).isEqualTo(XlsxStyles.Kind.DATE);
        assertThat(XlsxStyles.builtInKind(22)).isEqualTo(XlsxStyles.Kind.DATE_TIME);
        assertThat(XlsxStyles.builtInKind(49)).isEqualTo(XlsxStyles.Kind.NUMBER);
    }

    @Test
    void namesColumnsAsExcelDoes() {
        assertThat(XlsxTableReader.columnName(0)).isEqualTo("A");
        assertThat(XlsxTableReader.columnName(25)).isEqualTo("Z");
        assertThat(XlsxTableReader.columnName(27)).isEqualTo("AB");
        assertThat(XlsxTableReader.columnName(16_383)).isEqualTo("XFD");
    }

    @Test
    void countsNormalisedCellsAndRemovesTheExportApostropheOnlyBeforeFormulaCharacters() {
        CellFixer fixer = new CellFixer(LegacyFont.NONE);
        assertThat(fixer.fix("'=SUM(A1)")).isEqualTo("=SUM(A1)");
        assertThat(fixer.fix("'-5")).isEqualTo("-5");
        assertThat(fixer.fix("'abc")).isEqualTo("'abc");
        assertThat(fixer.fix("'")).isEqualTo("'");
        assertThat(fixer.fix("Nguye\u0302\u0303n")).isEqualTo("Nguyễn");
        FileInfo info = fixer.info(FileInfo.Format.CSV, SourceEncoding.UTF8, null, ',');
        assertThat(info.normalisedCells()).isEqualTo(1);
        assertThat(info.convertedCells()).isZero();
        assertThat(info.examples()).isEmpty();
    }
}
