package org.hoiso.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.platform.text.VietnameseText;
import org.hoiso.platform.web.DateInput;
import org.hoiso.testing.AMember;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The member book (sổ hội viên) of a branch and of a commune: printed as a page and as a PDF, numbered, with
 * the total, each read audited with the ids shown; the member list shows its total and the export is named
 * after the unit and the day.
 */
@IntegrationTest
class MemberBookIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    MemberRegistry registry;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    private UserDetails officer() {
        return users.loadUserByUsername(fixtures.officer(Places.TAY_HO).username());
    }

    private long member(String name, int born, String address, LocalDate joined, long unit) {
        LocalDate birth = LocalDate.of(born, 3, 5);
        return registry.register(fixtures.admin(),
                AMember.valid().named(name).bornOn(birth).address(address).joinedOn(joined).inUnit(unit).input());
    }

    @Test
    void aBranchBookNumbersItsActiveMembersWithYearAddressAndJoiningDateAndAuditsTheIdsShown() throws Exception {
        OrgUnit branch = fixtures.branch(Places.TAY_HO, "Chi hội Tổ " + Fixtures.uniqueGivenName());
        String given = Fixtures.uniqueGivenName();
        long lan = member("Nguyễn Thị " + given, 1985, "Số 12 ngõ 5 Thụy Khuê", LocalDate.of(2010, 1, 1), branch.id());
        long mai = member("Trần Thị " + given, 1990, null, LocalDate.of(2015, 6, 1), branch.id());
        long left = member("Lê Thị " + given, 1970, null, LocalDate.of(2000, 1, 1), branch.id());
        registry.changeStatus(fixtures.admin(), left, MemberStatus.LEFT, LocalDate.of(2024, 1, 1), "chuyển đi");

        String page = mvc.perform(get("/members/book").param("unitId", "" + branch.id()).with(user(officer())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Sổ hội viên").contains(branch.name()).contains("PHƯỜNG TÂY HỒ")
                .contains("Tổng số: 2 hội viên").contains("Nguyễn Thị " + given).contains("Trần Thị " + given)
                .contains("<td class=\"year\">1985</td>").contains("Số 12 ngõ 5 Thụy Khuê").contains("01/01/2010")
                .contains("NGƯỜI LẬP BIỂU").doesNotContain("Lê Thị " + given).doesNotContain("1.985");
        assertThat(page.indexOf("Nguyễn Thị " + given)).as("name order").isLessThan(page.indexOf("Trần Thị " + given));

        String detail = jdbc.sql("SELECT detail FROM audit_log WHERE action = 'READ' AND entity_type = 'member' AND unit_id = :u"
                + " ORDER BY id DESC LIMIT 1").param("u", branch.id()).query(String.class).single();
        assertThat(detail).isEqualTo("book ids=" + lan + "," + mai);

        String english = mvc.perform(get("/members/book").param("unitId", "" + branch.id()).param("lang", "en")
                .with(user(officer()))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains("Member book").contains("In total: 2 members").contains("PREPARED BY");
    }

    @Test
    void theBookPdfRepeatsItsTableHeadingOnEveryPageAndNumbersThePages() throws Exception {
        OrgUnit branch = fixtures.branch(Places.TAY_HO, "Chi hội Tổ dân phố " + Fixtures.uniqueGivenName());
        String given = Fixtures.uniqueGivenName();
        for (int i = 1; i <= 70; i++) {
            member("Phạm Thị " + given + " " + (char) ('A' + i / 26) + (char) ('a' + i % 26), 1950 + i % 40, "Tổ " + i,
                    LocalDate.of(2012, 1, 1), branch.id());
        }
        MvcResult pdf = mvc.perform(get("/members/book.pdf").param("unitId", "" + branch.id()).with(user(officer())))
                .andExpect(status().isOk()).andReturn();
        assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
        String disposition = URLDecoder.decode(pdf.getResponse().getHeader("Content-Disposition"), StandardCharsets.UTF_8);
        assertThat(disposition).contains("UTF-8''Sổ hội viên - " + branch.name() + " - ")
                .contains("filename=\"so-hoi-vien-");
        try (PDDocument doc = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(2);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= pages; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String text = stripper.getText(doc);
                assertThat(text).as("page " + p).contains("Họ và tên").contains("Năm sinh").contains("Ngày vào Hội")
                        .contains("Trang " + p + "/" + pages);
            }
            stripper.setStartPage(1);
            stripper.setEndPage(pages);
            String all = stripper.getText(doc);
            assertThat(all).contains("SỔ HỘI VIÊN").contains("Tổng số: 70 hội viên").contains("Phạm Thị " + given + " Ab")
                    .contains("NGƯỜI LẬP BIỂU").contains("TM. BAN CHẤP HÀNH").contains("01/01/2012");
            assertThat(all.lines().filter(l -> l.startsWith("70 ")).count()).as("STT 70").isEqualTo(1);
        }
    }

    @Test
    void aCommuneBookHasASectionPerBranchAndNumbersStraightThrough() throws Exception {
        OrgUnit commune = fixtures.unit(Places.TAY_HO);
        String suffix = Fixtures.uniqueGivenName();
        OrgUnit first = fixtures.branch(Places.TAY_HO, "Chi hội A " + suffix);
        OrgUnit second = fixtures.branch(Places.TAY_HO, "Chi hội B " + suffix);
        member("Vũ Thị " + suffix, 1980, null, LocalDate.of(2011, 1, 1), first.id());
        member("Đỗ Thị " + suffix, 1981, null, LocalDate.of(2011, 1, 1), second.id());
        String page = mvc.perform(get("/members/book").param("unitId", "" + commune.id()).with(user(officer())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("<tr class=\"section\"><td colspan=\"5\">Chi hội A " + suffix + " (1)</td></tr>")
                .contains("Chi hội B " + suffix + " (1)");
        assertThat(page.indexOf("Chi hội A " + suffix)).isLessThan(page.indexOf("Vũ Thị " + suffix));
        assertThat(page.indexOf("Vũ Thị " + suffix)).isLessThan(page.indexOf("Chi hội B " + suffix));
    }

    @Test
    void aProvinceHasNoBookOfItsOwn() throws Exception {
        UserDetails province = users.loadUserByUsername(fixtures.officer(Places.HA_NOI).username());
        String page = mvc.perform(get("/members/book").param("unitId", "" + fixtures.unit(Places.HA_NOI).id())
                .with(user(province))).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("không có sổ hội viên riêng");
    }

    @Test
    void theMemberListShowsTheTotalOfItsSearch() throws Exception {
        OrgUnit branch = fixtures.branch(Places.TAY_HO, "Chi hội Tổ " + Fixtures.uniqueGivenName());
        String given = Fixtures.uniqueGivenName();
        for (String family : List.of("Ngô", "Hồ", "Hồ")) {
            member(family + " Thị " + given, 1975, null, LocalDate.of(2001, 1, 1), branch.id());
        }
        String all = mvc.perform(get("/members").param("unitId", "" + branch.id()).with(user(officer())))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(all).contains("Tổng số: 3 hội viên").contains("id=\"book-link\"");
        String searched = mvc.perform(get("/members").param("unitId", "" + branch.id()).param("q", "ho thi " + given)
                .header("HX-Request", "true").with(user(officer())))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(searched).contains("Tổng số: 2 hội viên");
    }

    @Test
    void theExcelExportIsNamedAfterTheUnitAndTheDay() throws Exception {
        OrgUnit branch = fixtures.branch(Places.TAY_HO, "Chi hội Tổ " + Fixtures.uniqueGivenName());
        MvcResult export = mvc.perform(get("/members/export").param("unitId", "" + branch.id()).param("format", "xlsx")
                .with(user(officer()))).andExpect(status().isOk()).andReturn();
        String disposition = URLDecoder.decode(export.getResponse().getHeader("Content-Disposition"), StandardCharsets.UTF_8);
        String today = DateInput.format(LocalDate.now(VietnameseText.ZONE)).replace('/', '-');
        assertThat(disposition).contains("UTF-8''Hội viên - " + branch.name() + " - " + today + ".xlsx")
                .contains("filename=\"hoi-vien-chi-hoi-to-");
    }
}
