package org.hoiso.tables;

import com.fasterxml.aalto.stax.InputFactoryImpl;
import java.io.Closeable;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.codehaus.stax2.XMLInputFactory2;

/**
 * The parts of an XLSX file that a table is read from: the sheets in workbook order with their
 * names, visibility and part names, the shared strings and styles parts, and the 1904 date system
 * flag. Every part is read as a stream through {@link java.util.zip.ZipFile}.
 *
 * <p>Zip bombs are refused before anything is inflated, from the sizes the archive declares: an
 * entry over {@value #MAX_ENTRY_BYTES} bytes, all entries together over {@value #MAX_TOTAL_BYTES}
 * bytes, or an entry over {@value #RATIO_CHECKED_FROM} bytes that is more than
 * {@value #MAX_RATIO} times its compressed size. Whatever the ratio, the parts read whole into memory
 * have their own limits, checked on the declared size before a byte is inflated: the workbook, its
 * relationships and the styles {@value #MAX_SMALL_PART_BYTES} bytes each, the shared strings
 * {@value #MAX_SHARED_STRINGS_BYTES} bytes (a member list of a million rows has some 150 MB); a workbook
 * may list at most {@value #MAX_SHEETS} sheets and {@value #MAX_RELATIONSHIPS} relationships. An entry
 * that inflates to more than it declared, or
 * whose XML holds a token (a tag with its attributes, a run of text, a comment, a CDATA section) over
 * {@value #MAX_TOKEN_BYTES} bytes, which the parser would hold whole in memory, is refused while it is
 * read: no legitimate part comes near that, a cell holding at most 32,767 characters.
 *
 * <p>The XML is parsed with aalto (namespace aware, no DTD, no external entities, not lazy).
 */
final class XlsxPackage implements Closeable {

    static final long MAX_ENTRY_BYTES = Integer.MAX_VALUE;
    static final long MAX_TOTAL_BYTES = 4L * 1024 * 1024 * 1024;
    static final long RATIO_CHECKED_FROM = 100L * 1024 * 1024;
    static final long MAX_RATIO = 200;
    static final long MAX_SMALL_PART_BYTES = 64L * 1024 * 1024;
    static final long MAX_SHARED_STRINGS_BYTES = 512L * 1024 * 1024;
    static final int MAX_SHEETS = 4_096;
    static final int MAX_RELATIONSHIPS = 16_384;

    static final String CONTENT_TYPES = "[Content_Types].xml";
    static final String WORKBOOK = "xl/workbook.xml";
    private static final String WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";

    /** One sheet of the workbook, in the order the officer sees the tabs. */
    record SheetRef(String name, boolean visible, String part) {
    }

    private final ZipFile zip;
    private final XMLInputFactory xmlFactory = newXmlFactory();
    /** Set when an entry inflated beyond its declared size: the failure that follows is a zip bomb. */
    private boolean overflow;
    private final List<SheetRef> sheets = new ArrayList<>();
    private String sharedStringsPart;
    private String stylesPart;
    private boolean date1904;

    private XlsxPackage(ZipFile zip) {
        this.zip = zip;
    }

    /**
     * Opens an XLSX file and reads its workbook part.
     *
     * @throws FileProblem {@code intake.file.corrupt} for a damaged archive, {@code intake.file.zipNotXlsx}
     *                     for an archive that is no workbook, {@code intake.file.tooLarge} for a zip bomb
     */
    static XlsxPackage open(Path file) throws IOException {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (IOException | IllegalArgumentException e) {
            // the file was readable a moment ago: a failure now is a broken archive (ZipException, EOFException)
            throw problem("intake.file.corrupt", e);
        }
        XlsxPackage pkg = new XlsxPackage(zip);
        try {
            pkg.checkSizes();
            if (zip.getEntry(CONTENT_TYPES) == null || zip.getEntry(WORKBOOK) == null) {
                throw new FileProblem("intake.file.zipNotXlsx");
            }
            pkg.readWorkbook();
            return pkg;
        } catch (IOException | RuntimeException e) {
            pkg.close();
            throw e;
        }
    }

    /** The sheets in workbook order (chart sheets left out). */
    List<SheetRef> sheets() {
        return sheets;
    }

    /** Whether serial dates count from 1904 (old Mac workbooks) rather than 1900. */
    boolean date1904() {
        return date1904;
    }

    /** The shared strings part, or null when the workbook has none. */
    String sharedStringsPart() {
        return sharedStringsPart;
    }

