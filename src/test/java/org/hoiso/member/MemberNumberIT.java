package org.hoiso.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.hamcrest.Matchers;
import org.hoiso.intake.Imports;
import org.hoiso.platform.security.Caller;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.MemberLogins;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Số hội viên: her province's code and her running number there, made at registration and kept for life. */
@IntegrationTest
class MemberNumberIT {

    @Autowired
    MemberRegistry registry;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Imports imports;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    MemberLogins logins;

    private long register(String communeCode) {
        return fixtures.member("Phạm Thị " + Fixtures.uniqueGivenName(), LocalDate.of(1985, 5, 5),
                fixtures.unit(communeCode).id());
    }

    private static long running(String number) {
        return Long.parseLong(number.substring(number.indexOf('-') + 1));
    }

    @Test
    void membersOfAProvinceAreNumberedInTurnAfterItsCode() {
        long first = register(Places.BIM_SON);
        long second = register(Places.MUONG_LY);
        long elsewhere = register(Places.BA_DINH);
        assertThat(registry.number(first)).matches(Places.THANH_HOA + "-\\d{7}");
        assertThat(running(registry.number(second))).isEqualTo(running(registry.number(first)) + 1);
        assertThat(registry.number(elsewhere)).matches(Places.HA_NOI + "-\\d{7}");
        assertThat(registry.number(first)).isNotEqualTo(Long.toString(first));
    }

    @Test
    void herNumberStaysWhenSheMovesToAnotherProvince() {
        long id = register(Places.BIM_SON);
        String number = registry.number(id);
        registry.transfer(fixtures.admin(), id, fixtures.unit(Places.BA_DINH).id(), LocalDate.of(2026, 2, 1), "chuyển nhà");
        assertThat(registry.number(id)).isEqualTo(number);
    }

    @Test
    void membersOfAnImportGetNumbersOfTheirProvinceToo() {
        Caller officer = fixtures.officer(Places.TRUNG_LY).caller();
        String a = "Ngân Thị " + Fixtures.uniqueGivenName();
        String b = "Ngân Thị " + Fixtures.uniqueGivenName();
        String csv = "Họ và tên,Ngày sinh,Số CCCD\n" + a + ",01/02/1980," + Fixtures.cccd(LocalDate.of(1980, 2, 1)) + "\n"
                + b + ",03/04/1981," + Fixtures.cccd(LocalDate.of(1981, 4, 3)) + "\n";
        long job = imports.upload(officer, fixtures.unit(Places.TRUNG_LY).id(), "danh-sach.csv",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), false, false, null).id();
        imports.validate(officer, job);
        assertThat(imports.await(job, Duration.ofMinutes(1))).isTrue();
        imports.commit(officer, job);
        assertThat(imports.await(job, Duration.ofMinutes(1))).isTrue();
        List<String> numbers = jdbc.sql("SELECT member_number FROM member WHERE full_name IN (:a, :b) ORDER BY id")
                .param("a", a).param("b", b).query(String.class).list();
        assertThat(numbers).hasSize(2).allMatch(n -> n.matches(Places.THANH_HOA + "-\\d{7}")).doesNotHaveDuplicates();
    }

    @Test
    void herCardAndHerPagesShowTheNumberNotTheRecordsId() throws Exception {
        long id = register(Places.HAC_THANH);
        String number = registry.number(id);
        var officer = user(users.loadUserByUsername(fixtures.officer(Places.HAC_THANH).username()));
        mvc.perform(get("/members/" + id).with(officer))
                .andExpect(content().string(Matchers.containsString("id=\"member-number\">" + number + "<")));
        var her = user(users.loadUserByUsername(logins.activate(id)));
        mvc.perform(get("/me").with(her)).andExpect(content().string(Matchers.containsString(number)));
        mvc.perform(post("/me/card").with(her).with(csrf()));
        mvc.perform(get("/me/card").with(her))
                .andExpect(content().string(Matchers.containsString("id=\"card-number\">" + number + "<")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"card-qr-info\""))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("phiên bản"))));
        mvc.perform(get("/me/data").with(her)).andExpect(content().string(Matchers.containsString(number)));
    }
}
