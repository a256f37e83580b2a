package org.hoiso.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hoiso.platform.security.Caller;
import org.hoiso.tables.CsvTableWriter;
import org.hoiso.tables.TableFiles;
import org.hoiso.tables.TableReader;
import org.hoiso.tables.TableRow;
import org.hoiso.testing.AMember;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class IntakePagesIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Imports imports;
    @Autowired
    UserDetailsService users;

    @Test
    void anOfficerUploadsChecksAndCommitsThroughThePagesInBothLanguages() throws Exception {
        Fixtures.Officer officer = fixtures.officer(Places.BA_DINH);
        UserDetails me = users.loadUserByUsername(officer.username());
        long commune = fixtures.unit(Places.BA_DINH).id();
        String given = Fixtures.uniqueGivenName();
        String csv = "Họ và tên;Ngày sinh;Số CCCD\nNGUYỄN THỊ " + given.toUpperCase() + ";05/03/1985;"
                + Fixtures.cccd(LocalDate.of(1985, 3, 5))
                + "\nLê Thị " + given + ";1982;\n";
        String location = mvc.perform(multipart("/imports").file(new MockMultipartFile("file", "danh sách.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8))).param("unitId", Long.toString(commune)).with(user(me)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        String page = mvc.perform(get(location).with(user(me))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Nguyễn Thị " + given).contains("Chỉ có năm (1982)").contains("Ghép cột")
                .contains("Chờ kiểm tra");
        String english = mvc.perform(get(location).param("lang", "en").with(user(me))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains("Column mapping").contains("Only a year (1982)").contains("Waiting for the dry run");

        mvc.perform(post(location + "/validate").with(user(me)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(imports.await(id, Duration.ofMinutes(1))).isTrue();
        mvc.perform(get(location + "/progress").with(user(me)).header("HX-Request", "true"))
                .andExpect(status().isOk()).andExpect(r -> assertThat(r.getResponse().getHeader("HX-Refresh")).isEqualTo("true"));
        page = mvc.perform(get(location).with(user(me))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Ghi 1 hội viên vào sổ").contains("Tải danh sách lỗi (Excel)");

        byte[] problems = mvc.perform(get(location + "/problems").param("format", "xlsx").with(user(me)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<TableRow> rows = read(problems);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).cells()).contains("Lê Thị " + given);
        assertThat(rows.get(1).cells().get(3)).contains("Chỉ có năm");

        mvc.perform(post(location + "/commit").with(user(me)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(imports.await(id, Duration.ofMinutes(1))).isTrue();
        page = mvc.perform(get(location).with(user(me))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Đã ghi vào sổ");
        assertThat(
                mvc.perform(get("/imports").with(user(me))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("danh sách.csv");
    }

    @Test
    void aFileThatIsNotATableReturnsToTheUploadFormWithTheReason() throws Exception {
        Fixtures.Officer officer = fixtures.officer(Places.BA_DINH);
        UserDetails me = users.loadUserByUsername(officer.username());
        long commune = fixtures.unit(Places.BA_DINH).id();
        var result = mvc.perform(multipart("/imports").file(new MockMultipartFile("file", "anh.csv", "text/csv",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0}))
                .param("unitId", Long.toString(commune)).with(user(me)).with(csrf())).andExpect(status().is3xxRedirection())
                .andReturn();
        // the flash attributes travel in the session (in PostgreSQL), reached with the session cookie
        String page = mvc.perform(get(result.getResponse().getRedirectedUrl()).cookie(result.getResponse().getCookies())
                .with(user(me)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("anh.csv").contains("không phải bảng tính");
    }

    @Test
    void anExportReImportsIntoTheSameUnitAsUpdatesAndViewersGetMaskedNumbers(@TempDir Path tmp) throws Exception {
        Fixtures.Officer officer = fixtures.officer(Places.BA_DINH);
        var branch = fixtures.branch(Places.BA_DINH, "Chi hội xuất nhập " + Fixtures.uniqueGivenName());
        String given = Fixtures.uniqueGivenName();
        LocalDate birth = LocalDate.of(1975, 6, 15);
        String cccd = Fixtures.cccd(birth);
        fixtures.members().register(fixtures.admin(),
                AMember.valid().named("Phan Thị " + given).bornOn(birth).cccd(cccd).inUnit(branch.id()).input());

        byte[] xlsx = mvc
                .perform(get("/api/v1/exports/members").param("format", "xlsx").param("unitId", Long.toString(branch.id()))
                        .with(httpBasic(officer.username(), officer.password())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<TableRow> rows = read(xlsx);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).cells()).startsWith("Họ và tên", "Ngày sinh", "Số CCCD");
        assertThat(rows.get(1).cells()).startsWith("Phan Thị " + given, "1975-06-15", cccd);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'EXPORT' AND unit_id = :u").param("u", branch.id())
                .query(Long.class).single()).isEqualTo(1);

        // She changes the phone number in Excel and imports the file back with "update existing".
        List<String> header = rows.get(0).cells();
        List<Object> changed = new ArrayList<>(rows.get(1).cells());
        changed.set(header.indexOf("Số điện thoại"), "0912000111");
        Path edited = tmp.resolve("edited.csv");
        try (var out = Files.newOutputStream(edited); var w = new CsvTableWriter(out)) {
            w.header(header);
            w.row(changed);
        }
        var job = imports.upload(officer.caller(), branch.id(), "edited.csv",
                new ByteArrayInputStream(Files.readAllBytes(edited)),
                true, false, null);
        imports.validate(officer.caller(), job.id());
        assertThat(imports.await(job.id(), Duration.ofMinutes(1))).isTrue();
        assertThat(imports.get(officer.caller(), job.id()).updateRows())
                .as(() -> imports.preview(officer.caller(), job.id()).rows().toString() + imports.get(officer.caller(), job.id()))
                .isEqualTo(1);
        imports.commit(officer.caller(), job.id());
        assertThat(imports.await(job.id(), Duration.ofMinutes(1))).isTrue();
        var done = imports.get(officer.caller(), job.id());
        assertThat(done.status()).isEqualTo(ImportJob.Status.COMMITTED);
        assertThat(done.updated()).isEqualTo(1);
        assertThat(done.inserted()).isZero();
        assertThat(jdbc.sql("SELECT phone FROM member WHERE national_id = :c").param("c", cccd).query(String.class).single())
                .isEqualTo("0912000111");

        Fixtures.Officer viewer = fixtures.account(Caller.Role.VIEWER, Places.BA_DINH);
        String csv = mvc.perform(get("/api/v1/exports/members").param("format", "csv").param("unitId", Long.toString(branch.id()))
                .with(httpBasic(viewer.username(), viewer.password()))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("Phan Thị " + given).doesNotContain(cccd).contains(cccd.substring(cccd.length() - 3));
    }

    private static List<TableRow> read(byte[] content) throws Exception {
        Path f = Files.createTempFile("hoiso-test-", ".bin");
        try {
            Files.write(f, content);
            List<TableRow> rows = new ArrayList<>();
            try (TableReader r = TableFiles.open(f)) {
                TableRow row;
                while ((row = r.next()) != null) {
                    rows.add(row);
                }
            }
            return rows;
        } finally {
            Files.deleteIfExists(f);
        }
    }
}
