package org.hoiso.reporting.exchange;

import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.hoiso.reporting.Period;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reports as JSON: {@code {"reports":[{"form":"BM01","unit":"26734","period":"2025S1",
 * "values":[{"indicator":"MEMBERS","category":null,"value":"12"}]}]}}. Writing streams; reading walks
 * the reports array with the parser and takes one report at a time as a tree, so memory follows the
 * largest report, not the file. Unknown properties are ignored; a value may also be a JSON number or
 * boolean (taken as its text); a category comes back without its dimension, which the caller takes
 * from the indicator. Problems name the report (its 1-based index) or the value (its index in the
 * whole file, also {@link ExchangeValue#row()}) and the JSON path.
 */
public final class JsonExchange {

    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;
    public static final int DEFAULT_MAX_VALUES = 500_000;

    private final long maxBytes;
    private final int maxValues;
    private final JsonMapper mapper;

    public JsonExchange(long maxBytes, int maxValues) {
        if (maxBytes <= 0 || maxValues <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        this.maxBytes = maxBytes;
        this.maxValues = maxValues;
        // A hostile file must not nest deeply or carry one enormous string or number.
        this.mapper = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(32).maxStringLength(AdxReader.MAX_ANNOTATION_CHARS * 4).maxNumberLength(100)
                .maxNameLength(1_000).build()).build())
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
    }

    public JsonExchange() {
        this(DEFAULT_MAX_BYTES, DEFAULT_MAX_VALUES);
    }

    /**
     * Writes the reports; the stream is flushed, not closed.
     *
     * @throws UncheckedIOException when the stream fails
     */
    public void write(Stream<ExchangeReport> reports, OutputStream out) {
        Iterator<ExchangeReport> it = reports.iterator();
        try (JsonGenerator json = mapper.createGenerator(new NonClosing(out))) {
            json.writeStartObject();
            json.writeName("reports");
            json.writeStartArray();
            while (it.hasNext()) {
                ExchangeReport r = it.next();
                json.writeStartObject();
                json.writeStringProperty("form", r.formCode());
                json.writeStringProperty("unit", r.unitCode());
                json.writeStringProperty("period", r.period().code());
                json.writeName("values");
                json.writeStartArray();
                for (ExchangeValue v : r.values()) {
                    json.writeStartObject();
                    json.writeStringProperty("indicator", v.indicatorCode());
                    json.writeStringProperty("category", v.category());
                    json.writeStringProperty("value", v.value());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (JacksonIOException e) {
            throw new UncheckedIOException(e.getCause());
        }
    }

    /**
     * Reads the reports; the stream is not closed.
     *
     * @throws ExchangeFormatException the problems found
     * @throws UncheckedIOException    when the stream fails
     */
    public List<ExchangeReport> read(InputStream in) {
        CappedInputStream capped = new CappedInputStream(in, maxBytes);
        Problems problems = new Problems();
        Parse parse = new Parse(problems);
        try (JsonParser json = mapper.createParser(new NonClosingInput(capped))) {
            parse.document(json);
        } catch (ExchangeFormatException e) {
            throw e;
        } catch (JacksonException e) {
            if (capped.exceeded()) {
                throw problems.fatal(0, null, "exchange.tooLarge", maxBytes / (1024 * 1024));
            }
            if (e instanceof JacksonIOException io && !(io.getCause() instanceof CharConversionException)) {
                throw new UncheckedIOException(io.getCause());
            }
            if (capped.count() == 0) {
                throw problems.fatal(0, null, "exchange.empty");
            }
            if (e instanceof StreamConstraintsException) {
                throw problems.fatal(0, null, "exchange.json.limit");
            }
            TokenStreamLocation at = e.getLocation();
            throw problems.fatal(0, null, "exchange.json.syntax",
                    at == null ? 0 : Math.max(at.getLineNr(), 0), at == null ? 0 : Math.max(at.getColumnNr(), 0));
        }
        problems.throwIfAny();
        return parse.reports;
    }

    /** The state of one read. */
    private final class Parse {

        final Problems problems;
        final List<ExchangeReport> reports = new ArrayList<>();
        long reportIndex;
        long valueIndex;

        Parse(Problems problems) {
            this.problems = problems;
        }

        void document(JsonParser json) {
            JsonToken first = json.nextToken();
            if (first == null) {
                throw problems.fatal(0, null, "exchange.empty");
            }
            if (first != JsonToken.START_OBJECT) {
                throw problems.fatal(0, "", "exchange.json.expectedObject");
            }
            boolean seen = false;
            for (JsonToken t = json.nextToken(); t == JsonToken.PROPERTY_NAME; t = json.nextToken()) {
                String name = json.currentName();
                JsonToken value = json.nextToken();
                if (!"reports".equals(name) || seen) {
                    json.skipChildren();
                    continue;
                }
                seen = true;
                if (value != JsonToken.START_ARRAY) {
                    problems.add(0, "reports", "exchange.json.expectedArray");
                    json.skipChildren();
                    continue;
                }
                while (json.nextToken() != JsonToken.END_ARRAY) {
                    report(json.readValueAsTree());
                }
            }
            if (!seen) {
                problems.add(0, "reports", "exchange.missing");
            }
            if (json.nextToken() != null) {
                throw problems.fatal(0, null, "exchange.json.trailing");
            }
        }

        private void report(JsonNode node) {
            long index = ++reportIndex;
            String at = "reports[" + (index - 1) + "]";
            if (!node.isObject()) {
                problems.add(index, at, "exchange.json.expectedObject");
                return;
            }
            String form = text(node, "form", index, at, false);
            String unit = text(node, "unit", index, at, true);
            String periodText = text(node, "period", index, at, true);
            Period period = null;
            if (periodText != null) {
                try {
                    period = Period.parse(periodText);
                } catch (IllegalArgumentException e) {
                    problems.add(index, at + ".period", "exchange.period.invalid", periodText);
                }
            }
            JsonNode values = node.get("values");
            if (values == null || values.isNull()) {
                problems.add(index, at + ".values", "exchange.missing");
                return;
            }
            if (!values.isArray()) {
                problems.add(index, at + ".values", "exchange.json.expectedArray");
                return;
            }
            List<ExchangeValue> read = new ArrayList<>(values.size());
            for (int i = 0; i < values.size(); i++) {
                ExchangeValue v = value(values.get(i), at + ".values[" + i + "]");
                if (v != null) {
                    read.add(v);
                }
            }
            if (problems.isEmpty() && unit != null && period != null) {
                reports.add(new ExchangeReport(form, unit, period, read));
            }
        }

        private ExchangeValue value(JsonNode node, String at) {
            long index = ++valueIndex;
            if (index > maxValues) {
                throw problems.fatal(index, at, "exchange.tooManyValues", maxValues);
            }
            if (!node.isObject()) {
                problems.add(index, at, "exchange.json.expectedObject");
                return null;
            }
            String indicator = text(node, "indicator", index, at, true);
            String category = text(node, "category", index, at, false);
            String value = text(node, "value", index, at, true);
            return indicator == null || value == null ? null : new ExchangeValue(indicator, null, category, value, index);
        }

        /** A property as text: a string, or a number or boolean as written; null when absent, null or blank. */
        private String text(JsonNode node, String name, long index, String at, boolean required) {
            JsonNode v = node.get(name);
            String text = null;
            if (v != null && v.isString()) {
                text = ExchangeText.trimToNull(v.stringValue());
            } else if (v != null && v.isNumber()) {
                text = v.isIntegralNumber() ? v.bigIntegerValue().toString() : v.decimalValue().toPlainString();
            } else if (v != null && v.isBoolean()) {
                text = String.valueOf(v.booleanValue());
            } else if (v != null && !v.isNull()) {
                problems.add(index, at + "." + name, "exchange.json.expectedText");
                return null;
            }
            if (text == null && required) {
                problems.add(index, at + "." + name, "exchange.missing");
            }
            return text;
        }
    }

    /** Jackson closes the streams it was given; the caller owns them. */
    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    private static final class NonClosingInput extends FilterInputStream {
        NonClosingInput(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the caller closes its stream
        }
    }
}
