package org.hoiso.reporting.exchange;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.hoiso.platform.pdf.PdfCanvas;
import org.springframework.context.MessageSource;

/**
 * Prints one unit's report for a period on A4 (bản in báo cáo), laid out like an official union
 * document: the union and the unit on the left and the national motto on the right, the form's name
 * and period, a table of the lines that runs over as many pages as needed with its heading repeated,
 * who sent and who approved it (full name and title) with room to sign, kept on the page of the table's
 * last line, and "Trang x/y" on every page. The date line names the place ("Hà Nội, ngày … tháng … năm …"). Fixed labels come
 * from {@code i18n/reportexchange}; times are shown in Vietnam's time zone.
 */
public final class ReportPdf {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final Color HEADING_FILL = new Color(0xE6, 0xE6, 0xE6);
    private static final Color SECTION_FILL = new Color(0xF3, 0xF3, 0xF3);
    private static final float SIZE = 9.5f;
    private static final float LEADING = 12;
    private static final float PAD = 3.5f;
    /** Column widths: No., indicator, category, value (together the width between the margins). */
    private static final float[] COLUMNS = {30, 245, 110, PdfCanvas.RIGHT - PdfCanvas.LEFT - 30 - 245 - 110};
    /** Height the signature block needs below the table (a title line more when a signer has one). */
    private static final float SIGNATURES = 150;
    private static final float TITLE_LINE = 13;

    private final MessageSource messages;

    public ReportPdf(MessageSource messages) {
        this.messages = messages;
    }

    /** The PDF as bytes (a report is a few pages: fine in memory). */
    public byte[] render(PrintableReport report, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        render(report, locale, out);
        return out.toByteArray();
    }

