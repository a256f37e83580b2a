package org.hoiso.reporting.exchange;

import com.fasterxml.aalto.stax.OutputFactoryImpl;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes reports as one ADX document (IHE QRPH Aggregate Data Exchange 2015, what DHIS2 imports),
 * streaming with StAX: a national period is thousands of groups and must never be held as a tree.
 *
 * <p>The schema types {@code value} as {@code xs:decimal}, so values that are not numbers are
 * carried the way DHIS2 does: a yes/no as {@code 1}/{@code 0}; a text as {@code value="0"} with the
 * text in the dataValue's {@code <annotation>} (the one free-text slot the schema gives a value).
 * {@link AdxReader}, told the indicators' kinds, takes both back. A disaggregated value names its
 * category in an attribute named after its dimension: {@code AGE_BAND="18_35"}.
 */
public final class AdxWriter {

    public static final String NAMESPACE = "urn:ihe:qrph:adx:2015";

    /** An unprefixed XML attribute name (dimension codes become attribute names). */
    private static final Pattern XML_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");

    private final Clock clock;

    /** @param clock gives the {@code exported} timestamp */
    public AdxWriter(Clock clock) {
        this.clock = clock;
    }

    /**
     * Writes the document; the stream is flushed, not closed.
     *
     * @param reports the reports, one group each, consumed once
     * @param out     where the document goes
     * @param kinds   the kind of each indicator (an unknown indicator: {@link ValueKind#NUMBER})
     * @throws IllegalArgumentException a value that does not fit its kind, or a dimension code that
     *                                  cannot be an XML attribute name: the caller's data is wrong
     * @throws UncheckedIOException     when the stream fails
     */
    public void write(Stream<ExchangeReport> reports, OutputStream out, Function<String, ValueKind> kinds) {
        Iterator<ExchangeReport> it = reports.iterator();
        try {
            XMLStreamWriter xml = new OutputFactoryImpl().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.setDefaultNamespace(NAMESPACE);
            xml.writeStartElement(NAMESPACE, "adx");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeAttribute("exported", Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString());
            while (it.hasNext()) {
                group(xml, it.next(), kinds);
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            if (e.getCause() instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw new UncheckedIOException(new IOException(e));
        }
    }

    /** Writes with every indicator taken as a number, except yes/no values written as true/false. */
    public void write(Stream<ExchangeReport> reports, OutputStream out) {
        write(reports, out, ValueKind.allNumbers());
    }

    private static void group(XMLStreamWriter xml, ExchangeReport report, Function<String, ValueKind> kinds)
            throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement(NAMESPACE, "group");
        xml.writeAttribute("orgUnit", report.unitCode());
        xml.writeAttribute("period", report.period().iso());
        if (report.formCode() != null) {
            xml.writeAttribute("dataSet", report.formCode());
        }
        for (ExchangeValue value : report.values()) {
            dataValue(xml, value, kinds.apply(value.indicatorCode()));
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    private static void dataValue(XMLStreamWriter xml, ExchangeValue v, ValueKind kind) throws XMLStreamException {
        String text = v.value() == null ? "" : v.value();
        String number;
        String annotation = null;
        if (kind == ValueKind.TEXT) {
            number = "0";
            annotation = ExchangeText.xmlSafe(text);
        } else if ("true".equals(text) || "false".equals(text)) {
            number = "true".equals(text) ? "1" : "0";
        } else if (ExchangeText.isDecimal(text) && (kind != ValueKind.YES_NO || "1".equals(text) || "0".equals(text))) {
            number = text;
        } else {
            throw new IllegalArgumentException("value of " + v.indicatorCode() + " is not a " + kind + ": " + text);
        }
        xml.writeCharacters("\n    ");
        if (annotation == null) {
            xml.writeEmptyElement(NAMESPACE, "dataValue");
        } else {
            xml.writeStartElement(NAMESPACE, "dataValue");
        }
        xml.writeAttribute("dataElement", v.indicatorCode());
        xml.writeAttribute("value", number);
        if (v.category() != null) {
            String dimension = v.dimension();
            if (dimension == null || !XML_NAME.matcher(dimension).matches()
                    || AdxReader.RESERVED_VALUE_ATTRIBUTES.contains(dimension)) {
                throw new IllegalArgumentException(
                        "dimension of " + v.indicatorCode() + " cannot be an ADX attribute: " + dimension);
            }
            xml.writeAttribute(dimension, v.category());
        }
        if (annotation != null) {
            xml.writeStartElement(NAMESPACE, "annotation");
            xml.writeCharacters(annotation);
            xml.writeEndElement();
            xml.writeEndElement();
        }
    }
}
