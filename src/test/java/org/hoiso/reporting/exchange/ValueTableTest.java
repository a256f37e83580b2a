package org.hoiso.reporting.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hoiso.reporting.Period;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ValueTableTest {

    @TempDir
    Path dir;

    private final ValueTableReader reader = new ValueTableReader();

    @Test
    void csvWithCodeHeadingsHasOneRowPerValueAndShortPeriods() {
        String csv = new String(write(ValueTable.Format.CSV, ValueTable.Headings.CODES), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFFform,unit_code,period,indicator,category,value\r\n"
                + "BM01," + Places.OLD_TAN_DINH + ",2025S1,MEMBERS,,1234\r\n"
                + "BM01," + Places.OLD_TAN_DINH + ",2025S1,MEMBERS_BY_AGE,18_35,410\r\n");
        assertThat(csv).contains("BM01," + Places.OLD_TAN_DINH + ",2025S1,LOANS,,'-3\r\n")
                .contains("," + Places.BA_DINH + ",2025Q2,HAS_CLUB,,false\r\n");
        assertThat(csv.split("\r\n")).hasSize(11);
    }

    @Test
    void vietnameseHeadingsAreOnOffer() {
        String csv = new String(write(ValueTable.Format.CSV, ValueTable.Headings.VIETNAMESE), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFFbiểu mẫu,mã đơn vị,kỳ,chỉ tiêu,phân tổ,giá trị\r\n");
    }

    @ParameterizedTest
    @EnumSource(ValueTable.Format.class)
    void roundTripGivesTheSameReportsWithRowNumbers(ValueTable.Format format) throws IOException {
        for (ValueTable.Headings headings : ValueTable.Headings.values()) {
            Path file = Files.write(dir.resolve("values-" + headings), write(format, headings));

            List<ExchangeReport> read = reader.read(file);

            assertThat(Reports.withoutRows(read)).as("%s %s", format, headings).isEqualTo(List.of(
                    Reports.withoutDimensions(Reports.communeHalfYear()), Reports.withoutDimensions(Reports.wardQuarter())));
            assertThat(read.get(1).values()).extracting(ExchangeValue::row).containsExactly(10L, 11L);
            assertThat(read.get(0).values().get(1).dimension()).isNull();
            assertThat(read.get(0).values().get(1).category()).isEqualTo("18_35");
        }
    }

    @Test
    void headingsMatchWhateverTheCaseDiacriticsOrOrderAndExtraColumnsAreIgnored() throws IOException {
        Path file = csv(
                "GIÁ TRỊ;Ghi chú;Mã Đơn Vị;KY;chi tieu;Biểu mẫu\n12;x;" + Places.OLD_TAN_DINH + ";2025-03;MEMBERS;BM02\n");

        assertThat(reader.read(file)).containsExactly(new ExchangeReport("BM02", Places.OLD_TAN_DINH, Period.parse("2025-03"),
                List.of(new ExchangeValue("MEMBERS", null, null, "12", 2))));
    }

    @Test
    void rowsAreGroupedByFormUnitAndPeriodInTheOrderFirstSeen() throws IOException {
        Path file = csv("""
                unit_code,period,indicator,value
                2,2025,A,1
                1,2025,A,2
                2,2025,B,3
                2,2024,A,4
                """);

        List<ExchangeReport> reports = reader.read(file);

        assertThat(reports).extracting(ExchangeReport::unitCode, r -> r.period().code(), ExchangeReport::formCode)
                .containsExactly(tuple("2", "2025", null), tuple("1", "2025", null), tuple("2", "2024", null));
        assertThat(reports.get(0).values()).extracting(ExchangeValue::indicatorCode, ExchangeValue::row)
                .containsExactly(tuple("A", 2L), tuple("B", 4L));
    }

    @Test
    void aMissingColumnIsNamed() throws IOException {
        ExchangeFormatException e = refused(csv("form,unit_code,indicator\nBM01,1,A\n"));

        assertThat(e.problems()).extracting(ExchangeProblem::row, ExchangeProblem::code, p -> p.args().get(0))
                .containsExactly(tuple(1L, "exchange.table.missingColumn", "period"),
                        tuple(1L, "exchange.table.missingColumn", "value"));
    }

    @Test
    void aColumnTwiceIsRefused() throws IOException {
        ExchangeFormatException e = refused(csv("unit_code,period,indicator,value,Giá trị\n1,2025,A,1,2\n"));

        assertThat(e.problems()).extracting(ExchangeProblem::field, ExchangeProblem::code)
                .containsExactly(tuple("Giá trị", "exchange.table.duplicateColumn"));
    }

    @Test
    void rowProblemsNameTheLineAndTheHeadingAsTheFileHasIt() throws IOException {
        ExchangeFormatException e = refused(csv("""
                Mã đơn vị,Kỳ,Chỉ tiêu,Giá trị
                1,2025,A,1
                ,2025Q5,A,
                2,2025,,3
                """));

        assertThat(e.problems()).extracting(ExchangeProblem::row, ExchangeProblem::field, ExchangeProblem::code)
                .containsExactly(
                        tuple(3L, "Mã đơn vị", "exchange.missing"),
                        tuple(3L, "Giá trị", "exchange.missing"),
                        tuple(3L, "Kỳ", "exchange.period.invalid"),
                        tuple(4L, "Chỉ tiêu", "exchange.missing"));
        assertThat(e.problems().get(2).messageArgs()).containsExactly(3L, "Kỳ", "2025Q5");
    }

    @Test
    void stopsAtTheValueLimit() throws IOException {
        ExchangeFormatException e = catchThrowableOfType(ExchangeFormatException.class,
                () -> new ValueTableReader(2)
                        .read(csv("unit_code,period,indicator,value\n1,2025,A,1\n1,2025,B,1\n1,2025,C,1\n")));

        assertThat(e.problems()).extracting(ExchangeProblem::row, ExchangeProblem::code)
                .containsExactly(tuple(4L, "exchange.tooManyValues"));
    }

    @Test
    void aFileThatIsNoTableKeepsTheIntakeLayersExplanation() throws IOException {
        Path pdf = Files.write(dir.resolve("report.csv"), "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
        Path empty = Files.write(dir.resolve("empty.csv"), new byte[0]);

        assertThat(refused(pdf).problems()).extracting(ExchangeProblem::code).containsExactly("intake.file.binary");
        assertThat(refused(empty).problems()).extracting(ExchangeProblem::code).containsExactly("intake.file.empty");
        assertThat(refused(pdf).problems().get(0).messageArgs()).isEmpty();
    }

    private byte[] write(ValueTable.Format format, ValueTable.Headings headings) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ValueTableWriter(format, headings).write(List.of(Reports.communeHalfYear(), Reports.wardQuarter()).stream(), out);
        return out.toByteArray();
    }

    private Path csv(String text) throws IOException {
        return Files.writeString(dir.resolve("t" + System.nanoTime() + ".csv"), text, StandardCharsets.UTF_8);
    }

    private ExchangeFormatException refused(Path file) {
        ExchangeFormatException e = catchThrowableOfType(ExchangeFormatException.class, () -> reader.read(file));
        assertThat(e).isNotNull();
        return e;
    }
}
