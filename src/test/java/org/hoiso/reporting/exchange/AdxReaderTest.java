package org.hoiso.reporting.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hoiso.reporting.Period;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdxReaderTest {

    private static final String HEAD = "<adx xmlns='urn:ihe:qrph:adx:2015' exported='2025-07-15T03:04:05Z'>";

    private final AdxReader reader = new AdxReader();

    @Test
    void readsTheFirstIheSampleWithoutProblems() throws IOException {
        List<ExchangeReport> reports;
        try (InputStream in = sample("adx_data_sample1.xml")) {
            reports = reader.read(in);
        }

        assertThat(reports).hasSize(2);
        ExchangeReport second = reports.get(1);
        assertThat(second.formCode()).isNull();
        assertThat(second.unitCode()).isEqualTo("342");
        assertThat(second.period()).isEqualTo(Period.parse("2015-01"));
        assertThat(second.values()).hasSize(7);
        // For a number the annotation is a comment: the value stays the number.
        assertThat(second.values().get(2)).isEqualTo(new ExchangeValue("MAL03", null, null, "0", 9));
        // Two disaggregation attributes (which hoiso indicators never have) are kept for the caller to refuse.
        assertThat(second.values().get(3)).isEqualTo(new ExchangeValue("MAL04", "ageGroup|sex", "under5|M", "10", 10));
    }

    @Test
    void readsTheSecondSampleExceptThePeriodsHoisoHasNoPeriodicityFor() throws IOException {
        ExchangeFormatException e;
        try (InputStream in = sample("adx_data_sample_reportingtime.xml")) {
            e = catchThrowableOfType(ExchangeFormatException.class, () -> reader.read(in));
        }

        // Weeks, trimesters, days, two months, a financial year, an instant: valid ADX, not a hoiso period.
        assertThat(e.problems())
                .extracting(ExchangeProblem::row, ExchangeProblem::field, ExchangeProblem::code, p -> p.args().get(0))
                .containsExactly(
                        tuple(5L, "period", "exchange.period.unsupported", "2015-W01"),
                        tuple(7L, "period", "exchange.period.unsupported", "2015-T3"),
                        tuple(8L, "period", "exchange.period.unsupported", "2015-D320"),
                        tuple(9L, "period", "exchange.period.unsupported", "2015-A1"),
                        tuple(11L, "period", "exchange.period.unsupported", "2015-10-01/P1Y"),
                        tuple(13L, "period", "exchange.period.unsupported", "2015-03-01/P2M"),
                        tuple(16L, "period", "exchange.period.unsupported", "2015-01-05/P7D"),
                        tuple(17L, "period", "exchange.period.unsupported", "2015-01-01T09:00:00+01:00/P1D"),
                        tuple(18L, "period", "exchange.period.unsupported", "2015-01-23/P1Y2M3DT01H01M01S"),
                        tuple(19L, "period", "exchange.period.unsupported", "2015-01-01T09:00:00"),
                        tuple(20L, "period", "exchange.period.unsupported", "2015-01-01T09:00:00+01:00"));
    }

    @Test
    void readsTheSdmxAndShortPeriodSpellings() {
        String xml = HEAD + group("2015") + group("2015-03") + group("2015-A1") + group("2015-M03") + group("2015-S1")
                + group("2015-Q4") + group("2015-01-01/P1Y") + group("2015-07-01/P6M") + group("2015-01-01/P12M") + "</adx>";

        assertThat(reader.read(bytes(xml))).extracting(r -> r.period().code())
                .containsExactly("2015", "2015-03", "2015", "2015-03", "2015S1", "2015Q4", "2015", "2015S2", "2015");
    }

    @Test
    void readsADocumentWithoutNamespaceAndIgnoresUnknownAttributes() {
        String xml = "<adx exported='2025-07-15T03:04:05Z' xmlns:x='urn:x'><group orgUnit=' " + Places.OLD_TAN_DINH
                + " ' period='2025S1' dataSet='BM01'"
                + " mechanism='PEPFAR' x:note='y'><dataValue dataElement='MEMBERS' value='12' x:flag='1'/></group></adx>";

        assertThat(reader.read(bytes(xml)))
                .containsExactly(new ExchangeReport("BM01", Places.OLD_TAN_DINH, Period.parse("2025S1"),
                        List.of(new ExchangeValue("MEMBERS", null, null, "12", 1))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            hello, this is not XML                                                   | 0 |            | exchange.adx.notXml
            <adx exported='x'><group orgUnit='1' period='2025'>                       | 0 |            | exchange.adx.notXml
            <xmlns:xsi='urn:x'/>                                                      | 0 |            | exchange.adx.notXml
            <?xml version='1.0'?><html><body/></html>                                 | 0 |            | exchange.adx.root
            <adx xmlns='urn:other' exported='x'/>                                     | 0 |            | exchange.adx.root
            <adx exported='x'><group period='2025'><dataValue dataElement='A' value='1'/></group></adx>          | 1 | orgUnit    | exchange.adx.group.missing
            <adx exported='x'><group orgUnit='1'><dataValue dataElement='A' value='1'/></group></adx>           | 1 | period     | exchange.adx.group.missing
            <adx exported='x'><group orgUnit='1' period='2025-13'><dataValue dataElement='A' value='1'/></group></adx> | 1 | period | exchange.period.invalid
            <adx exported='x'><group orgUnit='1' period='2025'><dataValue value='1'/></group></adx>               | 1 | dataElement | exchange.adx.value.missing
            <adx exported='x'><group orgUnit='1' period='2025'><dataValue dataElement='A'/></group></adx>         | 1 | value      | exchange.adx.value.missing
            <adx exported='x'><group orgUnit='1' period='2025'><dataValue dataElement='A' value='12,5'/></group></adx> | 1 | value | exchange.adx.value.notNumber
            <adx exported='x'><group orgUnit='1' period='2025'><dataValue dataElement='A' value='1' AGE=''/></group></adx> | 1 | AGE | exchange.adx.value.missing
            <adx exported='x'><group orgUnit='1' period='2025'><dataValue dataElement='HAS_CLUB' value='2'/></group></adx> | 1 | value | exchange.adx.value.notYesNo
            <adx exported='x'><group orgUnit='1' period='2025'><row/></group></adx>                               | 1 | row        | exchange.adx.unexpected
            """)
    void aMalformedDocumentGivesItsProblem(String xml, long row, String field, String code) {
        ExchangeFormatException e = refused(xml);

        assertThat(e.problems()).first().satisfies(p -> {
            assertThat(p.code()).isEqualTo(code);
            assertThat(p.row()).isEqualTo(row);
            assertThat(p.field()).isEqualTo(field);
        });
        assertThat(e.code()).isEqualTo("exchange.invalid");
    }

    @Test
    void problemsNameTheGroupOrTheDataValueByItsIndexInTheDocument() {
        String xml = HEAD
                + "<group orgUnit='1' period='2025'><dataValue dataElement='A' value='1'/><dataValue dataElement='B' value='1'/></group>"
                + "<group orgUnit='2' period='2025Q5'><dataValue dataElement='A' value='x'/></group></adx>";

        assertThat(refused(xml).problems()).extracting(ExchangeProblem::row, ExchangeProblem::field, ExchangeProblem::code)
                .containsExactly(tuple(2L, "period", "exchange.period.invalid"),
                        tuple(3L, "value", "exchange.adx.value.notNumber"));
    }

    @Test
    void aNotWellFormedDocumentSaysWhere() {
        ExchangeFormatException e = refused(
                HEAD + "\n<group orgUnit='1' period='2025'>\n  <dataValue dataElement='A' value='1'>\n</group></adx>");

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("exchange.adx.notXml");
            assertThat(p.args().get(0)).isEqualTo(4);
        });
    }

    @Test
    void anIllegalCharacterInATextIsNotXml() {
        String xml = HEAD + "<group orgUnit='1' period='2025'><dataValue dataElement='NOTE' value='0'><annotation>a\u0001b"
                + "</annotation></dataValue></group></adx>";

        assertThat(refused(xml).problems()).extracting(ExchangeProblem::code).containsExactly("exchange.adx.notXml");
    }

    @Test
    void anEmptyDocumentIsEmpty() {
        assertThat(refused("").problems()).extracting(ExchangeProblem::code).containsExactly("exchange.empty");
        assertThat(refused("<?xml version='1.0'?>  ").problems()).extracting(ExchangeProblem::code).isNotEmpty();
    }

    @Test
    void aDoctypeIsRefusedSoNoEntityIsEverExpandedOrFetched() {
        String xxe = "<?xml version='1.0'?><!DOCTYPE adx [<!ENTITY xxe SYSTEM 'file:///etc/passwd'>]>"
                + "<adx exported='x'><group orgUnit='&xxe;' period='2025'><dataValue dataElement='A' value='1'/></group></adx>";
        String laughs = "<?xml version='1.0'?><!DOCTYPE adx [<!ENTITY a 'aaaaaaaaaa'><!ENTITY b '&a;&a;&a;&a;&a;&a;&a;&a;'>]>"
                + "<adx exported='x'><group orgUnit='&b;' period='2025'><dataValue dataElement='A' value='1'/></group></adx>";
        String external = "<?xml version='1.0'?><!DOCTYPE adx SYSTEM 'http://127.0.0.1:1/adx.dtd'><adx exported='x'/>";

        for (String xml : List.of(xxe, laughs, external)) {
            assertThat(refused(xml).problems()).extracting(ExchangeProblem::code).containsExactly("exchange.adx.doctype");
        }
    }

    @Test
    void anUndeclaredEntityIsNotXml() {
        ExchangeFormatException e = refused(
                HEAD + "<group orgUnit='&xxe;' period='2025'><dataValue dataElement='A' value='1'/></group></adx>");

        assertThat(e.problems()).extracting(ExchangeProblem::code).containsAnyOf("exchange.adx.notXml", "exchange.adx.doctype");
    }

    @Test
    void stopsAtTheSizeLimit() {
        AdxReader small = new AdxReader(2 * 1024 * 1024, 1_000_000);
        StringBuilder xml = new StringBuilder(HEAD).append("<group orgUnit='1' period='2025'>");
        while (xml.length() < 3 * 1024 * 1024) {
            xml.append("<dataValue dataElement='A' value='1'/>");
        }
        xml.append("</group></adx>");

        ExchangeFormatException e = catchThrowableOfType(ExchangeFormatException.class, () -> small.read(bytes(xml.toString())));

        assertThat(e.problems()).extracting(ExchangeProblem::code).containsExactly("exchange.tooLarge");
        assertThat(e.problems().get(0).args()).containsExactly(2L);
    }

    @Test
    void stopsAtTheValueLimit() {
        AdxReader small = new AdxReader(1024 * 1024, 3);
        String xml = HEAD + "<group orgUnit='1' period='2025'>" + "<dataValue dataElement='A' value='1'/>".repeat(4)
                + "</group></adx>";

        ExchangeFormatException e = catchThrowableOfType(ExchangeFormatException.class, () -> small.read(bytes(xml)));

        assertThat(e.problems()).extracting(ExchangeProblem::row, ExchangeProblem::code)
                .containsExactly(tuple(4L, "exchange.tooManyValues"));
    }

    @Test
    void keepsAThousandProblemsAndCountsTheRest() {
        String xml = HEAD + "<group orgUnit='1' period='2025'>" + "<dataValue dataElement='A' value='x'/>".repeat(1_500)
                + "</group></adx>";

        ExchangeFormatException e = refused(xml);

        assertThat(e.problems()).hasSize(ExchangeFormatException.MAX_PROBLEMS);
        assertThat(e.more()).isEqualTo(500);
        assertThat(e.args()).containsExactly(1_500L);
    }

    @Test
    void aTooLongTextAnswerIsRefused() {
        String xml = HEAD + "<group orgUnit='1' period='2025'><dataValue dataElement='NOTE' value='0'><annotation>"
                + "ă".repeat(AdxReader.MAX_ANNOTATION_CHARS + 1) + "</annotation></dataValue></group></adx>";

        ExchangeFormatException e = catchThrowableOfType(ExchangeFormatException.class,
                () -> reader.read(bytes(xml), Reports.kinds()));

        assertThat(e.problems()).extracting(ExchangeProblem::code).containsExactly("exchange.adx.annotationTooLong");
    }

    @Test
    void aFailingStreamIsAnUncheckedIoException() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                throw new IOException("connection reset");
            }
        };

        assertThat(catchThrowableOfType(UncheckedIOException.class, () -> reader.read(broken))).isNotNull();
    }

    private ExchangeFormatException refused(String xml) {
        ExchangeFormatException e = catchThrowableOfType(ExchangeFormatException.class,
                () -> reader.read(bytes(xml), Reports.kinds()));
        assertThat(e).as("refused: %s", xml).isNotNull();
        return e;
    }

    private static String group(String period) {
        return "<group orgUnit='1' period='" + period + "'><dataValue dataElement='A' value='1'/></group>";
    }

    private static InputStream bytes(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }

    static InputStream sample(String name) {
        return AdxReaderTest.class.getResourceAsStream("/reporting/adx/samples/" + name);
    }
}