    /**
     * Writes the PDF; the stream is not closed.
     *
     * @throws UncheckedIOException when the stream fails
     */
    public void render(PrintableReport report, Locale locale, OutputStream out) {
        Objects.requireNonNull(report, "report");
        try (PdfCanvas canvas = new PdfCanvas()) {
            new Layout(canvas, report, locale).draw();
            PDDocumentInformation info = canvas.document().getDocumentInformation();
            info.setTitle(report.formName() + " – " + report.periodLabel() + " – " + report.unitName());
            info.setCreator("hoiso");
            canvas.document().getDocumentCatalog().setLanguage(locale.getLanguage());
            canvas.document().save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One rendering. */
    private final class Layout {

        private final PdfCanvas pdf;
        private final PrintableReport report;
        private final Locale locale;
        private float y;

        Layout(PdfCanvas pdf, PrintableReport report, Locale locale) {
            this.pdf = pdf;
            this.report = report;
            this.locale = locale;
        }

        void draw() throws IOException {
            y = pdf.newPage();
            heading();
            title();
            table();
            signatures();
            pageNumbers();
        }

        private void heading() throws IOException {
            ZonedDateTime printed = report.printedAt().atZoneSameInstant(VIETNAM);
            String day = String.valueOf(printed.getDayOfMonth());
            String month = String.valueOf(printed.getMonthValue());
            String year = String.valueOf(printed.getYear());
            String date = report.place() == null || report.place().isBlank()
                    ? msg("exchange.pdf.dateLine", day, month, year)
                    : msg("exchange.pdf.placeDateLine", day, month, year, report.place());
            y = pdf.officialHeading(y, locale, msg("exchange.pdf.union"), report.parentUnitName(), report.unitName(),
                    msg("exchange.pdf.motto"), msg("exchange.pdf.mottoSub"), date);
        }

        private void title() throws IOException {
            float centre = (PdfCanvas.LEFT + PdfCanvas.RIGHT) / 2;
            for (String line : pdf.wrap(report.formName().toUpperCase(locale), pdf.bold(), 13,
                    PdfCanvas.RIGHT - PdfCanvas.LEFT)) {
                pdf.centred(line, centre, y, pdf.bold(), 13);
                y -= 17;
            }
            pdf.centred(msg("exchange.pdf.period", report.periodLabel()), centre, y, pdf.bold(), 11);
            y -= 22;
            pdf.text(msg("exchange.pdf.unit", report.unitName(), report.unitCode()), PdfCanvas.LEFT, y, pdf.regular(), 10);
            y -= 14;
            pdf.text(msg("exchange.pdf.form", report.formCode()), PdfCanvas.LEFT, y, pdf.regular(), 10);
            if (report.statusLabel() != null) {
                pdf.right(msg("exchange.pdf.status", report.statusLabel()), PdfCanvas.RIGHT, y, pdf.regular(), 10);
            }
            y -= 16;
        }

        private void table() throws IOException {
            tableHeading();
            if (report.lines().isEmpty()) {
                y -= LEADING;
                pdf.text(msg("exchange.pdf.noLines"), PdfCanvas.LEFT, y, pdf.regular(), SIZE);
                y -= LEADING;
                return;
            }
            String section = null;
            int number = 0;
            for (PrintableLine line : report.lines()) {
                boolean last = number == report.lines().size() - 1;
                if (line.section() != null && !line.section().equals(section)) {
                    section = line.section();
                    List<String> text = pdf.wrap(section, pdf.bold(), SIZE, PdfCanvas.RIGHT - PdfCanvas.LEFT - 2 * PAD);
                    float h = text.size() * LEADING + 2 * PAD;
                    // A section heading stays with its first line (and, before the last line, with the signatures).
                    room(h + LEADING + 2 * PAD + (last ? signaturesHeight() : 0));
                    pdf.box(PdfCanvas.LEFT, y - h, PdfCanvas.RIGHT - PdfCanvas.LEFT, h, SECTION_FILL);
                    lines(text, PdfCanvas.LEFT + PAD, pdf.bold(), false, 0);
                    y -= h;
                }
                // The last line goes over with the signatures rather than leave them alone on a page.
                row(++number, line, last ? signaturesHeight() : 0);
            }
        }

        private void row(int number, PrintableLine line, float keepWith) throws IOException {
            List<String> name = pdf.wrap(line.name(), pdf.regular(), SIZE, COLUMNS[1] - 2 * PAD);
            List<String> note = pdf.wrap(line.note(), pdf.regular(), SIZE - 1.5f, COLUMNS[1] - 2 * PAD);
            List<String> category = pdf.wrap(line.category(), pdf.regular(), SIZE, COLUMNS[2] - 2 * PAD);
            List<String> value = pdf.wrap(line.value(), pdf.bold(), SIZE, COLUMNS[3] - 2 * PAD);
            int height = Math.max(Math.max(name.size() + note.size(), category.size()), Math.max(value.size(), 1));
            float h = height * LEADING + 2 * PAD;
            room(h + keepWith);
            float x = PdfCanvas.LEFT;
            for (float w : COLUMNS) {
                pdf.box(x, y - h, w, h, null);
                x += w;
            }
            x = PdfCanvas.LEFT;
            lines(List.of(String.valueOf(number)), x + COLUMNS[0] - PAD, pdf.regular(), true, 0);
            x += COLUMNS[0];
            lines(name, x + PAD, pdf.regular(), false, 0);
            pdf.grey(true);
            lines(note, x + PAD, pdf.regular(), false, name.size(), SIZE - 1.5f);
            pdf.grey(false);
            x += COLUMNS[1];
            lines(category, x + PAD, pdf.regular(), false, 0);
            x += COLUMNS[2];
            lines(value, x + COLUMNS[3] - PAD, pdf.bold(), true, 0);
            y -= h;
        }

        private void tableHeading() throws IOException {
            String[] titles = {msg("exchange.pdf.column.no"), msg("exchange.pdf.column.indicator"),
                    msg("exchange.pdf.column.category"), msg("exchange.pdf.column.value")};
            y = pdf.headingRow(y, COLUMNS, titles, SIZE, PAD, LEADING, HEADING_FILL);
        }

        /** Moves to a new page, with the table's heading, when {@code height} does not fit. */
        private void room(float height) throws IOException {
            if (y - height < PdfCanvas.BOTTOM) {
                y = pdf.newPage();
                tableHeading();
            }
        }

        private void lines(List<String> text, float x, PDType0Font font, boolean right,
                int skip) throws IOException {
            lines(text, x, font, right, skip, SIZE);
        }

        private void lines(List<String> text, float x, PDType0Font font, boolean right,
                int skip, float size) throws IOException {
            float baseline = y - PAD - SIZE - skip * LEADING;
            for (String t : text) {
                if (right) {
                    pdf.right(t, x, baseline, font, size);
                } else {
                    pdf.text(t, x, baseline, font, size);
                }
                baseline -= LEADING;
            }
        }

        private List<String> comment() throws IOException {
            return report.returnComment() == null
                    ? List.of()
                    : pdf.wrap(msg("exchange.pdf.returnComment", report.returnComment()), pdf.regular(), 10,
                            PdfCanvas.RIGHT - PdfCanvas.LEFT);
        }

        private float signaturesHeight() throws IOException {
            boolean titled = hasText(report.submitterTitle()) || hasText(report.approverTitle());
            return SIGNATURES + (titled ? TITLE_LINE : 0) + comment().size() * 13;
        }

        private void signatures() throws IOException {
            List<String> comment = comment();
            if (y - signaturesHeight() < PdfCanvas.BOTTOM) {
                y = pdf.newPage();
            }
            y -= 20;
            for (String line : comment) {
                pdf.text(line, PdfCanvas.LEFT, y, pdf.regular(), 10);
                y -= 13;
            }
            y -= 8;
            float leftCentre = PdfCanvas.LEFT + 110;
            float rightCentre = PdfCanvas.RIGHT - 110;
            float shift = hasText(report.submitterTitle()) || hasText(report.approverTitle()) ? TITLE_LINE : 0;
            signature(leftCentre, "exchange.pdf.submitter", report.submittedBy(), report.submitterTitle(),
                    report.submittedAt(), "exchange.pdf.submittedAt", "exchange.pdf.notSubmitted", shift);
            signature(rightCentre, "exchange.pdf.approver", report.approvedBy(), report.approverTitle(),
                    report.approvedAt(), "exchange.pdf.approvedAt", "exchange.pdf.notApproved", shift);
        }

        /**
         * One signer: the role she signs in, her title under it (chức danh, when she has one), "(Ký, ghi rõ họ
         * tên)", room to sign, her full name and when she signed.
         */
        private void signature(float centre, String heading, String who, String title, OffsetDateTime when, String atCode,
                String noneCode, float shift) throws IOException {
            float top = y;
            pdf.centred(msg(heading), centre, top, pdf.bold(), 10);
            if (who != null && hasText(title)) {
                String line = pdf.wrap(title, pdf.bold(), 9.5f, 200).get(0);
                pdf.centred(line, centre, top - TITLE_LINE, pdf.bold(), 9.5f);
            }
            pdf.centred(msg("exchange.pdf.sign"), centre, top - 13 - shift, pdf.regular(), 9);
            if (who == null) {
                pdf.centred(msg(noneCode), centre, top - 90 - shift, pdf.regular(), 10);
                return;
            }
            pdf.centred(who, centre, top - 90 - shift, pdf.bold(), 10.5f);
            if (when != null) {
                pdf.centred(msg(atCode, DATE_TIME.format(when.atZoneSameInstant(VIETNAM))), centre, top - 104 - shift,
                        pdf.regular(), 9);
            }
        }

        private static boolean hasText(String s) {
            return s != null && !s.isBlank();
        }

        /** The foot of every page, once the number of pages is known. */
        private void pageNumbers() throws IOException {
            String printed = msg("exchange.pdf.printedAt", DATE_TIME.format(report.printedAt().atZoneSameInstant(VIETNAM)));
            String where = report.formCode() + " · " + report.unitCode() + " · " + report.periodLabel();
            pdf.footOnEveryPage(where + " · " + printed,
                    (page, pages) -> msg("exchange.pdf.page", String.valueOf(page), String.valueOf(pages)));
        }

        private String msg(String code, Object... args) {
            return messages.getMessage(code, args, locale);
        }
    }
}
