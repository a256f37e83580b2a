package org.hoiso.orgunit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Every form that asks for a unit takes the unit picker's answer: the ticked unit or the name typed. */
@IntegrationTest
class UnitPickerFormsIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    private RequestPostProcessor as(Fixtures.Officer officer) {
        return user(users.loadUserByUsername(officer.username()));
    }

    private long unitOfMember(long memberId) {
        return jdbc.sql("SELECT unit_id FROM member WHERE id = :id").param("id", memberId).query(Long.class).single();
    }

    @Test
    void aMemberIsTransferredToACommuneOfAnotherProvinceTypedByNameWithoutDiacritics() throws Exception {
        long memberId = fixtures.member("Hà Thị " + Fixtures.uniqueGivenName(), LocalDate.of(1987, 7, 7),
                fixtures.unit(Places.TRUNG_LY).id());
        var officer = as(fixtures.officer(Places.TRUNG_LY));
        mvc.perform(get("/members/" + memberId).with(officer)).andExpect(status().isOk())
                .andExpect(content()
                        .string(Matchers.containsString("name=\"toUnit\"")));

        mvc.perform(post("/members/" + memberId + "/transfer").param("toUnit", "ba dinh")
                .param("date", "01/03/2026").with(officer).with(csrf()))
                .andExpect(flash().attribute("outcomeErrors",
                        Matchers.hasItem(Matchers.containsString("Xã Ba Đình — Tỉnh Thanh Hoá"))));
        assertThat(unitOfMember(memberId)).isEqualTo(fixtures.unit(Places.TRUNG_LY).id());

        mvc.perform(post("/members/" + memberId + "/transfer").param("toUnit", "phuong ba dinh ha noi")
                .param("date", "01/03/2026").with(officer).with(csrf()))
                .andExpect(redirectedUrl("/members"))
                .andExpect(flash().attribute("outcomeNotice", Matchers.containsString("Phường Ba Đình — Thành phố Hà Nội")));
        assertThat(unitOfMember(memberId)).isEqualTo(fixtures.unit(Places.BA_DINH).id());
    }

    @Test
    void aBranchMovesUnderTheCommuneTickedInThePicker() throws Exception {
        OrgUnit branch = fixtures.branch(Places.TAM_CHUNG, "Chi hội bản Sa Ná");
        OrgUnit target = fixtures.unit(Places.MUONG_LAT);
        var province = as(fixtures.officer(Places.THANH_HOA));
        mvc.perform(post("/units/" + branch.id() + "/move").param("parent", "something else typed")
                .param("parentId", Long.toString(target.id())).with(province).with(csrf()))
                .andExpect(flash().attributeExists("outcomeNotice"));
        assertThat(jdbc.sql("SELECT parent_id FROM org_unit WHERE id = :id").param("id", branch.id()).query(Long.class).single())
                .isEqualTo(target.id());
        // a branch cannot sit under a branch: the picker does not take one
        OrgUnit other = fixtures.branch(Places.MUONG_LAT, "Chi hội bản Lát");
        mvc.perform(post("/units/" + branch.id() + "/move").param("parentId", Long.toString(other.id())).with(province)
                .with(csrf()))
                .andExpect(flash().attributeExists("outcomeErrors"));
    }

    @Test
    void anAccountIsCreatedInTheUnitTypedAndOnTheFormsOwnUnitWhenNothingIsTyped() throws Exception {
        Fixtures.Officer province = fixtures.officer(Places.THANH_HOA);
        long thanhHoa = fixtures.unit(Places.THANH_HOA).id();
        String inCommune = "ubnd-" + province.username();
        mvc.perform(post("/accounts").param("unitId", Long.toString(thanhHoa)).param("username", inCommune)
                .param("password", "mat-khau-dai-du").param("displayName", "Cán bộ Hàm Rồng").param("role", "OFFICER")
                .param("targetUnit", "Phường Hàm Rồng — Tỉnh Thanh Hoá").with(as(province)).with(csrf()))
                .andExpect(flash().attributeExists("outcomeNotice"));
        assertThat(assignedUnit(inCommune)).isEqualTo(fixtures.unit(Places.HAM_RONG).id());

        String here = "tinh-" + province.username();
        mvc.perform(post("/accounts").param("unitId", Long.toString(thanhHoa)).param("username", here)
                .param("password", "mat-khau-dai-du").param("displayName", "Cán bộ tỉnh").param("role", "VIEWER")
                .param("targetUnit", "").with(as(province)).with(csrf()))
                .andExpect(flash().attributeExists("outcomeNotice"));
        assertThat(assignedUnit(here)).isEqualTo(thanhHoa);

        mvc.perform(get("/accounts").param("unitId", Long.toString(thanhHoa)).with(as(province))).andExpect(status().isOk())
                .andExpect(content()
                        .string(Matchers.containsString("value=\"" + thanhHoa + "\" checked")));
    }

    private long assignedUnit(String username) {
        return jdbc.sql("""
                SELECT r.unit_id FROM role_assignment r JOIN app_user a ON a.id = r.user_id WHERE a.username = :u
                """).param("u", username).query(Long.class).single();
    }
}
