package org.hoiso.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.testing.AMember;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The upload's safety (issue 15): member lists with full CCCD numbers readable by the owner only and not kept
 * forever; a dry run that cannot test numbers against members outside the officer's reach; looks at CCCDs
 * audited.
 */
@IntegrationTest
class UploadSafetyIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Imports imports;
    @Autowired
    JobFiles files;
    @Autowired
    ImportRetention retention;
    @Autowired
    Fixtures fixtures;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    private OrgUnit commune;
    private UserDetails me;
    private ImportSteps steps;

    @BeforeEach
    void officer() {
        commune = fixtures.unit(Places.LANG);
        me = users.loadUserByUsername(fixtures.officer(Places.LANG).username());
        steps = new ImportSteps(mvc, imports, me);
    }

    /** A list with one valid row and one without a CCCD (a problem). */
    private long uploadAndCheck() throws Exception {
        String given = Fixtures.uniqueGivenName();
        String csv = "Họ và tên,Ngày sinh,Số CCCD\nLạc Thị " + given + ",05/03/1980," + Fixtures.cccd(LocalDate.of(1980, 3, 5))
                + "\nLý Thị " + given + ",05/03/1981,\n";
        long id = steps.upload(commune.id(), "ds.csv", csv.getBytes(StandardCharsets.UTF_8));
        steps.dryRun(id);
        return id;
    }

    private static String permissions(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void theUploadedListAndItsProblemsAreReadableByTheOwnerOnly() throws Exception {
        long id = uploadAndCheck();
        assertThat(permissions(files.dir(id))).isEqualTo("rwx------");
        assertThat(permissions(files.upload(id))).isEqualTo("rw-------");
        assertThat(permissions(files.dir(id).resolve(ProblemFile.NAME))).isEqualTo("rw-------");
        assertThat(steps.problems(id, "xlsx", Files.createTempDirectory("report"))).hasSize(2);
        try (var left = Files.list(files.dir(id))) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no report left behind")
                    .containsExactlyInAnyOrder(JobFiles.UPLOAD, ProblemFile.NAME);
        }
    }

    @Test
    void discardingAnImportDeletesItsFilesAtOnceAndKeepsItsHistory() throws Exception {
        long id = uploadAndCheck();
        String page = steps.act(id, "discard");
        assertThat(page).contains("Đã bỏ lần nhập này").contains("id=\"files-gone\"").contains("Đã bỏ");
        assertThat(Files.exists(files.dir(id))).isFalse();
        assertThat(imports.get(fixtures.admin(), id).status()).isEqualTo(ImportJob.Status.DISCARDED);
        assertThat(steps.dryRun(id)).contains("id=\"outcome-errors\"").contains("đã được xóa");
        mvc.perform(get("/imports/" + id + "/problems").param("format", "csv").with(user(me))).andExpect(status().isConflict());
    }

    @Test
    void filesAreDeletedOnceTheRetentionPeriodHasPassedSinceTheImportLastChanged() throws Exception {
        long old = uploadAndCheck();
        long recent = uploadAndCheck();
        // thirty-one days without a change
        jdbc.sql("UPDATE import_job SET updated_at = now() - interval '31 days' WHERE id = :id").param("id", old).update();
        assertThat(retention.due()).contains(old).doesNotContain(recent);
        assertThat(retention.deleteExpired()).isGreaterThanOrEqualTo(1);
        assertThat(Files.exists(files.dir(old))).isFalse();
        assertThat(Files.exists(files.upload(recent))).isTrue();
        ImportJob job = imports.get(fixtures.admin(), old);
        assertThat(job.hasFiles()).isFalse();
        assertThat(job.status()).as("the job stays as history").isEqualTo(ImportJob.Status.VALIDATED);
        assertThat(steps.page(old)).contains("id=\"files-gone\"").doesNotContain("id=\"preview\"");
        assertThat(retention.due()).doesNotContain(old);
    }

    @Test
    void aCccdHeldOutsideTheOfficersReachIsOnlyUnusableAndTheLookUpsAreAudited() throws Exception {
        LocalDate birth = LocalDate.of(1979, 3, 5);
        String elsewhere = Fixtures.cccd(birth);
        fixtures.members().register(fixtures.admin(),
                AMember.valid().bornOn(birth).cccd(elsewhere).inUnit(fixtures.unit(Places.KIM_LIEN).id()).input());
        String csv = "Họ và tên,Ngày sinh,Số CCCD\nĐàm Thị " + Fixtures.uniqueGivenName() + ",05/03/1979," + elsewhere + "\n";
        long id = steps.upload(commune.id(), "thu.csv", csv.getBytes(StandardCharsets.UTF_8));
        String page = steps.page(id);
        assertThat(page).contains("Không dùng được số CCCD này").doesNotContain("Kim Liên").doesNotContain("đang sinh hoạt");
        steps.dryRun(id);
        assertThat(steps.problems(id, "csv", Files.createTempDirectory("report")).get(1).cell(3))
                .contains("Không dùng được số CCCD này").doesNotContain("Kim Liên");
        assertThat(jdbc.sql("SELECT detail FROM audit_log WHERE entity_type = 'import' AND entity_id = :id AND action = 'READ'"
                + " ORDER BY id").param("id", id).query(String.class).list())
                .contains("preview: 1 rows with their CCCD shown")
                .contains("dry run: 1 CCCD looked up in the registry, 1 held outside the officer's reach");
    }
}