    /** The styles part, or null when the workbook has none. */
    String stylesPart() {
        return stylesPart;
    }

    /** The uncompressed size a part declares, or -1 when unknown. */
    long size(String part) {
        ZipEntry entry = zip.getEntry(part);
        return entry == null ? -1 : entry.getSize();
    }

    /**
     * A part as a stream that refuses to inflate beyond the size the archive declares for it.
     *
     * @throws FileProblem {@code intake.file.corrupt} when the part is missing or its header broken
     */
    InputStream open(String part) {
        return open(part, MAX_ENTRY_BYTES);
    }

    /**
     * A part as a stream that refuses to inflate beyond the size the archive declares for it, nor beyond
     * {@code maxBytes} whatever it declares.
     *
     * @throws FileProblem {@code intake.file.tooLarge} before anything is inflated when the part declares
     *                     more than {@code maxBytes}; {@code intake.file.corrupt} when it is missing or its
     *                     header broken
     */
    InputStream open(String part, long maxBytes) {
        ZipEntry entry = zip.getEntry(part);
        if (entry == null) {
            throw new FileProblem("intake.file.corrupt");
        }
        long declared = entry.getSize();
        if (declared > maxBytes) {
            throw new FileProblem("intake.file.tooLarge", maxBytes / (1024 * 1024), MAX_RATIO);
        }
        try {
            return new BoundedInputStream(zip.getInputStream(entry), declared >= 0 ? declared : maxBytes);
        } catch (IOException e) {
            throw problem("intake.file.corrupt", e);
        }
    }

    /** A part as an XML event stream. */
    Xml xml(String part) {
        return xml(open(part));
    }

    /** A part as an XML event stream, refused before inflating when it declares more than {@code maxBytes}. */
    Xml xml(String part, long maxBytes) {
        return xml(open(part, maxBytes));
    }

    /** Bytes as an XML event stream (no DTD, no external entities). */
    Xml xml(InputStream in) {
        try {
            return new Xml(xmlFactory.createXMLStreamReader(in), in);
        } catch (XMLStreamException | RuntimeException e) {
            closeQuietly(in);
            throw failure(e);
        }
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    private void checkSizes() {
        long total = 0;
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry;
            try {
                entry = entries.nextElement();
            } catch (IllegalArgumentException e) {
                // an entry name that is not valid UTF-8 (found by the fuzzer): a damaged archive, not a server error
                throw problem("intake.file.corrupt", e);
            }
            long size = entry.getSize();
            long compressed = entry.getCompressedSize();
            total += Math.max(size, 0);
            boolean bomb = size > MAX_ENTRY_BYTES || total > MAX_TOTAL_BYTES
                    || (size > RATIO_CHECKED_FROM && (compressed <= 0 || size / compressed > MAX_RATIO));
            if (bomb) {
                throw new FileProblem("intake.file.tooLarge", MAX_ENTRY_BYTES / (1024 * 1024), MAX_RATIO);
            }
        }
    }

    private void readWorkbook() throws IOException {
        Map<String, String[]> rels = readRelationships();
        for (String[] rel : rels.values()) {
            if (rel[0].equals("sharedStrings") && sharedStringsPart == null) {
                sharedStringsPart = rel[1];
            } else if (rel[0].equals("styles") && stylesPart == null) {
                stylesPart = rel[1];
            }
        }
        if (sharedStringsPart == null && zip.getEntry("xl/sharedStrings.xml") != null) {
            sharedStringsPart = "xl/sharedStrings.xml";
        }
        if (stylesPart == null && zip.getEntry("xl/styles.xml") != null) {
            stylesPart = "xl/styles.xml";
        }
        try (Xml xml = xml(WORKBOOK, MAX_SMALL_PART_BYTES)) {
            while (xml.next()) {
                if (!xml.isStart()) {
                    continue;
                }
                String name = xml.name();
                if (name.equals("workbookPr")) {
                    String flag = xml.attribute("date1904");
                    date1904 = "1".equals(flag) || "true".equalsIgnoreCase(flag);
                } else if (name.equals("sheet")) {
                    String[] rel = rels.get(xml.relationshipId());
                    if (rel != null && rel[0].equals("worksheet")) {
                        if (sheets.size() == MAX_SHEETS) {
                            throw new FileProblem("intake.file.tooLarge", MAX_SMALL_PART_BYTES / (1024 * 1024), MAX_RATIO);
                        }
                        String sheetName = xml.attribute("name");
                        String state = xml.attribute("state");
                        sheets.add(new SheetRef(sheetName == null ? "" : sheetName,
                                state == null || state.equals("visible"), rel[1]));
                    }
                }
            }
        }
    }

