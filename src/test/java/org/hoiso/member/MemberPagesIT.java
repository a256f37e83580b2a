package org.hoiso.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.hoiso.platform.web.Formats;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class MemberPagesIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    UserDetailsService users;

    private UserDetails officerOf(String code) {
        return users.loadUserByUsername(fixtures.officer(code).username());
    }

    @Test
    void theDashboardShowsTheSubtreeCountsWithDotThousands() throws Exception {
        var officer = officerOf(Places.BA_DINH);
        fixtures.member("Mai Thị Hạnh", LocalDate.of(1968, 3, 8), fixtures.unit(Places.BA_DINH).id());
        mvc.perform(get("/").with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Phường Ba Đình")))
                .andExpect(content().string(containsString("Đang sinh hoạt")));
        assertThat(new Formats().number(20_123_456)).isEqualTo("20.123.456");
        assertThat(new Formats().vnd(1_500_000)).isEqualTo("1.500.000 ₫");
    }

    @Test
    void theFormShowsEachProblemBesideItsFieldAndSavesNothing() throws Exception {
        var officer = officerOf(Places.BA_DINH);
        mvc.perform(post("/members").with(user(officer)).with(csrf())
                .param("unitId", "" + fixtures.unit(Places.BA_DINH).id())
                .param("fullName", "Trần Thị Mai").param("birthDate", "31/02/1985")
                .param("nationalId", "001085123456").param("joinedOn", "01/01/2010").param("phone", "12345"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ngày không hợp lệ; hãy nhập theo dạng dd/mm/yyyy.")))
                .andExpect(content().string(containsString("giới tính nam")))
                .andExpect(content().string(containsString("Số điện thoại di động không hợp lệ")))
                .andExpect(content().string(not(containsString("Exception"))));
    }

    @Test
    void aCccdOfAnotherCenturyNamesTheYearsWithoutThousandsSeparators() throws Exception {
        var officer = officerOf(Places.BA_DINH);
        // 3 means a woman born 2000–2099; she was born in 1990
        mvc.perform(post("/members/validate").with(user(officer)).with(csrf()).param("field", "nationalId")
                .param("birthDate", "05/03/1990").param("nationalId", "001390123456"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("từ 2000 đến 2099, nhưng năm sinh là 1990")))
                .andExpect(content().string(not(containsString("2.000"))));
        mvc.perform(post("/members/validate").with(user(officer)).with(csrf()).param("field", "nationalId")
                .param("birthDate", "05/03/1990").param("nationalId", "001390123456").param("lang", "en"))
                .andExpect(content().string(containsString("between 2000 and 2099, but the year of birth is 1990")));
    }

    @Test
    void aValidFormSavesAndShowsTheRecordWithDatesAsDdMmYyyy() throws Exception {
        var officer = officerOf(Places.BA_DINH);
        String given = Fixtures.uniqueGivenName();
        MvcResult saved = mvc.perform(post("/members").with(user(officer)).with(csrf())
                .param("unitId", "" + fixtures.unit(Places.BA_DINH).id())
                .param("fullName", "HOÀNG  thị " + given).param("birthDate", "5/3/1985")
                .param("nationalId", Fixtures.cccd(LocalDate.of(1985, 3, 5))).param("joinedOn", "01/01/2010")
                .param("position", "BRANCH_HEAD").param("hasSmartphone", "true"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String location = saved.getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(user(officer)))
                .andExpect(content().string(containsString("Hoàng Thị " + given)))
                .andExpect(content().string(containsString("05/03/1985")))
                .andExpect(content().string(containsString("Chi hội trưởng")));
    }

    @Test
    void inlineValidationAnswersForOneField() throws Exception {
        var officer = officerOf(Places.BA_DINH);
        mvc.perform(post("/members/validate").with(user(officer)).with(csrf()).param("field", "nationalId")
                .param("nationalId", "001185123456").param("birthDate", "05/03/1986"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("phải trùng hai số cuối của năm sinh")));
        mvc.perform(post("/members/validate").with(user(officer)).with(csrf()).param("field", "fullName")
                .param("fullName", "Trần Thị Mai"))
                .andExpect(content().string(not(containsString("<span>"))));
    }

    @Test
    void theListSearchesWithoutDiacritics() throws Exception {
        var officer = officerOf(Places.HA_NOI);
        String given = Fixtures.uniqueGivenName();
        fixtures.member("Đặng Thị Ánh " + given, LocalDate.of(1990, 9, 9), fixtures.unit(Places.HOAN_KIEM).id());
        mvc.perform(get("/members").param("q", "dang thi anh " + given.toLowerCase()).header("HX-Request", "true")
                .with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đặng Thị Ánh " + given)))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void anUnknownRecordGetsAFriendlyPageWithoutAStackTrace() throws Exception {
        mvc.perform(get("/members/{id}", 987_654_321L).with(user(officerOf(Places.BA_DINH))))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Không tìm thấy hội viên trong phạm vi của bạn.")))
                .andExpect(content().string(not(containsString("Exception"))))
                .andExpect(content().string(not(containsString("at org."))));
    }
}
