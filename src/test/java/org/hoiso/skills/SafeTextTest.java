package org.hoiso.skills;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeTextTest {

    @Test
    void rendersTheFewMarksAndEscapesEverythingElse() {
        String html = SafeText.toHtml("""
                ## Các bước
                - Mở **CH Play**
                - Tìm *VNeID*

                Xem [hướng dẫn](https://dichvucong.gov.vn/huong-dan) <script>alert(1)</script>
                """);
        assertThat(html).isEqualTo("<h3>Các bước</h3><ul><li>Mở <strong>CH Play</strong></li><li>Tìm <em>VNeID</em></li></ul>"
                + "<p>Xem <a href=\"https://dichvucong.gov.vn/huong-dan\" rel=\"noopener noreferrer\" target=\"_blank\">hướng dẫn</a>"
                + " &lt;script&gt;alert(1)&lt;/script&gt;</p>");
    }

    @Test
    void aLinkThatIsNotHttpsStaysText() {
        assertThat(SafeText.toHtml("[bấm](javascript:alert(1)) [x](http://a.vn)"))
                .doesNotContain("<a ").contains("javascript:alert(1)");
    }

    @Test
    void attributesCannotBeSmuggledThroughALink() {
        String html = SafeText.toHtml("[a](https://x.vn\" onclick=\"alert(1))");
        assertThat(html).doesNotContain("onclick=\"").doesNotContain("<a ");
    }
}
