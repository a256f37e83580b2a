package org.hoiso.orgunit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Creating a unit: the levels allowed under it, a branch by default, a proposed code, the typed input kept. */
@IntegrationTest
class UnitCreateFormIT {

    private static final Pattern OPTIONS = Pattern.compile("<select name=\"levelCode\">(.*?)</select>", Pattern.DOTALL);
    private static final Pattern CODE = Pattern.compile("<input name=\"code\"[^>]*value=\"([^\"]*)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    UserDetailsService users;
    @Autowired
    OrgUnits units;

    private RequestPostProcessor officerOf(String code) {
        return user(users.loadUserByUsername(fixtures.officer(code).username()));
    }

    private String page(long unitId, RequestPostProcessor who) throws Exception {
        return mvc.perform(get("/units/" + unitId).with(who)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static String levelOptions(String html) {
        Matcher m = OPTIONS.matcher(html);
        assertThat(m.find()).as("the create form's level list").isTrue();
        return m.group(1);
    }

    @Test
    void aCommuneOffersABranchByDefaultOrAnAgencyUnionAndProposesAFreeCode() throws Exception {
        OrgUnit commune = fixtures.unit(Places.TAM_CHUNG);
        fixtures.branch(Places.TAM_CHUNG, "Chi hội bản Tam Chung 1");
        String html = page(commune.id(), officerOf(Places.TAM_CHUNG));
        String options = levelOptions(html);
        assertThat(options).contains("value=\"BRANCH\" selected").contains("value=\"AGENCY\"")
                .doesNotContain("value=\"GROUP\"").doesNotContain("value=\"COMMUNE\"").doesNotContain("value=\"PROVINCE\"");
        Matcher code = CODE.matcher(html);
        assertThat(code.find()).isTrue();
        assertThat(code.group(1)).matches(Places.TAM_CHUNG + "-\\d{2}");
        assertThat(units.findOpenByCode(code.group(1))).as("the proposed code is free").isEmpty();
    }

    @Test
    void aBranchOffersOnlyAGroup() throws Exception {
        OrgUnit branch = fixtures.branch(Places.TAM_CHUNG, "Chi hội bản Tam Chung 2");
        String options = levelOptions(page(branch.id(), officerOf(Places.TAM_CHUNG)));
        assertThat(options).contains("value=\"GROUP\" selected").doesNotContain("value=\"BRANCH\"");
    }

    @Test
    void aRefusedUnitComesBackWithWhatWasTyped() throws Exception {
        OrgUnit commune = fixtures.unit(Places.TAM_CHUNG);
        OrgUnit taken = fixtures.branch(Places.TAM_CHUNG, "Chi hội bản Tam Chung 3");
        RequestPostProcessor officer = officerOf(Places.TAM_CHUNG);
        MvcResult refused = mvc.perform(post("/units/" + commune.id() + "/children").param("name", "Chi hội bản Pù Toong")
                .param("code", taken.code()).param("levelCode", "BRANCH").param("date", "01/09/2026").with(officer)
                .with(csrf()))
                .andExpect(redirectedUrl("/units/" + commune.id())).andReturn();
        // the flash attributes travel in the session (in PostgreSQL), reached with the session cookie
        String html = mvc.perform(get("/units/" + commune.id()).with(officer).cookie(refused.getResponse().getCookies()))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"create-unit\" open").contains("value=\"Chi hội bản Pù Toong\"")
                .contains("value=\"" + taken.code() + "\"").contains("value=\"01/09/2026\"")
                .contains("Mã &quot;" + taken.code() + "&quot; đã được một đơn vị đang hoạt động sử dụng.");
    }
}
