package org.hoiso.skills.learning;

import io.nayuki.qrcodegen.QrCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.hoiso.platform.text.VietnameseText;
import org.springframework.core.io.ClassPathResource;

/**
 * The certificate of a finished course (giấy chứng nhận), A4 landscape, with a QR code of its
 * verification address so anyone can check the paper is real.
 */
final class CertificatePdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private CertificatePdf() {
    }

    static byte[] render(Courses.Certificate c, String verifyUrl, Locale locale) {
        boolean en = Course.en(locale);
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDRectangle size = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
            PDPage page = new PDPage(size);
            doc.addPage(page);
            PDFont regular = font(doc, "reporting/fonts/DejaVuSans.ttf");
            PDFont bold = font(doc, "reporting/fonts/DejaVuSans-Bold.ttf");
            float w = size.getWidth();
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.setLineWidth(3);
                s.addRect(30, 30, w - 60, size.getHeight() - 60);
                s.stroke();
                centred(s, bold, 16, w, 520, en ? "VIETNAM WOMEN'S UNION" : "HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM");
                centred(s, regular, 12, w, 500, en ? "Digital literacy for all" : "Bình dân học vụ số");
                centred(s, bold, 30, w, 440, en ? "CERTIFICATE" : "GIẤY CHỨNG NHẬN");
                centred(s, regular, 14, w, 400, en ? "This certifies that" : "Chứng nhận");
                centred(s, bold, 24, w, 365, c.memberName());
                centred(s, regular, 13, w, 340, c.unitName());
                centred(s, regular, 14, w, 300, en ? "has completed the course" : "đã hoàn thành khóa học");
                centred(s, bold, 18, w, 270, c.course().title(locale));
                String date = DATE.format(c.issuedAt().atZoneSameInstant(VietnameseText.ZONE));
                centred(s, regular, 12, w, 230, (en ? "Issued on " : "Cấp ngày ") + date);
                text(s, regular, 10, 60, 80, (en ? "Certificate no. " : "Số: ") + c.code());
                text(s, regular, 9, 60, 64, (en ? "Check it at " : "Kiểm tra tại ") + verifyUrl);
                qr(s, QrCode.encodeText(verifyUrl, QrCode.Ecc.MEDIUM), w - 170, 50, 110);
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDFont font(PDDocument doc, String resource) throws IOException {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return PDType0Font.load(doc, in, true);
        }
    }

    private static void centred(PDPageContentStream s, PDFont f, float size, float pageWidth, float y, String text)
            throws IOException {
        float width = f.getStringWidth(text) / 1000 * size;
        text(s, f, size, (pageWidth - width) / 2, y, text);
    }

    private static void text(PDPageContentStream s, PDFont f, float size, float x, float y, String text) throws IOException {
        s.beginText();
        s.setFont(f, size);
        s.newLineAtOffset(x, y);
        s.showText(text);
        s.endText();
    }

    private static void qr(PDPageContentStream s, QrCode qr, float x, float y, float side) throws IOException {
        float cell = side / (qr.size + 8);
        for (int r = 0; r < qr.size; r++) {
            for (int col = 0; col < qr.size; col++) {
                if (qr.getModule(col, r)) {
                    s.addRect(x + (col + 4) * cell, y + side - (r + 5) * cell, cell, cell);
                }
            }
        }
        s.fill();
    }
}
