package org.hoiso.reporting.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hoiso.reporting.exchange.Reports.aReport;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

class AdxWriterTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-07-15T03:04:05.678Z"), ZoneOffset.UTC);

    private final AdxWriter writer = new AdxWriter(CLOCK);

    @Test
    void exportWithDisaggregationYesNoAndVietnameseTextValidatesAgainstTheAdxSchema() throws Exception {
        byte[] xml = write(List.of(Reports.communeHalfYear(), Reports.wardQuarter()));

        validator().validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    @Test
    void schemaRejectsWhatTheWriterMustNeverWrite() throws Exception {
        String text = "<adx xmlns='urn:ihe:qrph:adx:2015' exported='2025-07-15T03:04:05Z'>"
                + "<group orgUnit='1' period='2025-01-01/P6M'><dataValue dataElement='A' value='Có'/></group></adx>";

        assertThatThrownBy(
                () -> validator().validate(new StreamSource(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))))
                .isInstanceOf(SAXException.class);
    }

    @Test
    void writesOneGroupPerReportWithIsoPeriodFormAndExportedTime() {
        String xml = new String(write(List.of(Reports.communeHalfYear(), Reports.wardQuarter())), StandardCharsets.UTF_8);

        assertThat(xml).contains("exported=\"2025-07-15T03:04:05Z\"")
                .contains("<group orgUnit=\"" + Places.OLD_TAN_DINH + "\" period=\"2025-01-01/P6M\" dataSet=\"BM01\">")
                .contains("<group orgUnit=\"" + Places.BA_DINH + "\" period=\"2025-04-01/P3M\">")
                .contains("<dataValue dataElement=\"MEMBERS_BY_AGE\" value=\"410\" AGE_BAND=\"18_35\"/>")
                .contains("<dataValue dataElement=\"SHARE_POOR\" value=\"45.5\"/>");
        assertThat(xml.split("<group ", -1)).hasSize(3);
    }

    @Test
    void yesNoTravelsAsOneOrZeroAndTextInAnAnnotation() {
        String xml = new String(write(List.of(Reports.communeHalfYear())), StandardCharsets.UTF_8);

        assertThat(xml).contains("<dataValue dataElement=\"HAS_CLUB\" value=\"1\"/>")
                .contains("<dataValue dataElement=\"HAS_SHELTER\" value=\"0\"/>")
                .contains("<dataValue dataElement=\"NOTE\" value=\"0\"><annotation>Số hộ gia đình thoát nghèo tăng;"
                        + " chị Nguyễn Thị Ánh Tuyết báo cáo &lt;đầy đủ> &amp; đúng hạn</annotation></dataValue>");
    }

    @Test
    void roundTripGivesEqualReports() {
        List<ExchangeReport> written = List.of(Reports.communeHalfYear(), Reports.wardQuarter());

        List<ExchangeReport> read = new AdxReader().read(new ByteArrayInputStream(write(written)), Reports.kinds());

        assertThat(Reports.withoutRows(read)).isEqualTo(written);
        assertThat(read.get(1).values()).extracting(ExchangeValue::row).containsExactly(9L, 10L);
    }

    @Test
    void aTextThatLooksLikeANumberOrAYesComesBackAsWritten() {
        List<ExchangeReport> written = List.of(aReport("BM01", "1", "2025-03").value("NOTE", "12").value("NOTE", "true").build());

        List<ExchangeReport> read = new AdxReader().read(new ByteArrayInputStream(write(written)), Reports.kinds());

        assertThat(Reports.withoutRows(read)).isEqualTo(written);
    }

    @Test
    void controlCharactersThatXmlCannotHoldAreDroppedAndTheExportStaysValid() throws Exception {
        List<ExchangeReport> reports = List.of(aReport("BM01", "1", "2025").value("NOTE", "a\u0001b\u000Bc\uFFFE😀").build());
        byte[] xml = write(reports);

        validator().validate(new StreamSource(new ByteArrayInputStream(xml)));
        assertThat(new AdxReader().read(new ByteArrayInputStream(xml), Reports.kinds()).get(0).values().get(0).value())
                .isEqualTo("abc😀");
    }

    @Test
    void aNumberThatIsNotADecimalIsTheCallersError() {
        assertThatThrownBy(() -> write(List.of(aReport("BM01", "1", "2025").value("MEMBERS", "1.234,5").build())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MEMBERS");
        assertThatThrownBy(() -> write(List.of(aReport("BM01", "1", "2025").value("HAS_CLUB", "2").build())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("HAS_CLUB");
    }

    @Test
    void aDimensionThatCannotBeAnAttributeNameIsRefused() {
        for (String dimension : new String[] {"value", "dataElement", "1AGE", "tuổi nhóm", null}) {
            ExchangeReport report = aReport("BM01", "1", "2025").value("MEMBERS_BY_AGE", dimension, "18_35", "4").build();
            assertThatThrownBy(() -> write(List.of(report))).as(String.valueOf(dimension))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aFailingStreamIsAnUncheckedIoException() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }
        };

        assertThatThrownBy(() -> writer.write(Stream.generate(Reports::communeHalfYear).limit(2_000), broken, Reports.kinds()))
                .isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void aNationalPeriodStreamsWithoutHoldingTheDocument() {
        CountingOutputStream out = new CountingOutputStream();
        Stream<ExchangeReport> reports = Stream.iterate(0, i -> i + 1).limit(3_321).map(i -> {
            Reports r = aReport("BM01", String.format("%05d", i), "2025S1");
            for (int v = 0; v < 40; v++) {
                r.value("I" + v, String.valueOf(v * i));
            }
            return r.build();
        });

        assertThatCode(() -> writer.write(reports, out, Reports.kinds())).doesNotThrowAnyException();
        assertThat(out.count).isGreaterThan(3_321L * 40 * 30);
    }

    private byte[] write(List<ExchangeReport> reports) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(reports.stream(), out, Reports.kinds());
        return out.toByteArray();
    }

    static Validator validator() throws SAXException {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        // The schema and its imports come from the test resources, never from the network.
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "file");
        URL xsd = AdxWriterTest.class.getResource("/reporting/adx/adx_loose.xsd");
        assertThat(xsd).isNotNull();
        assertThat(xsd.getProtocol()).isEqualTo("file");
        Schema schema = factory.newSchema(xsd);
        return schema.newValidator();
    }

    private static final class CountingOutputStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
