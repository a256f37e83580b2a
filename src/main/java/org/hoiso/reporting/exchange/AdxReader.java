package org.hoiso.reporting.exchange;

import com.fasterxml.aalto.UncheckedStreamException;
import com.fasterxml.aalto.stax.InputFactoryImpl;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.hoiso.reporting.Period;

/**
 * Reads an ADX document into reports, streaming with StAX and refusing what could harm the server:
 * no DTD (so no entity expansion and no external entity), at most {@code maxBytes} bytes and
 * {@code maxValues} dataValues. Every syntax problem is collected with the 1-based index of its
 * group or dataValue and the attribute concerned, and all are thrown together as an
 * {@link ExchangeFormatException}; nothing is looked up (codes are checked by the caller).
 *
 * <p>Taken: the 2015 namespace, the draft namespace of the IHE samples and none. A group's
 * {@code dataSet} is the form (null when absent); other group attributes ({@code mechanism},
 * {@code comment}…) are ignored. A dataValue's unqualified attributes besides {@code dataElement} and
 * {@code value} are its disaggregation: one gives the dimension and category; several (which hoiso's
 * indicators never have) are joined by {@code |} in name order, for the caller to refuse by code.
 * {@link ExchangeValue#row()} is the dataValue's index in the document.
 */
public final class AdxReader {

    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;
    public static final int DEFAULT_MAX_VALUES = 500_000;
    /** The longest text answer taken from an {@code <annotation>}. */
    static final int MAX_ANNOTATION_CHARS = 10_000;

    static final Set<String> NAMESPACES = Set.of(AdxWriter.NAMESPACE, "http://ihe.net/quality/schema/adx", "");
    static final Set<String> RESERVED_VALUE_ATTRIBUTES = Set.of("dataElement", "value");

    private final long maxBytes;
    private final int maxValues;

