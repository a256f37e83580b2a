package org.hoiso.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.hoiso.platform.security.Caller;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.hoiso.testing.SessionCookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The level above manages the accounts of its subtree: reset, disable, enable, unlock, role and unit. */
@IntegrationTest
class AccountManagementIT {

    private static final Pattern ONE_TIME = Pattern.compile("id=\"one-time-value\">([a-z0-9]{12})<");

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private RequestPostProcessor basic(Fixtures.Officer o) {
        return httpBasic(o.username(), o.password());
    }

    @Test
    void aProvinceOfficerResetsACommuneOfficersPasswordToAOneTimePasswordThatMustBeChangedFirst() throws Exception {
        Fixtures.Officer province = fixtures.officer(Places.LANG_SON);
        Fixtures.Officer lan = fixtures.officer(Places.DONG_KINH);
        long commune = fixtures.unit(Places.DONG_KINH).id();

        String answer = mvc.perform(post("/api/v1/accounts/{id}/password-reset", lan.caller().userId()).with(basic(province)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.username").value(lan.username()))
                .andReturn().getResponse().getContentAsString();
        String oneTime = JsonPath.read(answer, "$.oneTimePassword");
        assertThat(oneTime).matches("[a-z2-9]{12}");

        mvc.perform(get("/api/v1/accounts/me").with(basic(lan))).andExpect(status().isUnauthorized());
        // with the one-time password she may only see who she is and set her own password
        mvc.perform(get("/api/v1/units/{id}", commune).with(httpBasic(lan.username(), oneTime)))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("account.password.mustChange"));
        mvc.perform(get("/api/v1/accounts/me").with(httpBasic(lan.username(), oneTime))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/accounts/me/password").with(httpBasic(lan.username(), oneTime))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"currentPassword\": \"" + oneTime + "\", \"newPassword\": \"1234567890\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].code").value("account.password.sequence"));
        mvc.perform(post("/api/v1/accounts/me/password").with(httpBasic(lan.username(), oneTime))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"currentPassword\": \"" + oneTime + "\", \"newPassword\": \"hoa ban no tren doi\"}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/units/{id}", commune).with(httpBasic(lan.username(), "hoa ban no tren doi")))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'ACCOUNT' AND entity_id = :id AND actor = :by")
                .param("id", lan.caller().userId()).param("by", province.username()).query(Integer.class).single()).isOne();
    }

    @Test
    void aCommuneOfficerCannotResetHerProvincesAccountsNorAnotherCommunesAndAViewerResetsNothing() throws Exception {
        Fixtures.Officer province = fixtures.officer(Places.LANG_SON);
        Fixtures.Officer commune = fixtures.officer(Places.DONG_KINH);
        Fixtures.Officer neighbour = fixtures.officer(Places.LUONG_VAN_TRI);
        Fixtures.Officer viewer = fixtures.account(Caller.Role.VIEWER, Places.LANG_SON);
        String before = passwordOf(province);

        mvc.perform(post("/api/v1/accounts/{id}/password-reset", province.caller().userId()).with(basic(commune)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/accounts/{id}/disable", neighbour.caller().userId()).with(basic(commune)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/accounts/{id}", neighbour.caller().userId()).with(basic(commune)))
                .andExpect(status().isNotFound()).andExpect(content().string(Matchers.not(Matchers.containsString(
                        neighbour.username()))));
        mvc.perform(post("/api/v1/accounts/{id}/password-reset", commune.caller().userId()).with(basic(viewer)))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("account.manage.forbidden"));
        mvc.perform(
                post("/accounts/{id}/reset", commune.caller().userId()).with(user(users.loadUserByUsername(viewer.username())))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(passwordOf(province)).isEqualTo(before);
        assertThat(jdbc.sql("SELECT enabled FROM app_user WHERE id = :id").param("id", neighbour.caller().userId())
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void nobodyResetsDisablesOrMovesHerOwnAccount() throws Exception {
        Fixtures.Officer province = fixtures.officer(Places.LANG_SON);
        for (String action : new String[] {"password-reset", "disable"}) {
            mvc.perform(post("/api/v1/accounts/{id}/" + action, province.caller().userId()).with(basic(province)))
                    .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("account.notYourself"));
        }
        mvc.perform(put("/api/v1/accounts/{id}/assignment", province.caller().userId()).with(basic(province))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"role\": \"OFFICER\", \"unitId\": " + fixtures.unit(Places.DONG_KINH).id() + "}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void roleAndUnitChangeStaysWithinHerReachAndNeverAboveHerRole() throws Exception {
        Fixtures.Officer province = fixtures.officer(Places.LANG_SON);
        Fixtures.Officer lan = fixtures.officer(Places.DONG_KINH);
        long id = lan.caller().userId();
        mvc.perform(put("/api/v1/accounts/{id}/assignment", id).with(basic(province)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"role\": \"ADMIN\", \"unitId\": " + fixtures.unit(Places.DONG_KINH).id() + "}"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("account.role.tooHigh"));
        mvc.perform(put("/api/v1/accounts/{id}/assignment", id).with(basic(province)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"role\": \"OFFICER\", \"unitId\": " + fixtures.unit(Places.BA_DINH).id() + "}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/accounts/{id}/assignment", id).with(basic(province)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"role\": \"VIEWER\", \"unitId\": " + fixtures.unit(Places.TAM_THANH).id() + "}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.assignments[0].role").value("VIEWER"))
                .andExpect(jsonPath("$.assignments[0].unitName").value("Phường Tam Thanh"))
                .andExpect(jsonPath("$.assignments.length()").value(1));
        mvc.perform(get("/api/v1/accounts/me").with(basic(lan)))
                .andExpect(jsonPath("$.assignments[0].unitId").value(fixtures.unit(Places.TAM_THANH).id()));
    }

    @Test
    void onlyAnAdministratorOfItsUnitsManagesAnAdministratorsAccount() throws Exception {
        Fixtures.Officer province = fixtures.officer(Places.LANG_SON);
        Fixtures.Officer communeAdmin = fixtures.account(Caller.Role.ADMIN, Places.DONG_KINH);
        Fixtures.Officer provinceAdmin = fixtures.account(Caller.Role.ADMIN, Places.LANG_SON);
        mvc.perform(post("/api/v1/accounts/{id}/password-reset", communeAdmin.caller().userId()).with(basic(province)))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("account.role.tooHigh"));
        mvc.perform(post("/api/v1/accounts/{id}/disable", communeAdmin.caller().userId()).with(basic(provinceAdmin)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.enabled").value(false));
    }

    @Test
    void aDisabledAccountsOpenSessionIsRefusedOnItsNextRequestAndItsBasicAccessStops() throws Exception {
        Fixtures.Officer province = fixtures.officer(Places.LANG_SON);
        Fixtures.Officer lan = fixtures.officer(Places.LUONG_VAN_TRI);
        SessionCookie session = signIn(lan.username(), lan.password(), "10.201.6.1");
        mvc.perform(get("/members").with(session)).andDo(session).andExpect(status().isOk());

        mvc.perform(post("/api/v1/accounts/{id}/disable", lan.caller().userId()).with(basic(province)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.enabled").value(false));

        mvc.perform(get("/members").with(session)).andDo(session).andExpect(redirectedUrl("/login?ended"));
        assertThat(session.ended()).as("the session cookie is expired").isTrue();
        mvc.perform(get("/api/v1/accounts/me").with(basic(lan))).andExpect(status().isUnauthorized());
        mvc.perform(post("/login").param("username", lan.username()).param("password", lan.password()).with(csrf())
                .with(from("10.201.6.1"))).andExpect(redirectedUrl("/login?error"));

        mvc.perform(post("/api/v1/accounts/{id}/enable", lan.caller().userId()).with(basic(province)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.enabled").value(true));
        mvc.perform(get("/api/v1/accounts/me").with(basic(lan))).andExpect(status().isOk());
    }

    @Test
    void aChangeOfRoleEndsHerOpenSessionsSoTheNextSignInCarriesTheNewRole() throws Exception {
        Fixtures.Officer province = fixtures.officer(Places.LANG_SON);
        Fixtures.Officer lan = fixtures.officer(Places.TAM_THANH);
        SessionCookie session = signIn(lan.username(), lan.password(), "10.201.7.1");
        mvc.perform(put("/api/v1/accounts/{id}/assignment", lan.caller().userId()).with(basic(province))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"role\": \"VIEWER\", \"unitId\": " + fixtures.unit(Places.TAM_THANH).id() + "}"))
                .andExpect(status().isOk());
        mvc.perform(get("/members").with(session)).andDo(session).andExpect(redirectedUrl("/login?ended"));
    }

    @Test
    void theLevelAboveUnlocksAnAccountLockedAfterWrongPasswords() throws Exception {
        Fixtures.Officer province = fixtures.officer(Places.LANG_SON);
        Fixtures.Officer lan = fixtures.officer(Places.DONG_KINH);
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/accounts/me").with(httpBasic(lan.username(), "sai-mat-khau-" + i)).with(from("10.201.8.1")))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/accounts/me").with(basic(lan)).with(from("10.201.8.2"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/accounts?unitId=" + fixtures.unit(Places.DONG_KINH).id()).with(basic(province)))
                .andExpect(jsonPath("$[?(@.id == " + lan.caller().userId() + ")].lockedUntil").isNotEmpty());

        mvc.perform(post("/api/v1/accounts/{id}/unlock", lan.caller().userId()).with(basic(province)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.lockedUntil").isEmpty());
        mvc.perform(get("/api/v1/accounts/me").with(basic(lan)).with(from("10.201.8.2"))).andExpect(status().isOk());
    }

    @Test
    void theListShowsEnabledLockedMustChangeAndLastSignIn() throws Exception {
        Fixtures.Officer province = fixtures.officer(Places.LANG_SON);
        Fixtures.Officer lan = fixtures.officer(Places.LUONG_VAN_TRI);
        long unit = fixtures.unit(Places.LUONG_VAN_TRI).id();
        String path = "$[?(@.id == " + lan.caller().userId() + ")]";
        mvc.perform(get("/api/v1/accounts?unitId=" + unit).with(basic(province)))
                .andExpect(jsonPath(path + ".enabled").value(true)).andExpect(jsonPath(path + ".lastSignInAt").value(
                        Matchers.contains(Matchers.nullValue())))
                .andExpect(jsonPath(path + ".mustChangePassword").value(false));
        mvc.perform(get("/api/v1/accounts/me").with(basic(lan))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/accounts/{id}/password-reset", lan.caller().userId()).with(basic(province)));
        mvc.perform(get("/api/v1/accounts?unitId=" + unit).with(basic(province)))
                .andExpect(jsonPath(path + ".lastSignInAt").value(Matchers.contains(Matchers.notNullValue())))
                .andExpect(jsonPath(path + ".mustChangePassword").value(true));
        mvc.perform(get("/accounts").param("unitId", "" + unit).with(user(users.loadUserByUsername(province.username()))))
                .andExpect(content().string(Matchers.containsString("Phải đổi mật khẩu")))
                .andExpect(content().string(Matchers.containsString("Đăng nhập lần cuối")));
    }

    @Test
    void onThePagesSheSignsInWithTheOneTimePasswordIsHeldOnThePasswordPageAndThenWorks() throws Exception {
        Fixtures.Officer province = fixtures.officer(Places.LANG_SON);
        Fixtures.Officer lan = fixtures.officer(Places.TAM_THANH);
        MvcResult reset = mvc.perform(post("/accounts/{id}/reset", lan.caller().userId())
                .with(user(users.loadUserByUsername(province.username()))).with(csrf()))
                .andExpect(status().isOk()).andReturn();
        Matcher m = ONE_TIME.matcher(reset.getResponse().getContentAsString());
        assertThat(m.find()).isTrue();
        String oneTime = m.group(1);

        SessionCookie session = signIn(lan.username(), oneTime, "10.201.9.1");
        mvc.perform(get("/members").with(session)).andDo(session).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/account/password").with(session)).andDo(session).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("must-change")));
        mvc.perform(post("/account/password").with(session).with(csrf()).param("currentPassword", oneTime)
                .param("newPassword", "matkhau2025")).andDo(session).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("mật khẩu phổ biến")));
        mvc.perform(post("/account/password").with(session).with(csrf()).param("currentPassword", oneTime)
                .param("newPassword", "nui cao song dai")).andDo(session).andExpect(redirectedUrl("/account"));
        mvc.perform(get("/members").with(session)).andDo(session).andExpect(status().isOk());
    }

    @Test
    void anOfficersUserNameIsNeverAPhoneNumberSoCreatingOneTellsNothingOfMemberLogins() throws Exception {
        Fixtures.Officer province = fixtures.officer(Places.LANG_SON);
        long unit = fixtures.unit(Places.LANG_SON).id();
        for (String name : new String[] {"0912345678", "84987654321", "0999.888.777"}) {
            mvc.perform(post("/api/v1/accounts").with(basic(province)).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"username\": \"" + name + "\", \"password\": \"mot-cau-that-dai\", \"displayName\": \"X\","
                            + " \"role\": \"VIEWER\", \"unitId\": " + unit + "}"))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].code").value("account.username.phone"));
        }
    }

    private SessionCookie signIn(String username, String password, String address) throws Exception {
        SessionCookie session = new SessionCookie();
        mvc.perform(post("/login").param("username", username).param("password", password).with(csrf()).with(from(address)))
                .andDo(session).andExpect(redirectedUrl("/"));
        assertThat(session.id()).as("signing in made a session").isNotNull();
        return session;
    }

    private String passwordOf(Fixtures.Officer o) {
        return jdbc.sql("SELECT password_hash FROM app_user WHERE id = :id").param("id", o.caller().userId()).query(String.class)
                .single();
    }
}
