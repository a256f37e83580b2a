package org.hoiso.reporting.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hoiso.reporting.Period;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonExchangeTest {

    private final JsonExchange json = new JsonExchange();

    @Test
    void writesTheAgreedShape() {
        String text = write(List.of(Reports.wardQuarter(),
                Reports.aReport("BM01", Places.OLD_TAN_DINH, "2025S1").value("MEMBERS_BY_AGE", "AGE_BAND", "18_35", "410")
                        .build()));

        assertThat(text).isEqualTo("{\"reports\":["
                + "{\"form\":null,\"unit\":\"" + Places.BA_DINH + "\",\"period\":\"2025Q2\",\"values\":["
                + "{\"indicator\":\"MEMBERS\",\"category\":null,\"value\":\"87\"},"
                + "{\"indicator\":\"HAS_CLUB\",\"category\":null,\"value\":\"false\"}]},"
                + "{\"form\":\"BM01\",\"unit\":\"" + Places.OLD_TAN_DINH + "\",\"period\":\"2025S1\",\"values\":["
                + "{\"indicator\":\"MEMBERS_BY_AGE\",\"category\":\"18_35\",\"value\":\"410\"}]}]}");
    }

    @Test
    void roundTripGivesTheSameReportsWithValueIndexes() {
        List<ExchangeReport> written = List.of(Reports.communeHalfYear(), Reports.wardQuarter());

        List<ExchangeReport> read = json.read(bytes(write(written)));

        assertThat(Reports.withoutRows(read)).isEqualTo(written.stream().map(Reports::withoutDimensions).toList());
        assertThat(read.get(1).values()).extracting(ExchangeValue::row).containsExactly(9L, 10L);
    }

    @Test
    void takesNumbersAndBooleansAsTheirTextAndIgnoresUnknownProperties() {
        String text = """
                {"version": 2, "reports": [{"unit": "1", "period": "2025-07-01/P6M", "extra": {"a": [1]},
                  "values": [{"indicator": "A", "value": 45.50}, {"indicator": "B", "value": true}, {"indicator": "C", "value": 12}]}]}
                """;

        assertThat(json.read(bytes(text))).containsExactly(new ExchangeReport(null, "1", Period.parse("2025S2"), List.of(
                new ExchangeValue("A", null, null, "45.50", 1), new ExchangeValue("B", null, null, "true", 2),
                new ExchangeValue("C", null, null, "12", 3))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            not json at all                                                  | 0 |                              | exchange.json.syntax
            {"reports": [{"unit": "1", "period": "2025", "values": []}       | 0 |                              | exchange.json.syntax
            [1, 2]                                                           | 0 | ''                           | exchange.json.expectedObject
            {"report": []}                                                   | 0 | reports                      | exchange.missing
            {"reports": {}}                                                  | 0 | reports                      | exchange.json.expectedArray
            {"reports": [7]}                                                 | 1 | reports[0]                   | exchange.json.expectedObject
            {"reports": [{"period": "2025", "values": []}]}                  | 1 | reports[0].unit              | exchange.missing
            {"reports": [{"unit": {"x": 1}, "period": "2025", "values": []}]} | 1 | reports[0].unit             | exchange.json.expectedText
            {"reports": [{"unit": "1", "period": "2025Q5", "values": []}]}   | 1 | reports[0].period            | exchange.period.invalid
            {"reports": [{"unit": "1", "period": "2025"}]}                   | 1 | reports[0].values            | exchange.missing
            {"reports": [{"unit": "1", "period": "2025", "values": [{"value": "1"}]}]} | 1 | reports[0].values[0].indicator | exchange.missing
            {"reports": [{"unit": "1", "period": "2025", "values": [{"indicator": "A", "value": null}]}]} | 1 | reports[0].values[0].value | exchange.missing
            {"reports": []} {"reports": []}                                  | 0 |                              | exchange.json.trailing
            """)
    void aMalformedDocumentGivesItsProblem(String text, long row, String field, String code) {
        ExchangeFormatException e = refused(json, text);

        assertThat(e.problems()).first().satisfies(p -> {
            assertThat(p.code()).isEqualTo(code);
            assertThat(p.row()).isEqualTo(row);
            assertThat(p.field()).isEqualTo(field);
        });
    }

    @Test
    void problemsOfLaterReportsNameTheirIndexes() {
        String text = "{\"reports\": [{\"unit\": \"1\", \"period\": \"2025\", \"values\": [{\"indicator\": \"A\", \"value\": \"1\"}]},"
                + "{\"unit\": \"2\", \"period\": \"2025\", \"values\": [{\"indicator\": \"A\", \"value\": \"1\"}, {\"indicator\": \"B\", \"value\": []}]}]}";

        assertThat(refused(json, text).problems()).extracting(ExchangeProblem::row, ExchangeProblem::field, ExchangeProblem::code)
                .containsExactly(tuple(3L, "reports[1].values[1].value", "exchange.json.expectedText"));
    }

    @Test
    void refusesWhatWouldHarmTheServer() {
        assertThat(refused(json, "").problems()).extracting(ExchangeProblem::code).containsExactly("exchange.empty");
        assertThat(refused(json, "{\"reports\":" + "[".repeat(5_000)).problems()).extracting(ExchangeProblem::code)
                .containsExactly("exchange.json.limit");
        assertThat(refused(new JsonExchange(1_000, 10), "{\"reports\": [" + " ".repeat(2_000) + "]}").problems())
                .extracting(ExchangeProblem::code).containsExactly("exchange.tooLarge");
        String many = "{\"reports\": [{\"unit\": \"1\", \"period\": \"2025\", \"values\": ["
                + "{\"indicator\": \"A\", \"value\": \"1\"},".repeat(3) + "{\"indicator\": \"A\", \"value\": \"1\"}]}]}";
        assertThat(refused(new JsonExchange(1_000_000, 3), many).problems())
                .extracting(ExchangeProblem::row, ExchangeProblem::code)
                .containsExactly(tuple(4L, "exchange.tooManyValues"));
    }

    private String write(List<ExchangeReport> reports) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.write(reports.stream(), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static ExchangeFormatException refused(JsonExchange json, String text) {
        ExchangeFormatException e = catchThrowableOfType(ExchangeFormatException.class, () -> json.read(bytes(text)));
        assertThat(e).as("refused: %s", text).isNotNull();
        return e;
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
