package org.hoiso.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hoiso.account.Accounts;
import org.hoiso.account.Officers;
import org.hoiso.platform.security.Caller;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The printed report names its signers as people and says where it was made. */
@IntegrationTest
class ReportPrintIT {

    private static final Map<String, String> VALID = Map.of("DIGITAL_ACTIVITIES", "3", "DIGITAL_TRAINED", "0", "SCAM_REPORTS",
            "1");

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Accounts accounts;
    @Autowired
    Officers officers;
    @Autowired
    Reports reports;
    @Autowired
    Catalogue catalogue;
    @Autowired
    UserDetailsService users;

    @Test
    void theSignersArePrintedByFullNameAndTitleAndTheDateLineNamesTheCommune() throws Exception {
        Caller officer = account("Lò Thị Bích Ngọc", Places.MUONG_LAY);
        Caller province = account("Vàng Thị Mỷ", Places.DIEN_BIEN);
        officers.changeOwnTitle(officer, "Chủ tịch Hội LHPN phường");
        officers.changeOwnTitle(province, "Phó Chủ tịch Hội LHPN tỉnh");
        Report r = reports.open(officer, catalogue.form("HV_THANG").id(), fixtures.unit(Places.MUONG_LAY).id(),
                Period.parse("2026-07"));
        reports.submit(officer, r.id(), r.version(), VALID, Locale.forLanguageTag("vi"));
        reports.approve(province, r.id(), null);

        byte[] pdf = mvc
                .perform(get("/reports/" + r.id() + "/print.pdf").with(user(users.loadUserByUsername(officer.username()))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Mường Lay, ngày", "Lò Thị Bích Ngọc", "Chủ tịch Hội LHPN phường", "Vàng Thị Mỷ",
                    "Phó Chủ tịch Hội LHPN tỉnh").doesNotContain(officer.username()).doesNotContain(province.username());
        }
    }

    private Caller account(String name, String unitCode) {
        String username = "ky-" + unitCode + "-" + Fixtures.uniqueGivenName().toLowerCase();
        long unit = fixtures.unit(unitCode).id();
        long id = accounts.create(fixtures.admin(),
                new Accounts.NewAccount(username, Fixtures.PASSWORD, name, Caller.Role.OFFICER, unit));
        return new Caller(id, username, name, List.of(new Caller.Assignment(Caller.Role.OFFICER, unit)));
    }
}