    /** The workbook's relationships: id → {type (last path segment), part name}. */
    private Map<String, String[]> readRelationships() throws IOException {
        if (zip.getEntry(WORKBOOK_RELS) == null) {
            throw new FileProblem("intake.file.corrupt");
        }
        Map<String, String[]> rels = new HashMap<>();
        try (Xml xml = xml(WORKBOOK_RELS, MAX_SMALL_PART_BYTES)) {
            while (xml.next()) {
                if (xml.isStart() && xml.name().equals("Relationship")) {
                    if (rels.size() == MAX_RELATIONSHIPS) {
                        throw new FileProblem("intake.file.tooLarge", MAX_SMALL_PART_BYTES / (1024 * 1024), MAX_RATIO);
                    }
                    String id = xml.attribute("Id");
                    String type = xml.attribute("Type");
                    String target = xml.attribute("Target");
                    if (id != null && type != null && target != null && !"External".equals(xml.attribute("TargetMode"))) {
                        rels.putIfAbsent(id, new String[] {type.substring(type.lastIndexOf('/') + 1), resolve(target)});
                    }
                }
            }
        }
        return rels;
    }

    /** A relationship target as a part name: relative to {@code xl/}, or absolute from the root. */
    static String resolve(String target) {
        String path = target.startsWith("/") ? target.substring(1) : "xl/" + target;
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                segments.pollLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.addLast(segment);
            }
        }
        return String.join("/", segments);
    }

    private static XMLInputFactory newXmlFactory() {
        XMLInputFactory factory = new InputFactoryImpl();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        // well-formedness errors surface in next(), not later in a getter
        factory.setProperty(XMLInputFactory2.P_LAZY_PARSING, false);
        return factory;
    }

    /** A problem with its cause kept for the logs. */
    static FileProblem problem(String code, Throwable cause, Object... args) {
        FileProblem problem = new FileProblem(code, args);
        problem.initCause(cause);
        return problem;
    }

    /**
     * What a failure while reading a part means for the officer: an entry that inflated beyond its
     * declared size is a zip bomb, anything else a damaged file.
     */
    private FileProblem failure(Throwable failure) {
        return overflow ? tooLarge(failure) : problem("intake.file.corrupt", failure);
    }

    private static FileProblem tooLarge(Throwable cause) {
        return problem("intake.file.tooLarge", cause, MAX_ENTRY_BYTES / (1024 * 1024), MAX_RATIO);
    }

    private static void closeQuietly(Closeable c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // nothing more to release
        }
    }

    /**
     * An XML part read event by event; every parser or inflater failure surfaces as
     * {@code intake.file.corrupt}, or {@code intake.file.tooLarge} for an entry that inflated beyond
     * its declared size.
     */
    final class Xml implements Closeable {

        private final XMLStreamReader reader;
        private final InputStream in;

        private Xml(XMLStreamReader reader, InputStream in) {
            this.reader = reader;
            this.in = in;
        }

        /** Moves to the next event; false at the end of the document. */
        boolean next() {
            try {
                return reader.hasNext() && reader.next() != XMLStreamConstants.END_DOCUMENT;
            } catch (XMLStreamException | RuntimeException e) {
                throw failure(e);
            }
        }

        boolean isStart() {
            return reader.getEventType() == XMLStreamConstants.START_ELEMENT;
        }

        boolean isEnd() {
            return reader.getEventType() == XMLStreamConstants.END_ELEMENT;
        }

        /** Character data (text, CDATA or whitespace). */
        boolean isText() {
            int type = reader.getEventType();
            return type == XMLStreamConstants.CHARACTERS || type == XMLStreamConstants.CDATA
                    || type == XMLStreamConstants.SPACE;
        }

        /** The local name of the current start or end element. */
        String name() {
            return reader.getLocalName();
        }

        /** An attribute of the current start element, without namespace, or null. */
        String attribute(String localName) {
            return reader.getAttributeValue(null, localName);
        }

        /** The {@code r:id} attribute of the current element, whichever relationships namespace it uses. */
        String relationshipId() {
            for (int i = 0; i < reader.getAttributeCount(); i++) {
                String ns = reader.getAttributeNamespace(i);
                if (ns != null && !ns.isEmpty() && reader.getAttributeLocalName(i).equals("id")) {
                    return reader.getAttributeValue(i);
                }
            }
            return null;
        }

        /** Appends the current character data to {@code sb}, refusing to let it grow beyond {@code max}; false when it would. */
        boolean appendText(StringBuilder sb, int max) {
            int length = reader.getTextLength();
            if (sb.length() + length > max) {
                sb.append(reader.getTextCharacters(), reader.getTextStart(), Math.max(0, max - sb.length()));
                return false;
            }
            sb.append(reader.getTextCharacters(), reader.getTextStart(), length);
            return true;
        }

        @Override
        public void close() {
            try {
                reader.close();
            } catch (XMLStreamException | RuntimeException ignored) {
                // the stream underneath is closed next
            }
            closeQuietly(in);
        }
    }

    /**
     * Refuses to deliver more bytes than an entry declared (a zip bomb lying about its size), and any
     * XML token longer than {@value #MAX_TOKEN_BYTES} bytes (the parser holds a token whole in memory).
     */
    private final class BoundedInputStream extends FilterInputStream {

        private long remaining;
        private final TokenGuard guard = new TokenGuard();

        BoundedInputStream(InputStream in, long limit) {
            super(in);
            this.remaining = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                check(1);
                if (!guard.accept((byte) b)) {
                    throw tooLarge();
                }
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                check(n);
                if (!guard.accept(b, off, n)) {
                    throw tooLarge();
                }
            }
            return n;
        }

        private void check(int n) throws EOFException {
            remaining -= n;
            if (remaining < 0) {
                throw tooLarge();
            }
        }

        private EOFException tooLarge() {
            overflow = true;
            return new EOFException("zip entry inflates beyond its declared size or holds an oversized XML token");
        }
    }

    static final int MAX_TOKEN_BYTES = 1 << 20;

    /**
     * Follows XML byte by byte and measures each token: a piece of markup from its '<' to its end
     * (quotes, comments, CDATA and processing instructions respected), or a run of text between two.
     */
    static final class TokenGuard {

        private static final int TEXT = 0;
        private static final int OPEN = 1;
        private static final int BANG = 2;
        private static final int BANG_DASH = 3;
        private static final int COMMENT = 4;
        private static final int CDATA = 5;
        private static final int PI = 6;
        private static final int TAG = 7;
        private static final int DOUBLE_QUOTED = 8;
        private static final int SINGLE_QUOTED = 9;

        private int state = TEXT;
        private int length;
        private byte previous;
        private byte beforePrevious;

        /** Takes the next bytes; false when the token they belong to has grown too long. */
        boolean accept(byte[] bytes, int offset, int count) {
            int s = state;
            int len = length;
            byte prev = previous;
            byte prev2 = beforePrevious;
            for (int i = offset, end = offset + count; i < end; i++) {
                byte b = bytes[i];
                int before = s;
                switch (s) {
                    case TEXT -> s = b == '<' ? OPEN : TEXT;
                    case TAG -> s = afterTagByte(b);
                    case DOUBLE_QUOTED -> s = b == '"' ? TAG : DOUBLE_QUOTED;
                    case SINGLE_QUOTED -> s = b == '\'' ? TAG : SINGLE_QUOTED;
                    case OPEN -> s = b == '!' ? BANG : b == '?' ? PI : afterTagByte(b);
                    case BANG -> s = b == '-' ? BANG_DASH : b == '[' ? CDATA : afterTagByte(b);
                    case BANG_DASH -> s = b == '-' ? COMMENT : afterTagByte(b);
                    case COMMENT -> s = b == '>' && prev == '-' && prev2 == '-' ? TEXT : COMMENT;
                    case CDATA -> s = b == '>' && prev == ']' && prev2 == ']' ? TEXT : CDATA;
                    default -> s = b == '>' && prev == '?' ? TEXT : PI;
                }
                prev2 = prev;
                prev = b;
                if ((before == TEXT) != (s == TEXT)) {
                    len = 0;
                }
                if (++len > MAX_TOKEN_BYTES) {
                    return false;
                }
            }
            state = s;
            length = len;
            previous = prev;
            beforePrevious = prev2;
            return true;
        }

        /** Takes the next byte; false when the token it belongs to has grown too long. */
        boolean accept(byte b) {
            return accept(new byte[] {b}, 0, 1);
        }

        private static int afterTagByte(byte b) {
            return b == '>' ? TEXT : b == '"' ? DOUBLE_QUOTED : b == '\'' ? SINGLE_QUOTED : TAG;
        }
    }
}
