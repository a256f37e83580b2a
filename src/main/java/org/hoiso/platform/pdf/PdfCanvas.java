package org.hoiso.platform.pdf;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Drawing printed documents (the report's print, the member book): A4 pages, the two embedded DejaVu
 * fonts (subset, so a document carries only the glyphs it uses), text that never fails on a character
 * the font lacks, and word wrapping. Coordinates are PDF points from the bottom left. The fonts and their
 * licence are in {@code src/main/resources/platform/fonts/}.
 */
public final class PdfCanvas implements AutoCloseable {

    public static final PDRectangle A4 = PDRectangle.A4;
    public static final float LEFT = 70;
    public static final float RIGHT = A4.getWidth() - 45;
    public static final float TOP = A4.getHeight() - 45;
    public static final float BOTTOM = 60;

    private static final byte[] REGULAR = font("DejaVuSans.ttf");
    private static final byte[] BOLD = font("DejaVuSans-Bold.ttf");

    private final PDDocument document;
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final Map<PDType0Font, Map<Integer, Boolean>> glyphs = new HashMap<>();
    private PDPageContentStream content;

    public PdfCanvas() throws IOException {
        document = new PDDocument();
        regular = PDType0Font.load(document, new ByteArrayInputStream(REGULAR), true);
        bold = PDType0Font.load(document, new ByteArrayInputStream(BOLD), true);
    }

    /** The document being drawn (its information, its pages, saving it). */
    public PDDocument document() {
        return document;
    }

    public PDType0Font regular() {
        return regular;
    }

    public PDType0Font bold() {
        return bold;
    }

    /** Starts a new page; returns its top. */
    public float newPage() throws IOException {
        finishPage();
        PDPage page = new PDPage(A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        return TOP;
    }

    public PDPageContentStream content() {
        return content;
    }

    public void text(String text, float x, float y, PDType0Font font, float size) throws IOException {
        text(content, text, x, y, font, size);
    }

    /**
     * A table's heading row from the left margin: each title centred in bold in its column's shaded box. Answers
     * the {@code y} under the row.
     */
    public float headingRow(float y, float[] columns, String[] titles, float size, float pad, float leading, Color fill)
            throws IOException {
        float h = leading + 2 * pad;
        float x = LEFT;
        for (int i = 0; i < titles.length; i++) {
            box(x, y - h, columns[i], h, fill);
            centred(titles[i], x + columns[i] / 2, y - pad - size, bold, size);
            x += columns[i];
        }
        return y - h;
    }

    /** The foot of a page, drawn on a stream appended to the finished page. */
    public void foot(PDPageContentStream stream, String left, String right) throws IOException {
        float y = BOTTOM - 28;
        stream.setLineWidth(0.4f);
        stream.moveTo(LEFT, y + 11);
        stream.lineTo(RIGHT, y + 11);
        stream.stroke();
        text(stream, left, LEFT, y, regular, 8);
        text(stream, right, RIGHT - width(right, regular, 8), y, regular, 8);
    }

    private void text(PDPageContentStream stream, String text, float x, float y, PDType0Font font, float size)
            throws IOException {
        String safe = printable(text, font);
        if (safe.isBlank()) {
            return;
        }
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, y);
        stream.showText(safe);
        stream.endText();
    }

    public void centred(String text, float centre, float y, PDType0Font font, float size) throws IOException {
        text(text, centre - width(text, font, size) / 2, y, font, size);
    }

    public void right(String text, float right, float y, PDType0Font font, float size) throws IOException {
        text(text, right - width(text, font, size), y, font, size);
    }

    public void line(float x1, float y1, float x2, float y2, float width) throws IOException {
        content.setLineWidth(width);
        content.moveTo(x1, y1);
        content.lineTo(x2, y2);
        content.stroke();
    }

    public void box(float x, float y, float w, float h, Color fill) throws IOException {
        if (fill != null) {
            content.setNonStrokingColor(fill);
            content.addRect(x, y, w, h);
            content.fill();
            content.setNonStrokingColor(Color.BLACK);
        }
        content.setLineWidth(0.5f);
        content.addRect(x, y, w, h);
        content.stroke();
    }

    public void grey(boolean on) throws IOException {
        content.setNonStrokingColor(on ? Color.DARK_GRAY : Color.BLACK);
    }

    public float width(String text, PDType0Font font, float size) throws IOException {
        return font.getStringWidth(printable(text, font)) / 1000 * size;
    }

    /** The text in lines no wider than {@code width}; a word too long for a line is cut. */
    public List<String> wrap(String text, PDType0Font font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return lines;
        }
        for (String paragraph : printable(text.replace("\r\n", "\n"), font, true).split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.trim().split(" +")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (width(candidate, font, size) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                while (width(word, font, size) > width && word.length() > 1) {
                    int cut = word.length() - 1;
                    while (cut > 1 && width(word.substring(0, cut), font, size) > width) {
                        cut--;
                    }
                    lines.add(word.substring(0, cut));
                    word = word.substring(cut);
                }
                line.append(word);
            }
            if (line.length() > 0) {
                lines.add(line.toString());
            }
        }
        return lines;
    }

    /**
     * The heading of an official union document, from {@code y} down: the union, the unit above (may be
     * null) and the unit in capitals, underlined, on the left; the national motto, underlined, and the
     * place-and-date line on the right. Returns the line below it, with room before the title.
     */
    public float officialHeading(float y, Locale locale, String union, String parentUnit, String unit, String motto,
            String mottoSub, String dateLine) throws IOException {
        float leftCentre = LEFT + 105;
        float rightCentre = RIGHT - 130;
        float line = y;
        centred(union, leftCentre, line, regular, 10.5f);
        line -= 13;
        if (parentUnit != null) {
            for (String part : wrap(parentUnit.toUpperCase(locale), regular, 10.5f, 210)) {
                centred(part, leftCentre, line, regular, 10.5f);
                line -= 13;
            }
        }
        for (String part : wrap(unit.toUpperCase(locale), bold, 10.5f, 210)) {
            centred(part, leftCentre, line, bold, 10.5f);
            line -= 13;
        }
        line(leftCentre - 30, line + 9, leftCentre + 30, line + 9, 0.6f);
        float left = line;

        line = y;
        centred(motto, rightCentre, line, bold, 10.5f);
        line -= 14;
        centred(mottoSub, rightCentre, line, bold, 11);
        float half = width(mottoSub, bold, 11) / 2;
        line(rightCentre - half, line - 3, rightCentre + half, line - 3, 0.6f);
        line -= 22;
        centred(dateLine, rightCentre, line, regular, 10);
        return Math.min(line, left) - 30;
    }

    /**
     * Ends the last page and writes every page's foot once their number is known: {@code left} on the
     * left, and on the right what {@code right} makes of the page's number and the number of pages
     * ("Trang 2/5").
     */
    public void footOnEveryPage(String left, BiFunction<Integer, Integer, String> right) throws IOException {
        finishPage();
        int pages = document.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream foot = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND,
                    true, true)) {
                foot(foot, left, right.apply(i + 1, pages));
            }
        }
    }

    /** Ends the page being drawn. */
    public void finishPage() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            finishPage();
        } finally {
            document.close();
        }
    }

    private String printable(String text, PDType0Font font) {
        return printable(text, font, false);
    }

    /**
     * The text composed (NFC: DejaVu draws Vietnamese from its precomposed letters), line breaks and
     * tabs as spaces unless kept, and a character the font has no glyph for as "?" (PDFBox would
     * otherwise refuse the whole text).
     */
    private String printable(String text, PDType0Font font, boolean keepNewlines) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        Map<Integer, Boolean> known = glyphs.computeIfAbsent(font, f -> new HashMap<>());
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp == '\n' && keepNewlines) {
                out.append('\n');
            } else if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
                out.append(' ');
            } else if (known.computeIfAbsent(cp, c -> hasGlyph(font, c))) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static boolean hasGlyph(PDType0Font font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    private static byte[] font(String name) {
        try (InputStream in = PdfCanvas.class.getResourceAsStream("/platform/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the build: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
