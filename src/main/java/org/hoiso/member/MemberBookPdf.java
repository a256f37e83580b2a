package org.hoiso.member;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.hoiso.platform.pdf.PdfCanvas;
import org.hoiso.platform.text.VietnameseText;
import org.hoiso.platform.web.DateInput;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Prints a member book on A4 (bản in sổ hội viên) like an official union document: the union and the unit
 * on the left, the national motto on the right, the title and the total, a table of STT, full name, year of
 * birth, address and joining date that runs over as many pages as needed with its heading repeated (and a
 * heading row per branch in a commune's book), a signature block, and "Trang x/y" on every page.
 */
@Component
class MemberBookPdf {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final Color HEADING_FILL = new Color(0xE6, 0xE6, 0xE6);
    private static final Color SECTION_FILL = new Color(0xF3, 0xF3, 0xF3);
    private static final float SIZE = 9.5f;
    private static final float LEADING = 12;
    private static final float PAD = 3.5f;
    /** STT, full name, year of birth, address, joining date: together the width between the margins. */
    private static final float[] COLUMNS = {30, 140, 50, PdfCanvas.RIGHT - PdfCanvas.LEFT - 30 - 140 - 50 - 72, 72};
    /** Height the signature block needs below the table. */
    private static final float SIGNATURES = 130;

    private final MessageSource messages;

    MemberBookPdf(MessageSource messages) {
        this.messages = messages;
    }

    /** Writes the book as PDF; the stream is not closed. */
    void render(MemberBook.Book book, Locale locale, OutputStream out) {
        try (PdfCanvas canvas = new PdfCanvas()) {
            new Layout(canvas, book, locale).draw();
            PDDocumentInformation info = canvas.document().getDocumentInformation();
            info.setTitle(msg(locale, "member.book.title") + " – " + book.unit().name());
            info.setCreator("hoiso");
            canvas.document().getDocumentCatalog().setLanguage(locale.getLanguage());
            canvas.document().save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String msg(Locale locale, String code, Object... args) {
        return messages.getMessage(code, args, locale);
    }

    /** One rendering. */
    private final class Layout {

        private final PdfCanvas pdf;
        private final MemberBook.Book book;
        private final Locale locale;
        private float y;

        Layout(PdfCanvas pdf, MemberBook.Book book, Locale locale) {
            this.pdf = pdf;
            this.book = book;
            this.locale = locale;
        }

        void draw() throws IOException {
            y = pdf.newPage();
            LocalDate on = book.printedOn();
            y = pdf.officialHeading(y, locale, msg("member.book.union"), book.parentName(), book.unit().name(),
                    msg("member.book.motto"), msg("member.book.mottoSub"), msg("member.book.dateLine",
                            String.valueOf(on.getDayOfMonth()), String.valueOf(on.getMonthValue()),
                            String.valueOf(on.getYear())));
            title();
            table();
            signatures();
            String printed = msg("member.book.printedAt", TIME.format(book.printedAt().atZoneSameInstant(VietnameseText.ZONE)));
            pdf.footOnEveryPage(msg("member.book.title") + " · " + book.unit().code() + " · " + printed,
                    (page, pages) -> msg("member.book.page", String.valueOf(page), String.valueOf(pages)));
        }

        private void title() throws IOException {
            float centre = (PdfCanvas.LEFT + PdfCanvas.RIGHT) / 2;
            pdf.centred(msg("member.book.title").toUpperCase(locale), centre, y, pdf.bold(), 14);
            y -= 18;
            for (String line : pdf.wrap(book.unit().name(), pdf.bold(), 11.5f, PdfCanvas.RIGHT - PdfCanvas.LEFT)) {
                pdf.centred(line, centre, y, pdf.bold(), 11.5f);
                y -= 15;
            }
            y -= 6;
            pdf.text(msg("member.book.total", String.valueOf(book.total())), PdfCanvas.LEFT, y, pdf.regular(), 10.5f);
            y -= 12;
        }

        private void table() throws IOException {
            tableHeading();
            if (book.total() == 0) {
                y -= LEADING;
                pdf.text(msg("member.book.empty"), PdfCanvas.LEFT, y, pdf.regular(), SIZE);
                y -= LEADING;
                return;
            }
            int left = book.total();
            for (MemberBook.Section section : book.sections()) {
                if (book.sectioned()) {
                    List<String> text = pdf.wrap(section.unitName() + " (" + section.lines().size() + ")", pdf.bold(), SIZE,
                            PdfCanvas.RIGHT - PdfCanvas.LEFT - 2 * PAD);
                    float h = text.size() * LEADING + 2 * PAD;
                    // a branch's heading stays with its first member
                    room(h + LEADING + 2 * PAD);
                    pdf.box(PdfCanvas.LEFT, y - h, PdfCanvas.RIGHT - PdfCanvas.LEFT, h, SECTION_FILL);
                    lines(text, PdfCanvas.LEFT + PAD, pdf.bold(), false);
                    y -= h;
                }
                for (MemberBook.Line line : section.lines()) {
                    // the last member goes over with the signatures rather than leave them alone on a page
                    row(line, --left == 0 ? SIGNATURES : 0);
                }
            }
        }

        private void row(MemberBook.Line line, float keepWith) throws IOException {
            float inner = 2 * PAD;
            List<String> name = pdf.wrap(line.fullName(), pdf.regular(), SIZE, COLUMNS[1] - inner);
            List<String> address = pdf.wrap(line.address(), pdf.regular(), SIZE, COLUMNS[3] - inner);
            String joined = line.joinedOn() == null ? msg("member.joinedOn.unknown") : DateInput.format(line.joinedOn());
            int height = Math.max(1, Math.max(name.size(), address.size()));
            float h = height * LEADING + inner;
            room(h + keepWith);
            float x = PdfCanvas.LEFT;
            for (float w : COLUMNS) {
                pdf.box(x, y - h, w, h, null);
                x += w;
            }
            x = PdfCanvas.LEFT;
            lines(List.of(String.valueOf(line.no())), x + COLUMNS[0] - PAD, pdf.regular(), true);
            x += COLUMNS[0];
            lines(name, x + PAD, pdf.regular(), false);
            x += COLUMNS[1];
            // a year is written as it is, without a thousands separator
            lines(line.birthYear() == null ? List.of() : List.of(String.valueOf(line.birthYear())), x + COLUMNS[2] / 2,
                    pdf.regular(), null);
            x += COLUMNS[2];
            lines(address, x + PAD, pdf.regular(), false);
            x += COLUMNS[3];
            lines(List.of(joined), x + COLUMNS[4] / 2, pdf.regular(), null);
            y -= h;
        }

        private void tableHeading() throws IOException {
            String[] titles = {msg("member.book.column.no"), msg("member.book.column.name"), msg("member.book.column.born"),
                    msg("member.book.column.address"), msg("member.book.column.joined")};
            y = pdf.headingRow(y, COLUMNS, titles, SIZE, PAD, LEADING, HEADING_FILL);
        }

        /** Moves to a new page, with the table's heading, when {@code height} does not fit. */
        private void room(float height) throws IOException {
            if (y - height < PdfCanvas.BOTTOM) {
                y = pdf.newPage();
                tableHeading();
            }
        }

        /** Lines of a cell from its top: left-aligned at x, right-aligned to x (right), or centred on x (null). */
        private void lines(List<String> text, float x, PDType0Font font, Boolean right) throws IOException {
            float baseline = y - PAD - SIZE;
            for (String t : text) {
                if (right == null) {
                    pdf.centred(t, x, baseline, font, SIZE);
                } else if (right) {
                    pdf.right(t, x, baseline, font, SIZE);
                } else {
                    pdf.text(t, x, baseline, font, SIZE);
                }
                baseline -= LEADING;
            }
        }

        private void signatures() throws IOException {
            if (y - SIGNATURES < PdfCanvas.BOTTOM) {
                y = pdf.newPage();
            }
            y -= 28;
            signature(PdfCanvas.LEFT + 110, msg("member.book.preparer"), msg("member.book.sign"));
            signature(PdfCanvas.RIGHT - 110, msg("member.book.chair"), msg("member.book.signSeal"));
        }

        private void signature(float centre, String title, String hint) throws IOException {
            pdf.centred(title, centre, y, pdf.bold(), 10);
            pdf.centred(hint, centre, y - 13, pdf.regular(), 9);
        }

        private String msg(String code, Object... args) {
            return MemberBookPdf.this.msg(locale, code, args);
        }
    }
}