    /**
     * @param maxBytes  the largest document read, in bytes
     * @param maxValues the most dataValues read
     */
    public AdxReader(long maxBytes, int maxValues) {
        if (maxBytes <= 0 || maxValues <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        this.maxBytes = maxBytes;
        this.maxValues = maxValues;
    }

    public AdxReader() {
        this(DEFAULT_MAX_BYTES, DEFAULT_MAX_VALUES);
    }

    /** Reads with every indicator taken as a number (a partner file the caller knows nothing about). */
    public List<ExchangeReport> read(InputStream in) {
        return read(in, ValueKind.allNumbers());
    }

    /**
     * Reads the whole document; the stream is not closed.
     *
     * @param kinds the kind of each indicator: a yes/no comes back as {@code true}/{@code false}, a
     *              text from the dataValue's annotation; for a number the annotation is a comment and dropped
     * @return the groups as reports, in document order
     * @throws ExchangeFormatException the problems found
     * @throws UncheckedIOException    when the stream fails
     */
    public List<ExchangeReport> read(InputStream in, Function<String, ValueKind> kinds) {
        CappedInputStream capped = new CappedInputStream(in, maxBytes);
        Problems problems = new Problems();
        Parse parse = new Parse(problems, kinds);
        try {
            XMLStreamReader xml = factory().createXMLStreamReader(capped);
            try {
                parse.document(xml);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw failure(e, capped, problems);
        } catch (UncheckedStreamException e) {
            // Aalto parses text lazily: a malformed text surfaces from getText…() in this wrapper.
            throw failure(e.getCause() instanceof XMLStreamException x ? x : new XMLStreamException(e), capped, problems);
        } catch (RuntimeException e) {
            // Aalto rejects some malformed documents with a plain RuntimeException (found by fuzzing: a prefix
            // declared as "xmlns:xmlns"). Those are bad input; anything thrown from our own code is not.
            StackTraceElement[] trace = e.getStackTrace();
            if (trace.length > 0 && trace[0].getClassName().startsWith("com.fasterxml.aalto")) {
                throw failure(new XMLStreamException(e.getMessage()), capped, problems);
            }
            throw e;
        }
        problems.throwIfAny();
        return parse.reports;
    }

    private ExchangeFormatException failure(XMLStreamException e, CappedInputStream capped, Problems problems) {
        if (capped.exceeded()) {
            return problems.fatal(0, null, "exchange.tooLarge", maxBytes / (1024 * 1024));
        }
        Throwable cause = e.getNestedException() != null ? e.getNestedException() : e.getCause();
        if (cause instanceof IOException io && !(io instanceof CharConversionException)) {
            throw new UncheckedIOException(io);
        }
        if (capped.count() == 0) {
            return problems.fatal(0, null, "exchange.empty");
        }
        Location at = e.getLocation();
        return problems.fatal(0, null, "exchange.adx.notXml",
                at == null ? 0 : Math.max(at.getLineNumber(), 0), at == null ? 0 : Math.max(at.getColumnNumber(), 0));
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = new InputFactoryImpl();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory;
    }

    /** The state of one read. */
    private final class Parse {

        final Problems problems;
        final Function<String, ValueKind> kinds;
        final List<ExchangeReport> reports = new ArrayList<>();
        long groups;
        long values;

        Parse(Problems problems, Function<String, ValueKind> kinds) {
            this.problems = problems;
            this.kinds = kinds;
        }

        void document(XMLStreamReader xml) throws XMLStreamException {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw problems.fatal(0, null, "exchange.adx.doctype");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (!"adx".equals(xml.getLocalName()) || !isAdx(xml)) {
                        throw problems.fatal(0, null, "exchange.adx.root", name(xml));
                    }
                    // exported is required by the schema but says nothing hoiso needs: not checked.
                    root(xml);
                    return;
                }
            }
            throw problems.fatal(0, null, "exchange.empty");
        }

        private void root(XMLStreamReader xml) throws XMLStreamException {
            while (true) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT) {
                    return;
                }
                if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw problems.fatal(0, null, "exchange.adx.doctype");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if ("group".equals(xml.getLocalName()) && isAdx(xml)) {
                        group(xml);
                    } else {
                        problems.add(0, name(xml), "exchange.adx.unexpected");
                        skip(xml);
                    }
                }
            }
        }

        private void group(XMLStreamReader xml) throws XMLStreamException {
            long index = ++groups;
            String unit = null;
            String periodText = null;
            String form = null;
            String yearStart = null;
            for (int i = 0; i < xml.getAttributeCount(); i++) {
                if (xml.getAttributeNamespace(i) != null && !xml.getAttributeNamespace(i).isEmpty()) {
                    continue;
                }
                switch (xml.getAttributeLocalName(i)) {
                    case "orgUnit" -> unit = ExchangeText.trimToNull(xml.getAttributeValue(i));
                    case "period" -> periodText = ExchangeText.trimToNull(xml.getAttributeValue(i));
                    case "dataSet" -> form = ExchangeText.trimToNull(xml.getAttributeValue(i));
                    case "ReportingYearStartDay", "reportingYearStartDay" -> yearStart = xml.getAttributeValue(i).strip();
                    default -> {
                    } // mechanism, dataSetComplete, comment…: nothing hoiso keeps
                }
            }
            if (unit == null) {
                problems.add(index, "orgUnit", "exchange.adx.group.missing");
            }
            Period period = null;
            if (periodText == null) {
                problems.add(index, "period", "exchange.adx.group.missing");
            } else {
                try {
                    period = AdxPeriods.parse(periodText);
                    if (yearStart != null && !yearStart.endsWith("-01-01")) {
                        // A financial year (2015-A1 from October): hoiso's years are calendar years.
                        period = null;
                        problems.add(index, "period", "exchange.period.unsupported", periodText);
                    }
                } catch (AdxPeriods.Unreadable e) {
                    problems.add(index, "period", e.supported ? "exchange.period.unsupported" : "exchange.period.invalid",
                            periodText);
                }
            }
            List<ExchangeValue> groupValues = new ArrayList<>();
            while (true) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT) {
                    break;
                }
                if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw problems.fatal(0, null, "exchange.adx.doctype");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if ("dataValue".equals(xml.getLocalName()) && isAdx(xml)) {
                        ExchangeValue value = dataValue(xml);
                        if (value != null) {
                            groupValues.add(value);
                        }
                    } else {
                        problems.add(index, name(xml), "exchange.adx.unexpected");
                        skip(xml);
                    }
                }
            }
            if (unit != null && period != null && problems.isEmpty()) {
                reports.add(new ExchangeReport(form, unit, period, groupValues));
            }
        }

        private ExchangeValue dataValue(XMLStreamReader xml) throws XMLStreamException {
            long index = ++values;
            if (index > maxValues) {
                throw problems.fatal(index, null, "exchange.tooManyValues", maxValues);
            }
            String indicator = null;
            String number = null;
            Map<String, String> disaggregation = new TreeMap<>();
            boolean ok = true;
            for (int i = 0; i < xml.getAttributeCount(); i++) {
                if (xml.getAttributeNamespace(i) != null && !xml.getAttributeNamespace(i).isEmpty()) {
                    continue;
                }
                String attribute = xml.getAttributeLocalName(i);
                String text = xml.getAttributeValue(i).strip();
                switch (attribute) {
                    case "dataElement" -> indicator = ExchangeText.trimToNull(text);
                    case "value" -> number = text;
                    default -> {
                        if (text.isEmpty()) {
                            problems.add(index, attribute, "exchange.adx.value.missing");
                            ok = false;
                        }
                        disaggregation.put(attribute, text);
                    }
                }
            }
            String annotation = annotation(xml, index);
            if (indicator == null) {
                problems.add(index, "dataElement", "exchange.adx.value.missing");
                ok = false;
            }
            if (number == null) {
                problems.add(index, "value", "exchange.adx.value.missing");
                return null;
            }
            ValueKind kind = indicator == null ? ValueKind.NUMBER : kinds.apply(indicator);
            String value = switch (kind == null ? ValueKind.NUMBER : kind) {
                case TEXT -> annotation != null ? annotation : number;
                case YES_NO -> "1".equals(number) || "true".equals(number)
                        ? "true"
                        : "0".equals(number) || "false".equals(number) ? "false" : null;
                case NUMBER -> ExchangeText.isDecimal(number) ? number : null;
            };
            if (value == null) {
                problems.add(index, "value",
                        kind == ValueKind.YES_NO ? "exchange.adx.value.notYesNo" : "exchange.adx.value.notNumber", number);
                return null;
            }
            if (!ok) {
                return null;
            }
            String dimension = disaggregation.isEmpty() ? null : String.join("|", disaggregation.keySet());
            String category = disaggregation.isEmpty() ? null : String.join("|", disaggregation.values());
            return new ExchangeValue(indicator, dimension, category, value, index);
        }

        /** The text of the dataValue's annotation, or null; leaves the reader on the dataValue's end. */
        private String annotation(XMLStreamReader xml, long index) throws XMLStreamException {
            StringBuilder text = null;
            int depth = 0;
            while (true) {
                int event = xml.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (depth == 0 && !("annotation".equals(xml.getLocalName()) && isAdx(xml))) {
                            problems.add(index, name(xml), "exchange.adx.unexpected");
                            skip(xml);
                            continue;
                        }
                        if (depth == 0 && text == null) {
                            text = new StringBuilder();
                        }
                        depth++;
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        if (depth == 0) {
                            return text == null ? null : text.toString().strip();
                        }
                        depth--;
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (depth > 0 && text != null) {
                            if (text.length() + xml.getTextLength() > MAX_ANNOTATION_CHARS) {
                                throw problems.fatal(index, "annotation", "exchange.adx.annotationTooLong", MAX_ANNOTATION_CHARS);
                            }
                            text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                        }
                    }
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw problems.fatal(0, null, "exchange.adx.doctype");
                    default -> {
                    }
                }
            }
        }

        private void skip(XMLStreamReader xml) throws XMLStreamException {
            int depth = 1;
            while (depth > 0) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw problems.fatal(0, null, "exchange.adx.doctype");
                }
            }
        }

        private boolean isAdx(XMLStreamReader xml) {
            String ns = xml.getNamespaceURI();
            return NAMESPACES.contains(ns == null ? "" : ns);
        }

        private String name(XMLStreamReader xml) {
            String prefix = xml.getPrefix();
            return prefix == null || prefix.isEmpty() ? xml.getLocalName() : prefix + ":" + xml.getLocalName();
        }
    }
}
