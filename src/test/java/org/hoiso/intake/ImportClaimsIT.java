package org.hoiso.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.hoiso.member.MemberBulk;
import org.hoiso.testing.Await;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Import jobs as several instances run them on one database: {@link ImportRunner}s with names of their own (each
 * an "instance", beside the application's own runner, which polls too) claim waiting jobs, never the same one
 * twice; a job whose instance stopped is taken over and ends committed once, or interrupted with nothing written.
 */
@IntegrationTest
class ImportClaimsIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Imports imports;
    @Autowired
    ImportJobRepository jobs;
    @Autowired
    ImportWork work;
    @Autowired
    MemberBulk bulk;
    @Autowired
    DataSource dataSource;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JsonMapper json;
    @Autowired
    Clock clock;
    @Autowired
    IntakeProperties settings;
    @Autowired
    ImportRunner appRunner;

    private final List<ThreadPoolTaskExecutor> pools = new ArrayList<>();

    @AfterEach
    void stopPools() {
        pools.forEach(ThreadPoolTaskExecutor::shutdown);
    }

    /**
     * Another instance's runner: its own name and its own pool of one thread. (The instances of this test share
     * the application's connection pool, and each running job holds two connections: one is enough to compete.)
     */
    private ImportRunner instance(String name) {
        ThreadPoolTaskExecutor pool = IntakeConfig.pool(name + "-", 1);
        pool.initialize();
        pools.add(pool);
        return new ImportRunner(jobs, work, bulk, dataSource, tx, pool, json, clock, settings, name, 1);
    }

    private long upload(Fixtures.Officer who, long unitId, String csv, boolean validate) throws Exception {
        String body = mvc.perform(multipart("/api/v1/imports")
                .file(new MockMultipartFile("file", "x.csv", "application/octet-stream", csv.getBytes(StandardCharsets.UTF_8)))
                .param("unitId", Long.toString(unitId)).param("validate", Boolean.toString(validate))
                .with(httpBasic(who.username(), who.password()))).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        assertThat(imports.await(id, Duration.ofMinutes(1))).isTrue();
        return id;
    }

    private static String list(int rows) {
        StringBuilder csv = new StringBuilder("Họ và tên,Ngày sinh,Số CCCD\n");
        for (int i = 0; i < rows; i++) {
            LocalDate birth = LocalDate.of(1970 + i % 30, 1 + i % 12, 1 + i % 28);
            csv.append("Nguyễn Thị ").append(Fixtures.uniqueGivenName()).append(',')
                    .append(String.format("%02d/%02d/%d", birth.getDayOfMonth(), birth.getMonthValue(), birth.getYear()))
                    .append(',').append(Fixtures.cccd(birth)).append('\n');
        }
        return csv.toString();
    }

    private String requester(Fixtures.Officer officer) {
        return json.writeValueAsString(ImportRunner.Requester.of(officer.caller()));
    }

    private long members(long unitId) {
        return jdbc.sql(
                "SELECT count(*) FROM member m JOIN org_unit u ON u.id = m.unit_id WHERE u.path <@ (SELECT path FROM org_unit WHERE id = :u)")
                .param("u", unitId).query(Long.class).single();
    }

    private record Claim(String status, String claimedBy, int attempts, int takeovers, String errorCode) {
    }

    private Claim claim(long id) {
        return jdbc.sql("SELECT status, claimed_by, attempts, takeovers, error_code FROM import_job WHERE id = :id")
                .param("id", id).query(Claim.class).single();
    }

    /** The two simulated instances' pause between polls (the runner's hoiso.intake.poll, shortened). */
    private static final long LOOK_AGAIN = Duration.ofMillis(10).toNanos();

    @Test
    void twoInstancesNeverRunTheSameJob() throws Exception {
        Fixtures.Officer officer = fixtures.officer(Places.NGOC_HA);
        long commune = fixtures.unit(Places.NGOC_HA).id();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            long id = upload(officer, commune, list(40), false);
            ids.add(id);
        }
        // All asked at once, as requests on other instances would: nobody claims them on the way.
        for (long id : ids) {
            assertThat(jobs.requestRun(id, ImportJob.Status.READY, ImportJob.Status.VALIDATING, requester(officer))).isTrue();
        }
        ImportRunner a = instance("instance-a");
        ImportRunner b = instance("instance-b");
        List<Long> byA = Collections.synchronizedList(new ArrayList<>());
        List<Long> byB = Collections.synchronizedList(new ArrayList<>());
        BooleanSupplier allDone = () -> ids.stream().allMatch(id -> imports.await(id, Duration.ZERO));
        CompletableFuture<Void> pollA = CompletableFuture.runAsync(() -> {
            while (!allDone.getAsBoolean()) {
                byA.addAll(a.poll());
                LockSupport.parkNanos(LOOK_AGAIN);
            }
        });
        CompletableFuture<Void> pollB = CompletableFuture.runAsync(() -> {
            while (!allDone.getAsBoolean()) {
                byB.addAll(b.poll());
                LockSupport.parkNanos(LOOK_AGAIN);
            }
        });
        pollA.get(2, TimeUnit.MINUTES);
        pollB.get(2, TimeUnit.MINUTES);
        Await.until("every run has ended", Duration.ofMinutes(1), () -> ids.stream().noneMatch(id -> a.runs(id) || b.runs(id)));

        Set<Long> started = new HashSet<>(byA);
        assertThat(byB).as("instance B never started a job instance A started").doesNotContainAnyElementsOf(started);
        assertThat(byA).doesNotHaveDuplicates();
        assertThat(byB).doesNotHaveDuplicates();
        assertThat(byA.size() + byB.size()).as("the two instances ran most of them").isPositive();
        for (long id : ids) {
            Claim c = claim(id);
            assertThat(c.status()).as("job " + id).isEqualTo("VALIDATED");
            assertThat(c.attempts()).as("job " + id + " ran once").isEqualTo(1);
            assertThat(c.takeovers()).isZero();
            assertThat(c.claimedBy()).isIn("instance-a", "instance-b", appRunner.instance());
            if (byA.contains(id)) {
                assertThat(c.claimedBy()).isEqualTo("instance-a");
            }
            if (byB.contains(id)) {
                assertThat(c.claimedBy()).isEqualTo("instance-b");
            }
            assertThat(jdbc.sql("SELECT count(*) FROM member_staging WHERE batch_id = :b").param("b", id).query(Long.class)
                    .single()).as("staged once").isEqualTo(40);
        }
    }

    @Test
    void aJobWhoseClaimerStoppedBeatingIsTakenOverAndCommittedOnce() throws Exception {
        Fixtures.Officer officer = fixtures.officer(Places.GIANG_VO);
        long commune = fixtures.unit(Places.GIANG_VO).id();
        long id = upload(officer, commune, list(25), true);
        assertThat(claim(id).status()).isEqualTo("VALIDATED");
        long before = members(commune);

        // A "ghost" instance claims the commit (its lease holds the job's lock, its heartbeat is fresh) and never runs it.
        ImportRunner.Lease ghost = ImportRunner.Lease.take(dataSource, id, "ghost");
        assertThat(ghost).isNotNull();
        try {
            jdbc.sql("""
                    UPDATE import_job SET status = 'COMMITTING', requested_by = CAST(:by AS jsonb), claimed_by = 'ghost',
                           claimed_at = now(), heartbeat_at = now(), attempts = 1, takeovers = 0
                     WHERE id = :id
                    """).param("id", id).param("by", requester(officer)).update();
            ImportRunner a = instance("instance-a");
            assertThat(a.poll()).as("a job with a fresh heartbeat is nobody else's").doesNotContain(id);

            // Its heartbeat stops (as if hoiso.intake.stale-after had passed), but its session still holds the lock:
            // an instance that is slow, not dead. Nobody runs the job twice.
            jdbc.sql("UPDATE import_job SET heartbeat_at = now() - interval '1 hour' WHERE id = :id").param("id", id).update();
            assertThat(a.poll()).as("the lock is held").doesNotContain(id);
            assertThat(claim(id).claimedBy()).isEqualTo("ghost");
        } finally {
            ghost.close(); // the ghost's connection ends: PostgreSQL frees its lock
        }

        ImportRunner b = instance("instance-b");
        Await.until("another instance takes the job over and commits it", Duration.ofMinutes(1), () -> {
            b.poll();
            return claim(id).status().equals("COMMITTED");
        });
        assertThat(imports.await(id, Duration.ofMinutes(1))).isTrue();
        Claim c = claim(id);
        assertThat(c.claimedBy()).isNotEqualTo("ghost");
        assertThat(c.takeovers()).isEqualTo(1);
        assertThat(c.attempts()).isEqualTo(2);
        assertThat(members(commune)).isEqualTo(before + 25);
        assertThat(jdbc.sql("SELECT count(*) FROM member_staging WHERE batch_id = :b").param("b", id).query(Long.class).single())
                .isZero();
    }

    @Test
    void aCommitWhoseInstanceDiesMidwayIsRolledBackAndTakenOverCommittingEachRowOnce() throws Exception {
        Fixtures.Officer officer = fixtures.officer(Places.HOAN_KIEM);
        long commune = fixtures.unit(Places.HOAN_KIEM).id();
        fixtures.member("Đinh Thị Khoá", LocalDate.of(1970, 5, 5), commune); // the commune's totals row exists
        long id = upload(officer, commune, list(30), true);
        assertThat(claim(id).status()).isEqualTo("VALIDATED");
        long before = members(commune);
        ImportRunner doomed = instance("doomed");

        // Another transaction holds the commune's totals row, so the commit's statement waits at its end (the totals
        // trigger): a commit caught half-way, deterministically.
        try (Connection blocker = dataSource.getConnection()) {
            blocker.setAutoCommit(false);
            try (var st = blocker.prepareStatement("SELECT * FROM member_subtree_count WHERE unit_id = ? FOR UPDATE")) {
                st.setLong(1, commune);
                st.executeQuery().close();
            }
            assertThat(jobs.requestRun(id, ImportJob.Status.VALIDATED, ImportJob.Status.COMMITTING, requester(officer))).isTrue();
            Await.until("an instance claims the commit", Duration.ofMinutes(1),
                    () -> doomed.poll().contains(id) || claim(id).claimedBy() != null);
            if (!"doomed".equals(claim(id).claimedBy())) {
                System.out.println("ImportClaimsIT: the application's own runner claimed the commit first; it plays the doomed");
            }
            String runner = claim(id).claimedBy();
            long commitPid = pid("the commit reaches the locked row", """
                    SELECT pid FROM pg_stat_activity
                     WHERE wait_event_type = 'Lock' AND query LIKE '%INSERT INTO member (full_name%'
                    """);
            long leasePid = pid("the lease holds the job's lock", """
                    SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted AND objsubid = 2
                       AND classid = %d AND objid = %d
                    """.formatted(ImportRunner.LEASE_LOCK, id));

            // The instance dies: its connections end. First the lease (its heartbeat stops, the lock is free) ...
            terminate(leasePid);
            jdbc.sql("UPDATE import_job SET heartbeat_at = now() - interval '1 hour' WHERE id = :id").param("id", id).update();
            ImportRunner taker = instance("taker");
            Await.until("another instance takes the job over", Duration.ofMinutes(1), () -> {
                taker.poll();
                return !runner.equals(claim(id).claimedBy());
            });
            // ... then the commit: PostgreSQL rolls it back; the dying run may write nothing, the job is the taker's.
            terminate(commitPid);
            blocker.rollback();
        }
        Await.until("the taker commits", Duration.ofMinutes(1), () -> claim(id).status().equals("COMMITTED"));
        assertThat(imports.await(id, Duration.ofMinutes(1))).isTrue();
        Claim c = claim(id);
        assertThat(c.takeovers()).isEqualTo(1);
        assertThat(members(commune)).as("every row once").isEqualTo(before + 30);
        assertThat(jdbc.sql("SELECT count(*) FROM member_staging WHERE batch_id = :b").param("b", id).query(Long.class).single())
                .isZero();
    }

    @Test
    void aStaleJobPastItsTakeoversEndsInterruptedWithNothingWritten() throws Exception {
        Fixtures.Officer officer = fixtures.officer(Places.HONG_HA);
        long commune = fixtures.unit(Places.HONG_HA).id();
        long id = upload(officer, commune, list(10), true);
        long before = members(commune);
        jdbc.sql("""
                UPDATE import_job SET status = 'COMMITTING', requested_by = CAST(:by AS jsonb), claimed_by = 'gone',
                       heartbeat_at = now() - interval '1 hour', attempts = :t + 1, takeovers = :t
                 WHERE id = :id
                """).param("id", id).param("by", requester(officer)).param("t", settings.takeovers()).update();
        ImportRunner a = instance("instance-a");
        Await.until("an instance ends it", Duration.ofMinutes(1), () -> {
            a.poll();
            return !claim(id).status().equals("COMMITTING");
        });
        Claim c = claim(id);
        assertThat(c.status()).isEqualTo("FAILED");
        assertThat(c.errorCode()).isEqualTo("intake.job.interrupted");
        assertThat(members(commune)).isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM member_staging WHERE batch_id = :b").param("b", id).query(Long.class).single())
                .isZero();
    }

    private long pid(String what, String sql) {
        List<Long> found = new ArrayList<>();
        Await.until(what, Duration.ofMinutes(1), () -> {
            found.clear();
            found.addAll(jdbc.sql(sql).query(Long.class).list());
            return found.size() == 1;
        });
        return found.get(0);
    }

    private void terminate(long pid) {
        assertThat(jdbc.sql("SELECT pg_terminate_backend(:pid)").param("pid", (int) pid).query(Boolean.class).single()).isTrue();
    }
}
