package org.hoiso.reporting.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class ReportPdfTest {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final ReportPdf pdf = new ReportPdf(messages());

    @Test
    void aSixtyLineReportRunsOverThreeA4PagesWithTheTableHeadingRepeatedAndTheLastLineKeptWithTheSignatures() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.render(report(60), VIETNAMESE))) {
            // 26 lines under the heading block, 33 on a full page, the 60th with the signatures.
            assertThat(document.getNumberOfPages()).isEqualTo(3);
            for (PDPage page : document.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
                assertThat(page.getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getHeight());
            }
            String first = text(document, 1);
            String second = text(document, 2);
            String third = text(document, 3);

            assertThat(first).contains("HỘI LIÊN HIỆP PHỤ NỮ", "THÀNH PHỐ HÀ NỘI", "PHƯỜNG HỒNG HÀ",
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "ngày 1 tháng 7 năm 2025",
                    "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG HỘI", "Kỳ báo cáo: 6 tháng đầu năm 2025",
                    "Đơn vị báo cáo: Phường Hồng Hà (mã " + Places.HONG_HA + ")", "Trạng thái: Đã phê duyệt",
                    "Số hộ gia đình thoát nghèo", "1.234", "45,5 %", "Có", "Trang 1/3", "In lúc 01/07/2025 08:30",
                    "26 Chỉ tiêu số 26 của ưu tiên ươm mầm");
            assertThat(second).contains("Trang 2/3", "27 Chỉ tiêu số 27 của ưu tiên ươm mầm", "59 Chỉ tiêu số 59");
            assertThat(third).contains("Trang 3/3", "60 Chỉ tiêu số 60 của ưu tiên ươm mầm Nông thôn 420", "NGƯỜI PHÊ DUYỆT",
                    "Nguyễn Thị Ánh Tuyết", "Duyệt lúc 20/06/2025 16:45", "Trần Thị Hương", "Gửi lúc 15/06/2025 09:05",
                    "(Ký, ghi rõ họ tên)");
            for (String page : List.of(first, second, third)) {
                assertThat(page).contains("STT Chỉ tiêu Phân tổ Giá trị");
            }
            assertThat(first + second).doesNotContain("NGƯỜI PHÊ DUYỆT", "Chỉ tiêu số 60 ");
            assertThat(second + third).doesNotContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        }
    }

    @Test
    void theFontsAreEmbeddedAsSubsets() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.render(report(5), VIETNAMESE))) {
            List<String> names = new ArrayList<>();
            for (var name : document.getPage(0).getResources().getFontNames()) {
                PDFont font = document.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).isTrue();
                names.add(font.getName());
            }
            assertThat(names).hasSize(2).allMatch(n -> n.matches("[A-Z]{6}\\+DejaVuSans.*"));
        }
        assertThat(pdf.render(report(5), VIETNAMESE).length).isLessThan(120_000);
    }

    @Test
    void aShortReportFitsOnOnePage() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.render(report(10), VIETNAMESE))) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(text(document, 1)).contains("Trang 1/1", "NGƯỜI LẬP BÁO CÁO");
        }
    }

    @Test
    void inEnglishTheFixedLabelsAreEnglish() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.render(report(60), Locale.ENGLISH))) {
            String all = new PDFTextStripper().getText(document);

            assertThat(all).contains("VIETNAM WOMEN’S UNION", "SOCIALIST REPUBLIC OF VIET NAM",
                    "Independence - Freedom - Happiness",
                    "Reporting period: 6 tháng đầu năm 2025", "Indicator", "Category", "APPROVED BY", "Page 1/3", "Page 3/3",
                    "Approved 20/06/2025 16:45", "No. Indicator Category Value");
            assertThat(all).doesNotContain("Trang ", "STT", "NGƯỜI PHÊ DUYỆT", "Độc lập");
        }
    }

    @Test
    void anUnsentReportWithAReturnCommentAndCharactersTheFontLacksStillPrints() throws IOException {
        PrintableReport base = report(3);
        PrintableReport returned = new PrintableReport(base.formCode(), base.formName(), base.unitCode(), base.unitName(),
                null, base.periodLabel(), "Bị trả lại", null, null, null, null,
                "Số liệu hộ nghèo chưa khớp với xã 漢; đề nghị kiểm tra lại\ttrước ngày 30/6.",
                List.of(new PrintableLine(null, "X1", "Tên\u0007 rất dài " + "không-ngắt-được-".repeat(20), null, null, null)),
                base.printedAt());

        try (PDDocument document = Loader.loadPDF(pdf.render(returned, VIETNAMESE))) {
            String text = text(document, 1);
            assertThat(text).contains("Ý kiến khi trả lại báo cáo: Số liệu hộ nghèo chưa khớp với xã ?; đề nghị kiểm tra lại",
                    "(Chưa gửi)", "(Chưa phê duyệt)", "Trạng thái: Bị trả lại");
        }
    }

    private static String text(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    static PrintableReport report(int lines) {
        List<PrintableLine> printed = new ArrayList<>();
        printed.add(new PrintableLine("I. Phát triển hội viên", "HV01", "Tổng số hội viên", null, "1.234", null));
        printed.add(new PrintableLine("I. Phát triển hội viên", "HV02", "Hội viên theo độ tuổi", "Từ 18 đến 35 tuổi", "410",
                "Tính theo năm sinh trên CCCD"));
        printed.add(new PrintableLine("II. Giảm nghèo", "GN01", "Số hộ gia đình thoát nghèo", null, "27", null));
        printed.add(new PrintableLine("II. Giảm nghèo", "GN02", "Tỷ lệ hộ nghèo do phụ nữ làm chủ", null, "45,5 %", null));
        printed.add(new PrintableLine("II. Giảm nghèo", "GN03", "Có mô hình sinh kế", null, "Có", null));
        for (int i = printed.size() + 1; i <= lines; i++) {
            printed.add(new PrintableLine("III. Các phong trào", "PT" + i, "Chỉ tiêu số " + i + " của ưu tiên ươm mầm",
                    i % 3 == 0 ? "Nông thôn" : null, String.valueOf(i * 7), null));
        }
        return new PrintableReport("BM01", "Báo cáo kết quả hoạt động Hội", Places.HONG_HA, "Phường Hồng Hà", "Thành phố Hà Nội",
                "6 tháng đầu năm 2025", "Đã phê duyệt", "Trần Thị Hương", OffsetDateTime.parse("2025-06-15T02:05:00Z"),
                "Nguyễn Thị Ánh Tuyết", OffsetDateTime.parse("2025-06-20T16:45:00+07:00"), null,
                printed.subList(0, lines), OffsetDateTime.parse("2025-07-01T01:30:00Z"));
    }

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/reportexchange");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
