package org.hoiso.intake;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.hoiso.member.MemberBulk;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.orgunit.OrgUnits;
import org.hoiso.orgunit.Reorganisation;
import org.hoiso.platform.audit.Audit;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.web.DomainException;
import org.hoiso.tables.TableFiles;
import org.hoiso.tables.TableReader;
import org.hoiso.tables.TableRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The background half of an import: the dry run (read every row, check it, look its CCCD up in the
 * registry in chunks, copy valid rows to staging, write problems to the job's problem file) and the
 * commit (one transaction: new branches, all rows, the job's final state, one audit entry).
 */
@Component
class ImportWork {

    private static final Logger log = LoggerFactory.getLogger(ImportWork.class);

    /** Rows checked against the registry per look-up (and between progress reports). */
    private static final int CHUNK = MemberBulk.LOOKUP_CHUNK;

    private final ImportJobRepository jobs;
    private final JobFiles files;
    private final OrgUnits units;
    private final MemberBulk bulk;
    private final Reorganisation reorganisation;
    private final Audit audit;
    private final TransactionTemplate tx;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ImportSupport support;
    private final Map<ImportRunner.Lease, Integer> commitBackends = new ConcurrentHashMap<>();
    private final TransactionTemplate progressTx;
    private final ImportMetrics metrics;

    ImportWork(ImportJobRepository jobs, JobFiles files, OrgUnits units, MemberBulk bulk, Reorganisation reorganisation,
            Audit audit, TransactionTemplate tx, JdbcClient jdbc, JsonMapper json, ImportSupport support, ImportMetrics metrics) {
        this.jobs = jobs;
        this.files = files;
        this.units = units;
        this.bulk = bulk;
        this.reorganisation = reorganisation;
        this.audit = audit;
        this.tx = tx;
        this.progressTx = new TransactionTemplate(tx.getTransactionManager());
        this.progressTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.jdbc = jdbc;
        this.json = json;
        this.support = support;
        this.metrics = metrics;
    }

    private static final class Cancelled extends RuntimeException {
        Cancelled() {
            super("cancelled", null, false, false);
        }
    }

    /**
     * Ends a job this run holds (staged rows dropped, in one transaction); nothing when the run lost its lease or
     * another instance claimed the job since: the job and its staged rows are the taker's.
     */
    private void end(long id, ImportRunner.Lease lease, ImportJob.Status status, String code, String args) {
        if (lease.lost()) {
            log.warn("Import job {}: {} lost its lease; the job is left for another instance", id, lease.instance);
            return;
        }
        tx.executeWithoutResult(s -> {
            if (jobs.ended(id, lease.instance, status, code, args)) {
                bulk.discard(id);
            }
        });
    }

    void dryRun(Caller caller, long id, Mapping mapping, LocalDate today, ImportRunner.Lease lease) {
        try {
            runDry(caller, id, mapping, today, lease);
        } catch (Cancelled e) {
            end(id, lease, ImportJob.Status.CANCELLED, null, null);
        } catch (DomainException e) {
            end(id, lease, ImportJob.Status.FAILED, e.code(), args(e.args()));
        } catch (RuntimeException | IOException e) {
            log.error("Import job {}: dry run failed", id, e);
            end(id, lease, ImportJob.Status.FAILED, "intake.job.failed", null);
        }
    }

    private void runDry(Caller caller, long id, Mapping mapping, LocalDate today, ImportRunner.Lease lease) throws IOException {
        ImportJob job = jobs.find(id).orElseThrow();
        if (!job.hasFiles()) {
            throw DomainException.conflict("intake.job.filesDeleted");
        }
        OrgUnit target = units.get(job.unitId());
        UnitResolver resolver = support.resolver(caller, job, target);
        RowChecker checker = new RowChecker(mapping, today, job.joinedDefault(), resolver, support.ethnicities(), target.id());
        FooterLines footer = new FooterLines(mapping);
        RegistryMatches matches = new RegistryMatches(caller, job.updateExisting(), units);
        bulk.discard(id);
        LongLongMap seen = new LongLongMap(1 << 16);
        Counts counts = new Counts();
        Notices notices = new Notices();
        Path dir = files.dir(id);
        // The registry look-up of one chunk runs on its own thread (and connection) while the next
        // chunk is read and checked: reading keeps one core busy, the database the other.
        ExecutorService lookups = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "import-" + id + "-lookup");
            t.setDaemon(true);
            return t;
        });
        try (TableReader reader = TableFiles.open(files.upload(id));
                MemberBulk.Staging staging = bulk.staging(id);
                ProblemFile.Writer problems = new ProblemFile.Writer(dir)) {
            Chunk pending = null;
            List<RowChecker.Checked> chunk = new ArrayList<>(CHUNK);
            TableRow row;
            do {
                row = reader.next();
                if (row != null && row.number() <= mapping.headerRow()) {
                    continue;
                }
                if (row != null && footer.isFooter(row)) {
                    notices.footer(row);
                    continue;
                }
                if (row != null) {
                    counts.read++;
                    RowChecker.Checked c = checker.check(row);
                    if (c.ok()) {
                        long first = seen.putIfAbsent(Long.parseLong(c.member().nationalId()),
                                packed(row.number(), c.sequence()));
                        if (first >= 0) {
                            c = c.with(repeated(first & 0xFFFF_FFFFL, (first >>> 32) - 1));
                        }
                    }
                    chunk.add(c);
                }
                if (chunk.size() >= CHUNK || (row == null && !chunk.isEmpty())) {
                    List<RowChecker.Checked> rows = chunk;
                    List<String> numbers = rows.stream().filter(RowChecker.Checked::ok).map(c -> c.member().nationalId())
                            .toList();
                    counts.lookedUp += numbers.size();
                    Chunk next = new Chunk(rows, CompletableFuture.supplyAsync(() -> bulk.livingHolders(numbers), lookups));
                    if (pending != null) {
                        finish(matches, pending, staging, problems, counts);
                    }
                    pending = next;
                    chunk = new ArrayList<>(CHUNK);
                    if (jobs.progress(id, lease.instance, (float) Math.min(0.99, reader.progress()), counts.read, counts.valid,
                            counts.invalid) || lease.lost()) {
                        throw new Cancelled();
                    }
                }
            } while (row != null);
            if (pending != null) {
                finish(matches, pending, staging, problems, counts);
            }
            staging.finish();
            Map<String, String> newBranches = new LinkedHashMap<>(resolver.newBranches());
            if (lease.lost()
                    || !jobs.validated(id, lease.instance, json.writeValueAsString(reader.info()), counts.read, counts.valid,
                            counts.invalid, counts.updates, newBranches.isEmpty() ? null : json.writeValueAsString(newBranches),
                            notices.json(json))) {
                log.warn("Import job {}: the dry run on {} ended after the job was taken from it; its result is dropped", id,
                        lease.instance);
                return;
            }
            audit.record(Audit.Action.READ, "import", id, job.unitId(), "dry run: " + counts.lookedUp
                    + " CCCD looked up in the registry, " + matches.outsideReach() + " held outside the officer's reach");
        } finally {
            lookups.shutdownNow();
        }
    }

    /**
     * A row's number (low 32 bits) and its STT plus one (high bits, 0 when it has none or it is not a number):
     * one long per CCCD seen, so a million rows still take ~32 MB.
     */
    static long packed(long rowNo, String sequence) {
        return (rowNo & 0xFFFF_FFFFL) | ((sequenceNumber(sequence) + 1) << 32);
    }

    /** A row's STT as a number (up to nine digits), or -1 when it has none or it is no number. */
    static long sequenceNumber(String sequence) {
        if (sequence != null && !sequence.isEmpty() && sequence.length() <= 9
                && sequence.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            return Long.parseLong(sequence);
        }
        return -1;
    }

    /** The problem of a row whose CCCD an earlier row of the file has: that row's number, and its STT when it has one. */
    static RowChecker.Problem repeated(long firstRow, long firstSequence) {
        return firstSequence >= 0
                ? new RowChecker.Problem(ImportField.NATIONAL_ID, "intake.cccd.repeatedStt",
                        List.of(Long.toString(firstRow), Long.toString(firstSequence)))
                : new RowChecker.Problem(ImportField.NATIONAL_ID, "intake.cccd.repeated", List.of(Long.toString(firstRow)));
    }

    /** Rows read so far and what became of them. */
    private static final class Counts {
        long read;
        long valid;
        long invalid;
        long updates;
        long lookedUp;
    }

    /** A chunk of checked rows and the registry's holders of their CCCDs (being looked up). */
    private record Chunk(List<RowChecker.Checked> rows, CompletableFuture<Map<String, MemberBulk.Holder>> holders) {
    }

    /** Settles a chunk once its look-up is back: a CCCD held in the registry is a problem or, when asked, an update. */
    private void finish(RegistryMatches matches, Chunk chunk, MemberBulk.Staging staging, ProblemFile.Writer problems,
            Counts counts) {
        Map<String, MemberBulk.Holder> holders = chunk.holders().join();
        for (RowChecker.Checked row : chunk.rows()) {
            RegistryMatches.Settled settled = matches.settle(row, row.ok() ? holders.get(row.member().nationalId()) : null);
            RowChecker.Checked c = settled.row();
            if (c.ok()) {
                staging.add(c.rowNo(), c.member(), c.unitId(), c.newUnitKey(), settled.existing());
                counts.valid++;
                if (settled.existing() != null) {
                    counts.updates++;
                }
            } else {
                problems.write(c.rowNo(), c.problems());
                counts.invalid++;
            }
        }
    }

    void commit(Caller caller, long id, ImportRunner.Lease lease) {
        try {
            tx.executeWithoutResult(status -> runCommit(caller, id, lease));
        } catch (DomainException e) {
            end(id, lease, ImportJob.Status.FAILED, e.code(), args(e.args()));
        } catch (RuntimeException e) {
            if (jobs.find(id).map(ImportJob::cancelRequested).orElse(false)) {
                end(id, lease, ImportJob.Status.CANCELLED, null, null);
            } else {
                log.error("Import job {}: commit failed, nothing was committed", id, e);
                end(id, lease, ImportJob.Status.FAILED, "intake.job.commitFailed", null);
            }
        } finally {
            commitBackends.remove(lease);
        }
    }

    /** The commit's end found the job taken from this run: its transaction rolls back. */
    private static final class Lost extends RuntimeException {
        Lost() {
            super("lost", null, false, false);
        }
    }

    private void runCommit(Caller caller, long id, ImportRunner.Lease lease) {
        commitBackends.put(lease, jdbc.sql("SELECT pg_backend_pid()").query(Integer.class).single());
        // Forgotten before the transaction ends: its connection goes back to the pool, where a cancel must not reach it.
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCompletion() {
                commitBackends.remove(lease);
            }
        });
        // A taker's commit waits here until a dying run's transaction has ended (rolled back: it can no longer
        // write its end), and PostgreSQL notices a vanished client within a second even in a long statement.
        jdbc.sql("SELECT pg_advisory_xact_lock(:k, :id)").param("k", ImportRunner.COMMIT_LOCK).param("id", (int) id)
                .query((rs, n) -> n).list();
        jdbc.sql("SET LOCAL client_connection_check_interval = '1s'").update();
        ImportJob job = jobs.find(id).orElseThrow();
        if (job.cancelRequested()) {
            throw new Cancelled();
        }
        units.writable(caller, job.unitId());
        if (bulk.staged(id) != job.validRows()) {
            // The staging table is unlogged: a database crash since the dry run emptied it.
            throw DomainException.conflict("intake.job.stagingLost");
        }
        Map<String, Long> created = new LinkedHashMap<>();
        if (job.newBranches() != null) {
            Map<String, String> wanted = json.readValue(job.newBranches(),
                    new TypeReference<LinkedHashMap<String, String>>() {
                    });
            for (var e : wanted.entrySet()) {
                long communeId = Long.parseLong(e.getKey().substring(0, e.getKey().indexOf(':')));
                OrgUnit commune = units.get(communeId);
                OrgUnit branch = reorganisation.create(caller, communeId,
                        new Reorganisation.NewUnit(branchCode(commune), e.getValue(), "BRANCH", null), support.today());
                created.put(e.getKey(), branch.id());
            }
        }
        // progress in transactions of its own, so the job's page sees it while this one runs; a cancel stops it
        MemberBulk.Committed done = bulk.commit(id, created, caller.username(), moved -> {
            boolean cancel = Boolean.TRUE.equals(progressTx.execute(s -> jobs.progress(id, lease.instance,
                    (float) Math.min(0.99, moved / (double) Math.max(1, job.validRows())), job.rowsRead(), job.validRows(),
                    job.invalidRows()))) || lease.lost();
            if (cancel) {
                throw new Cancelled();
            }
        }, MemberBulk.COMMIT_CHUNK);
        if (lease.lost() || !jobs.committed(id, lease.instance, done.inserted(), done.updated(), done.skipped())) {
            throw new Lost();
        }
        metrics.rowsCommitted(done.inserted() + done.updated());
        audit.record(Audit.Action.IMPORT, "import", id, job.unitId(), "file=" + job.fileName() + " inserted=" + done.inserted()
                + " updated=" + done.updated() + " skipped=" + done.skipped() + " branches=" + created.size());
    }

    /** A free code for a new branch of a commune: its code, "-CH" and the next number. */
    private String branchCode(OrgUnit commune) {
        for (int n = 1;; n++) {
            String code = commune.code() + "-CH" + n;
            if (units.findOpenByCode(code).isEmpty()) {
                return code;
            }
        }
    }

    /** Cancels the job's commit statement, if one is running here: its transaction rolls back whole. */
    void cancelCommit(long id) {
        commitBackends.keySet().stream().filter(lease -> lease.id == id).forEach(this::cancelCommit);
    }

    /** Cancels the commit statement of one run, if it runs. */
    void cancelCommit(ImportRunner.Lease lease) {
        Integer pid = commitBackends.get(lease);
        if (pid != null) {
            jdbc.sql("SELECT pg_cancel_backend(:pid)").param("pid", pid).query(Boolean.class).single();
        }
    }

    private String args(Object[] args) {
        if (args == null || args.length == 0) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (Object a : args) {
            out.add(String.valueOf(a));
        }
        return json.writeValueAsString(out);
    }
}
