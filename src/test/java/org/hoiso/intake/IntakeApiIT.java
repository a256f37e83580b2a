package org.hoiso.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@IntegrationTest
class IntakeApiIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Imports imports;
    @Autowired
    ImportRunner runner;
    @Autowired
    IntakeProperties settings;

    private ResultActions upload(Fixtures.Officer who, long unitId, String name, byte[] content, String... options)
            throws Exception {
        var req = multipart("/api/v1/imports").file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .param("unitId", Long.toString(unitId)).with(httpBasic(who.username(), who.password()));
        for (int i = 0; i < options.length; i += 2) {
            req.param(options[i], options[i + 1]);
        }
        return mvc.perform(req);
    }

    private long jobId(ResultActions r) throws Exception {
        String body = r.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    private Map<String, Object> job(Fixtures.Officer who, long id) throws Exception {
        assertThat(imports.await(id, Duration.ofMinutes(2))).isTrue();
        String body = mvc.perform(get("/api/v1/imports/" + id).with(httpBasic(who.username(), who.password())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$");
    }

    private ResultActions action(Fixtures.Officer who, long id, String action) throws Exception {
        return mvc.perform(post("/api/v1/imports/" + id + "/" + action).with(httpBasic(who.username(), who.password())));
    }

    private long members(long unitId) {
        return jdbc.sql(
                "SELECT count(*) FROM member m JOIN org_unit u ON u.id = m.unit_id WHERE u.path <@ (SELECT path FROM org_unit WHERE id = :u)")
                .param("u", unitId).query(Long.class).single();
    }

    /** A commune's list as officers keep it: a title, headings with diacritics, names in capitals, dates every way. */
    static String messyList(String given, String c1, String c2, String c3, String existing, String under18) {
        return String.join("\r\n",
                "DANH SÁCH HỘI VIÊN CHI HỘI PHỤ NỮ,,,,,,",
                "Năm 2024,,,,,,",
                "STT,Họ và tên,Ngày sinh,Số CCCD,SĐT,Chi hội,Dân tộc,Ngày đồng ý",
                "1,NGUYỄN  THỊ " + given.toUpperCase() + ",05/03/1985," + c1 + ",0912345678,Tổ dân phố 1,Kinh,01/01/2026",
                "2,trần thị " + given.toLowerCase() + ",7/4/90," + c2 + ",84 987 654 321,Tổ dân phố 1,,",
                "3,Lê Thị " + given + ",32874," + c3 + ",,Tổ dân phố 2,,",
                "4,Phạm Thị " + given + ",1985-03-05," + c1 + ",,Tổ dân phố 2,,",
                "5,Hoàng Thị " + given + ",15/13/1980,001180000001,,Tổ dân phố 2,,",
                "6,Vũ Thị " + given + ",01/01/1984," + existing + ",,Tổ dân phố 2,,",
                "7,Đỗ Thị " + given + ",01/01/2015," + under18 + ",,Tổ dân phố 2,,",
                "8,Bùi Thị " + given + ",02/02/1982,001082000777,,Tổ dân phố 2,,",
                "9,Ngô Thị " + given + ",1982,,,Tổ dân phố 2,,",
                "");
    }

    @Test
    void aMessyCommuneListGoesThroughDryRunAndCommitAndAReRunAddsNobodyTwice() throws Exception {
        Fixtures.Officer officer = fixtures.officer(Places.BA_DINH);
        long commune = fixtures.unit(Places.BA_DINH).id();
        String given = Fixtures.uniqueGivenName();
        LocalDate b1 = LocalDate.of(1985, 3, 5);
        LocalDate b2 = LocalDate.of(1990, 4, 7);
        LocalDate b3 = LocalDate.of(1990, 1, 1); // Excel serial 32874
        String c1 = Fixtures.cccd(b1);
        String c2 = Fixtures.cccd(b2).substring(1); // a number cell lost the leading zero
        String c3 = Fixtures.cccd(b3);
        LocalDate b6 = LocalDate.of(1984, 1, 1);
        String existing = Fixtures.cccd(b6);
        fixtures.member("Vũ Thị Đã Có", b6, commune); // registered before, with a fresh CCCD the file repeats below
        jdbc.sql("UPDATE member SET national_id = :c WHERE full_name = 'Vũ Thị Đã Có' AND national_id <> :c AND unit_id = :u")
                .param("c", existing).param("u", commune).update();
        String under18 = Fixtures.cccd(LocalDate.of(2015, 1, 1));
        byte[] file = messyList(given, c1, c2, c3, existing, under18).getBytes(StandardCharsets.UTF_8);
        long before = members(commune);

        long id = jobId(upload(officer, commune, "hoi-vien.csv", file, "createBranches", "true"));
        Map<String, Object> job = job(officer, id);
        assertThat(job.get("status")).isEqualTo("READY");
        assertThat(JsonPath.<Integer>read(job, "$.mapping.headerRow")).isEqualTo(3);
        assertThat(JsonPath.<Map<String, Integer>>read(job, "$.mapping.columns"))
                .containsEntry("FULL_NAME", 1).containsEntry("BIRTH_DATE", 2).containsEntry("NATIONAL_ID", 3)
                .containsEntry("PHONE", 4).containsEntry("BRANCH", 5).containsEntry("ETHNICITY", 6)
                .containsEntry("CONSENT_DATE", 7);

        mvc.perform(get("/api/v1/imports/" + id + "/preview").with(httpBasic(officer.username(), officer.password())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[0].values.FULL_NAME").value("Nguyễn Thị " + given))
                .andExpect(jsonPath("$.rows[1].values.NATIONAL_ID").value("0" + c2))
                .andExpect(jsonPath("$.rows[1].values.BIRTH_DATE").value("07/04/1990"))
                .andExpect(jsonPath("$.rows[2].values.BIRTH_DATE").value("01/01/1990"))
                .andExpect(jsonPath("$.newBranches.length()").value(2));

        action(officer, id, "validate").andExpect(status().isOk());
        job = job(officer, id);
        assertThat(job.get("status")).isEqualTo("VALIDATED");
        assertThat(((Number) job.get("rowsRead")).longValue()).isEqualTo(9);
        assertThat(((Number) job.get("validRows")).longValue()).isEqualTo(3);
        assertThat(((Number) job.get("invalidRows")).longValue()).isEqualTo(6);
        assertThat(members(commune)).as("a dry run stores nothing").isEqualTo(before);

        String report = mvc.perform(get("/api/v1/imports/" + id + "/problems").param("format", "csv")
                .header("Accept-Language", "en").with(httpBasic(officer.username(), officer.password())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> lines = report.lines().toList();
        assertThat(lines.get(0)).contains("Họ và tên").endsWith("Problem");
        assertThat(lines).hasSize(7);
        assertThat(report).contains("Same CCCD number as row 4").contains("15/13/1980")
                .contains("already belongs to an active member")
                .contains("at least 18").contains("Only a year (1982)");

        action(officer, id, "commit").andExpect(status().isOk());
        job = job(officer, id);
        assertThat(job.get("status")).isEqualTo("COMMITTED");
        assertThat(((Number) job.get("inserted")).longValue()).isEqualTo(3);
        assertThat(members(commune)).isEqualTo(before + 3);
        assertThat(jdbc.sql(
                "SELECT count(*) FROM org_unit WHERE parent_id = :c AND name IN ('Chi hội Tổ dân phố 1', 'Chi hội Tổ dân phố 2')")
                .param("c", commune).query(Long.class).single()).isEqualTo(2);
        assertThat(
                jdbc.sql("SELECT full_name FROM member WHERE national_id = :n").param("n", "0" + c2).query(String.class).single())
                .isEqualTo("Trần Thị " + given);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'IMPORT' AND entity_id = :id").param("id", id)
                .query(Long.class).single()).isEqualTo(1);

        long again = jobId(upload(officer, commune, "hoi-vien.csv", file, "createBranches", "true", "validate", "true"));
        job = job(officer, again);
        assertThat(job.get("status")).isEqualTo("VALIDATED");
        assertThat(((Number) job.get("validRows")).longValue()).as("every member of the file is now in the registry").isZero();
        action(officer, again, "commit").andExpect(status().isConflict());
        assertThat(members(commune)).isEqualTo(before + 3);
    }

    @Test
    void aCommitThatFailsHalfWayLeavesNoMemberAndNoBranch() throws Exception {
        Fixtures.Officer officer = fixtures.officer(Places.BA_DINH);
        long commune = fixtures.unit(Places.BA_DINH).id();
        String given = Fixtures.uniqueGivenName();
        StringBuilder csv = new StringBuilder("Họ và tên;Ngày sinh;Số CCCD;Chi hội\n");
        for (int i = 0; i < 50; i++) {
            LocalDate b = LocalDate.of(1970 + i % 30, 1 + i % 12, 1 + i % 28);
            csv.append("Nguyễn Thị ").append(given).append(";").append(b.getDayOfMonth()).append('/').append(b.getMonthValue())
                    .append('/').append(b.getYear()).append(';').append(Fixtures.cccd(b)).append(";Chi hội Mới ").append(given)
                    .append('\n');
        }
        long before = members(commune);
        long id = jobId(upload(officer, commune, "list.csv", csv.toString().getBytes(StandardCharsets.UTF_8),
                "createBranches", "true", "validate", "true"));
        assertThat(job(officer, id).get("validRows")).isEqualTo(50);
        // The 40th staged row breaks a database rule (as a disk or bug might): the single commit statement fails.
        jdbc.sql("UPDATE member_staging SET full_name = '' WHERE batch_id = :b AND row_no = 41").param("b", id).update();

        action(officer, id, "commit").andExpect(status().isOk());
        Map<String, Object> job = job(officer, id);
        assertThat(job.get("status")).isEqualTo("FAILED");
        assertThat((String) job.get("error")).contains("không có dòng nào được ghi");
        assertThat(members(commune)).isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM org_unit WHERE name = :n").param("n", "Chi hội Mới " + given)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM member_staging WHERE batch_id = :b").param("b", id).query(Long.class).single())
                .isZero();
    }

    @Autowired
    DataSource dataSource;

    @Test
    void aCommitCancelledWhileItRunsLeavesTheRegistryAsItWas() throws Exception {
        Fixtures.Officer officer = fixtures.officer(Places.BA_DINH);
        long commune = fixtures.unit(Places.BA_DINH).id();
        fixtures.member("Đinh Thị Khoá", LocalDate.of(1970, 5, 5), commune); // the commune's totals row exists
        String csv = "Họ và tên,Ngày sinh,Số CCCD\nNguyễn Thị " + Fixtures.uniqueGivenName() + ",01/01/1980,"
                + Fixtures.cccd(LocalDate.of(1980, 1, 1)) + "\n";
        long id = jobId(upload(officer, commune, "x.csv", csv.getBytes(StandardCharsets.UTF_8), "validate", "true"));
        assertThat(job(officer, id).get("status")).isEqualTo("VALIDATED");
        long before = members(commune);

        // Another transaction holds the commune's totals row, so the commit's statement waits at its end
        // (the totals trigger) until it is cancelled: a commit caught half-way, deterministically.
        try (Connection blocker = dataSource.getConnection()) {
            blocker.setAutoCommit(false);
            try (var st = blocker.prepareStatement("SELECT * FROM member_subtree_count WHERE unit_id = ? FOR UPDATE")) {
                st.setLong(1, commune);
                st.executeQuery().close();
            }
            action(officer, id, "commit").andExpect(status().isOk());
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            // (pg_stat_activity keeps a statement's first 1024 characters only: look for its beginning)
            while (jdbc.sql("""
                    SELECT count(*) FROM pg_stat_activity
                     WHERE wait_event_type = 'Lock' AND query LIKE '%INSERT INTO member (full_name%'
                    """).query(Long.class).single() == 0) {
                assertThat(System.nanoTime()).as("the commit reaches the locked row").isLessThan(deadline);
            }
            action(officer, id, "cancel").andExpect(status().isOk());
            assertThat(imports.await(id, Duration.ofSeconds(30))).isTrue();
            blocker.rollback();
        }
        Map<String, Object> job = job(officer, id);
        assertThat(job.get("status")).isEqualTo("CANCELLED");
        assertThat(members(commune)).isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM member_staging WHERE batch_id = :b").param("b", id).query(Long.class).single())
                .isZero();
    }

    @Test
    void aJobWhoseInstanceStoppedPastItsTakeoversIsMarkedInterruptedAndItsStagedRowsDropped() throws Exception {
        Fixtures.Officer officer = fixtures.officer(Places.BA_DINH);
        long commune = fixtures.unit(Places.BA_DINH).id();
        String csv = "Họ và tên,Ngày sinh,Số CCCD\nNguyễn Thị " + Fixtures.uniqueGivenName() + ",01/01/1980,"
                + Fixtures.cccd(LocalDate.of(1980, 1, 1)) + "\n";
        long id = jobId(upload(officer, commune, "x.csv", csv.getBytes(StandardCharsets.UTF_8), "validate", "true"));
        assertThat(job(officer, id).get("status")).isEqualTo("VALIDATED");
        long before = members(commune);
        // As if the instance running the commit had been killed (and taken over as often as allowed): the job still
        // says so, its heartbeat stopped long ago, its rows still wait.
        jdbc.sql("""
                UPDATE import_job SET status = 'COMMITTING', claimed_by = 'gone', heartbeat_at = now() - interval '1 hour',
                       takeovers = :t, requested_by = '{}'
                 WHERE id = :id
                """).param("id", id).param("t", settings.takeovers()).update();

        runner.poll();

        Map<String, Object> job = job(officer, id);
        assertThat(job.get("status")).isEqualTo("FAILED");
        assertThat((String) job.get("error")).contains("bị gián đoạn");
        assertThat(jdbc.sql("SELECT count(*) FROM member_staging WHERE batch_id = :b").param("b", id).query(Long.class).single())
                .isZero();
        assertThat(members(commune)).isEqualTo(before);
        action(officer, id, "commit").andExpect(status().isConflict());
    }

    @Test
    void anOldCommuneNameFromBefore2025LandsInTodaysCommune() throws Exception {
        Fixtures.Officer officer = fixtures.officer(Places.HA_NOI);
        long hanoi = fixtures.unit(Places.HA_NOI).id();
        LocalDate b = LocalDate.of(1979, 9, 2);
        String cccd = Fixtures.cccd(b);
        String csv = "Họ tên\tNgày sinh\tCCCD\tXã/Phường\nLê Thị " + Fixtures.uniqueGivenName() + "\t02/09/1979\t" + cccd
                + "\tPhường Phúc Xá\n";
        long id = jobId(upload(officer, hanoi, "cu.tsv", csv.getBytes(StandardCharsets.UTF_8), "validate", "true"));
        assertThat(job(officer, id).get("validRows")).isEqualTo(1);
        action(officer, id, "commit").andExpect(status().isOk());
        assertThat(job(officer, id).get("status")).isEqualTo("COMMITTED");
        assertThat(jdbc.sql("SELECT u.admin_code FROM member m JOIN org_unit u ON u.id = m.unit_id WHERE m.national_id = :n")
                .param("n", cccd).query(String.class).single()).isEqualTo(Places.HONG_HA);
    }

    @Test
    void filesThatAreNotTablesAreRefusedAndLeaveNoJob() throws Exception {
        Fixtures.Officer officer = fixtures.officer(Places.BA_DINH);
        long commune = fixtures.unit(Places.BA_DINH).id();
        long jobsBefore = jdbc.sql("SELECT count(*) FROM import_job").query(Long.class).single();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        upload(officer, commune, "danh-sach.csv", png).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("intake.file.binary"));
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        upload(officer, commune, "danh-sach.xlsx", zip).andExpect(status().isUnprocessableContent());
        upload(officer, commune, "empty.csv", new byte[0]).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("intake.file.empty"));
        mvc.perform(multipart("/api/v1/imports").param("unitId", Long.toString(commune))
                .with(httpBasic(officer.username(), officer.password())))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("error.parameter"));
        assertThat(jdbc.sql("SELECT count(*) FROM import_job").query(Long.class).single()).isEqualTo(jobsBefore);
    }

    @Test
    void anotherUnitsOfficerCannotUploadIntoItNorSeeItsImports() throws Exception {
        Fixtures.Officer owner = fixtures.officer(Places.BA_DINH);
        Fixtures.Officer other = fixtures.officer(Places.NGOC_HA);
        long commune = fixtures.unit(Places.BA_DINH).id();
        String csv = "Họ và tên,Ngày sinh,Số CCCD\nNguyễn Thị " + Fixtures.uniqueGivenName() + ",01/01/1980,"
                + Fixtures.cccd(LocalDate.of(1980, 1, 1)) + "\n";
        upload(other, commune, "x.csv", csv.getBytes(StandardCharsets.UTF_8)).andExpect(status().isForbidden());
        long id = jobId(upload(owner, commune, "x.csv", csv.getBytes(StandardCharsets.UTF_8)));
        mvc.perform(get("/api/v1/imports/" + id).with(httpBasic(other.username(), other.password())))
                .andExpect(status().isNotFound());
        action(other, id, "validate").andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/imports").with(httpBasic(other.username(), other.password())))
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.id == " + id + ")]").isEmpty());
    }
}
