package org.hoiso.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.hoiso.platform.text.SafeText;
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

    @Test
    void aPictureIsOnlyOneOfHoisosOwnByNumber() {
        assertThat(SafeText.toHtml("![Màn hình VNeID](image:12)"))
                .isEqualTo("<p><img src=\"/lessons/images/12\" alt=\"Màn hình VNeID\" loading=\"lazy\"></p>");
        // a picture from elsewhere stays a plain link (nothing is loaded), and a quote cannot leave the alt text
        assertThat(SafeText.toHtml("![x](https://evil.example/track.png) ![\" onerror=\"alert(1)](image:3)"))
                .doesNotContain("<img src=\"https://").contains("alt=\"&quot; onerror=&quot;alert(1)\"");
    }
}
