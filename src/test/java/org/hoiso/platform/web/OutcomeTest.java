package org.hoiso.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

/** A page's outcome goes into its model; across a redirect it goes into the flash, never into the next URL. */
class OutcomeTest {

    @Test
    void aNoticeAndErrorsForThisPageAreModelAttributes() {
        ExtendedModelMap model = new ExtendedModelMap();
        Outcome.notice(model, "Đã lưu.");
        Outcome.errors(model, List.of("Sai số CCCD.", "Thiếu ngày sinh."));
        assertThat(model).containsEntry(Outcome.NOTICE, "Đã lưu.")
                .containsEntry(Outcome.ERRORS, List.of("Sai số CCCD.", "Thiếu ngày sinh."));
    }

    @Test
    void acrossARedirectTheOutcomeIsAFlashAttributeAndNoQueryParameter() {
        RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();
        Outcome.notice(redirect, "Đã lưu.");
        Outcome.error(redirect, "Không được phép.");
        assertThat(redirect).isEmpty();
        Map<String, Object> flash = Map.copyOf(redirect.getFlashAttributes());
        assertThat(flash).containsEntry(Outcome.NOTICE, "Đã lưu.").containsEntry(Outcome.ERRORS, List.of("Không được phép."));
    }

    @Test
    void noErrorsShowNothing() {
        ExtendedModelMap model = new ExtendedModelMap();
        Outcome.errors(model, List.of());
        assertThat(model).doesNotContainKey(Outcome.ERRORS);
    }
}
