package org.hoiso.intake;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import org.hoiso.member.MemberBulk;
import org.hoiso.orgunit.OrgUnits;
import org.hoiso.orgunit.Subtree;
import org.hoiso.platform.audit.Audit;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.text.VietnameseText;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.FieldProblem;
import org.hoiso.tables.FileInfo;
import org.hoiso.tables.FileProblem;
import org.hoiso.tables.TableFiles;
import org.hoiso.tables.TableReader;
import org.hoiso.tables.TableRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports of member lists: upload and column mapping, a dry run that checks every row, and a commit
 * that puts every valid row in the registry in one transaction. The dry run and the commit run in the
 * background ({@link ImportWork}); their progress is in the job's row, so a reloaded page or another
 * instance sees it. Every use case checks the caller's rights on the job's unit.
 */
@Service
public class Imports {

    /** Rows of the file read for the header search and the preview. */
    static final int HEAD_ROWS = Headings.SEARCH_ROWS + 12;
    static final int PREVIEW_ROWS = 10;

    private final ImportJobRepository jobs;
    private final JobFiles files;
    private final OrgUnits units;
    private final MemberBulk bulk;
    private final ImportWork work;
    private final ImportRunner runner;
    private final IntakeProperties settings;
    private final JsonMapper json;
    private final ImportReading reading;
    private final ImportPreviews previews;
    private final ProblemReport report;
    private final Audit audit;
    private final Clock clock;
    private static final Logger log = LoggerFactory.getLogger(Imports.class);

    Imports(ImportJobRepository jobs, JobFiles files, OrgUnits units, MemberBulk bulk, ImportWork work, ImportRunner runner,
            IntakeProperties settings, JsonMapper json, ImportReading reading, ImportPreviews previews, ProblemReport report,
            Audit audit, Clock clock) {
        this.jobs = jobs;
        this.files = files;
        this.units = units;
        this.bulk = bulk;
        this.work = work;
        this.runner = runner;
        this.settings = settings;
        this.json = json;
        this.reading = reading;
        this.previews = previews;
        this.report = report;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * What the officer sees before the dry run: how the file was read, its first rows as they would be stored,
     * whether it has a joining date column and what rows without one get ({@code joinedDefault}: that date, or
     * null for "existing members, date unknown"), and what reading noticed (a footer skipped).
     */
    public record Preview(FileInfo info, long headerRow, List<String> headings, Map<ImportField, Integer> columns,
            List<ImportField> missing, List<PreviewRow> rows, List<String> oldNames, List<String> newBranches,
            ImportJob sameFileBefore, boolean joinedColumn, LocalDate joinedDefault, List<ImportNotice> notices) {
    }

    /**
     * One row of the preview: its number in the sheet and its own number (STT, or null), the values as
     * stored, the unit, the row's problems, and whether a living member already holds its CCCD.
     */
    public record PreviewRow(long rowNo, String sequence, Map<ImportField, String> values, String unit,
            List<RowChecker.Problem> problems, boolean inRegistry) {
    }

    /**
     * Receives a file for a unit the caller may change, reads its first rows and proposes a mapping.
     * A file that cannot be read as a table is refused (422) and nothing is kept.
     */
    public ImportJob upload(Caller caller, long unitId, String fileName, InputStream content, boolean updateExisting,
            boolean createBranches, String remoteAddr) {
        units.writable(caller, unitId);
        String name = VietnameseText.cleanOrNull(fileName);
        if (name == null) {
            name = "upload";
        } else if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        JobFiles.Received received;
        try {
            received = files.receive(content);
        } catch (IOException e) {
            throw DomainException.badRequest("intake.upload.failed");
        }
        try {
            if (received.size() == 0) {
                throw new FileProblem("intake.file.empty");
            }
            Head head = reading.read(() -> head(received.file()));
            Headings.Proposal proposal = Headings.propose(head.rows());
            long id = jobs.insert(unitId, name, received.size(), received.sha256(), caller.username(), remoteAddr);
            files.keep(received, id);
            jobs.setPrepared(id, json.writeValueAsString(head.info()),
                    json.writeValueAsString(new Mapping(proposal.headerRow(), proposal.columns())), updateExisting,
                    createBranches, null);
            return jobs.find(id).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            files.discard(received);
        }
    }

    /** The job, if the caller may see its unit (404 otherwise: another unit's imports do not exist for her). */
    public ImportJob get(Caller caller, long id) {
        ImportJob job = jobs.find(id).orElseThrow(() -> DomainException.notFound("intake.job.notFound"));
        if (!units.canRead(caller, job.unitId())) {
            throw DomainException.notFound("intake.job.notFound");
        }
        return job;
    }

    private ImportJob writable(Caller caller, long id) {
        ImportJob job = get(caller, id);
        if (!units.canWrite(caller, job.unitId())) {
            throw DomainException.forbidden("intake.job.readOnly");
        }
        return job;
    }

    /** Imports for the caller's unit (or the given one) and everything under it, newest first. */
    public List<ImportJob> history(Caller caller, Long unitId, int limit) {
        Subtree scope = unitId == null ? units.home(caller) : units.readable(caller, unitId);
        return jobs.inSubtree(scope.path(), Math.max(1, Math.min(limit, 200)));
    }

    public Mapping mapping(ImportJob job) {
        return json.readValue(job.mapping(), Mapping.class);
    }

    public FileInfo fileInfo(ImportJob job) {
        return json.readValue(job.fileInfo(), FileInfo.class);
    }

    /** Branches the commit will create (after a dry run with "create branches"). */
    public List<String> newBranches(ImportJob job) {
        if (job.newBranches() == null) {
            return List.of();
        }
        return new ArrayList<>(json.readValue(job.newBranches(), new TypeReference<LinkedHashMap<String, String>>() {
        }).values());
    }

    /** The preview: how the file was read, the mapping and the first rows checked as the dry run will check them. */
    public Preview preview(Caller caller, long id) {
        ImportJob job = writable(caller, id);
        if (!job.hasFiles()) {
            throw DomainException.conflict("intake.job.filesDeleted");
        }
        return previews.of(caller, job, mapping(job));
    }

    /** What the dry run noticed (a footer skipped). */
    public List<ImportNotice> notices(ImportJob job) {
        return Notices.read(json, job.notices());
    }

    /** Changes the mapping or the options; a dry run already done is forgotten. Rows without a joining date keep theirs. */
    public ImportJob remap(Caller caller, long id, Mapping mapping, boolean updateExisting, boolean createBranches) {
        return remap(caller, id, mapping, updateExisting, createBranches, get(caller, id).joinedDefault());
    }

    /**
     * Changes the mapping or the options; a dry run already done is forgotten.
     *
     * @param joinedDefault the joining date of rows without one (the whole file when it has no such column), or
     *                      null: they are existing members whose date is unknown, never counted as joined
     */
    public ImportJob remap(Caller caller, long id, Mapping mapping, boolean updateExisting, boolean createBranches,
            LocalDate joinedDefault) {
        ImportJob job = writable(caller, id);
        if (job.status().running() || job.status() == ImportJob.Status.COMMITTED || !job.hasFiles()) {
            throw DomainException.conflict("intake.job.notChangeable");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Set<Integer> used = new HashSet<>();
        for (var e : mapping.columns().entrySet()) {
            if (e.getValue() < 0 || e.getValue() >= 512) {
                problems.add(FieldProblem.of(e.getKey().name(), "intake.mapping.column"));
            } else if (!used.add(e.getValue())) {
                problems.add(FieldProblem.of(e.getKey().name(), "intake.mapping.twice"));
            }
        }
        if (mapping.headerRow() < 0) {
            problems.add(FieldProblem.of("headerRow", "intake.mapping.headerRow.invalid"));
        }
        if (joinedDefault != null && joinedDefault.isAfter(today())) {
            problems.add(FieldProblem.of("joinedDefault", "intake.joined.future"));
        } else if (joinedDefault != null && joinedDefault.isBefore(UNION_FOUNDED)) {
            problems.add(FieldProblem.of("joinedDefault", "intake.joined.beforeUnion"));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        bulk.discard(id);
        jobs.setPrepared(id, job.fileInfo(), json.writeValueAsString(mapping), updateExisting, createBranches, joinedDefault);
        return jobs.find(id).orElseThrow();
    }

    /** The Vietnam Women's Union was founded on 20 October 1930: nobody joined before. */
    static final LocalDate UNION_FOUNDED = LocalDate.of(1930, 10, 20);

    /** Starts the dry run in the background. */
    public ImportJob validate(Caller caller, long id) {
        ImportJob job = writable(caller, id);
        if (!job.hasFiles()) {
            throw DomainException.conflict("intake.job.filesDeleted");
        }
        Mapping mapping = mapping(job);
        if (!mapping.missing().isEmpty()) {
            throw DomainException.invalid(mapping.missing().stream()
                    .map(f -> FieldProblem.of(f.name(), "intake.mapping.required")).toList());
        }
        if (job.status().running() || job.status() == ImportJob.Status.COMMITTED) {
            throw DomainException.conflict("intake.job.notChangeable");
        }
        notBusy();
        if (!jobs.requestRun(id, job.status(), ImportJob.Status.VALIDATING, requester(caller))) {
            throw DomainException.conflict("intake.job.notChangeable");
        }
        startHere();
        return jobs.find(id).orElseThrow();
    }

    /** Refuses a new run when more jobs already wait, all instances together, than the queue and one instance's threads. */
    private void notBusy() {
        if (jobs.waiting() >= settings.queue() + settings.threads()) {
            throw DomainException.conflict("intake.job.busy");
        }
    }

    /** Claims the job asked now if this instance has a free thread; otherwise any instance's next poll will. */
    private void startHere() {
        try {
            runner.poll();
        } catch (RuntimeException e) {
            log.warn("Claiming import jobs failed; the next poll tries again", e);
        }
    }

    private String requester(Caller caller) {
        return json.writeValueAsString(ImportRunner.Requester.of(caller));
    }

    /**
     * Starts the commit in the background (any instance may run it): every valid row of the dry run, in one
     * transaction.
     */
    public ImportJob commit(Caller caller, long id) {
        ImportJob job = writable(caller, id);
        if (job.status() != ImportJob.Status.VALIDATED) {
            throw DomainException.conflict("intake.job.notValidated");
        }
        if (!job.hasFiles()) {
            throw DomainException.conflict("intake.job.filesDeleted");
        }
        if (job.validRows() == 0) {
            throw DomainException.conflict("intake.job.nothingValid");
        }
        notBusy();
        if (!jobs.requestRun(id, ImportJob.Status.VALIDATED, ImportJob.Status.COMMITTING, requester(caller))) {
            throw DomainException.conflict("intake.job.notChangeable");
        }
        startHere();
        return jobs.find(id).orElseThrow();
    }

    /** Asks a running dry run or commit to stop; a stopped commit leaves nothing in the registry. */
    public ImportJob cancel(Caller caller, long id) {
        writable(caller, id);
        if (!jobs.requestCancel(id)) {
            throw DomainException.conflict("intake.job.notRunning");
        }
        work.cancelCommit(id);
        return jobs.find(id).orElseThrow();
    }

    /**
     * Throws an import away: its uploaded file and problem list are deleted at once, rows staged by its dry run
     * dropped, and the job is kept as history ({@code DISCARDED}; a committed one stays committed).
     */
    public ImportJob discard(Caller caller, long id) {
        ImportJob job = writable(caller, id);
        if (!jobs.discarded(id)) {
            throw DomainException.conflict("intake.job.notChangeable");
        }
        bulk.discard(id);
        try {
            files.delete(id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(Audit.Action.UPDATE, "import", id, job.unitId(), "discarded; files deleted");
        return jobs.find(id).orElseThrow();
    }

    /** Answers a download request for the error report (the job checked before any byte is sent). */
    public void downloadProblems(Caller caller, long id, String format, Locale locale,
            HttpServletResponse response) throws IOException {
        boolean xlsx = Downloads.xlsx(format);
        ImportJob job = writable(caller, id);
        if (job.status() == ImportJob.Status.READY || job.status().running()) {
            throw DomainException.conflict("intake.job.notValidated");
        }
        if (!job.hasFiles()) {
            throw DomainException.conflict("intake.job.filesDeleted");
        }
        report.send(job, mapping(job), xlsx, locale, () -> Downloads.start(response, xlsx, "loi-nhap-" + id));
    }

    /**
     * Waits until the job's dry run or commit has ended, on whichever instance it runs (and, when it runs here,
     * until its last step is done); for tests and tools. False when it still runs at the deadline.
     */
    public boolean await(long id, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            boolean running = jobs.find(id).map(j -> j.status().running()).orElse(false) || runner.runs(id);
            if (!running) {
                return true;
            }
            if (System.nanoTime() - deadline >= 0 || Thread.currentThread().isInterrupted()) {
                return false;
            }
            LockSupport.parkNanos(AWAIT_POLL);
        }
    }

    /** How often {@link #await} looks at the job. */
    private static final long AWAIT_POLL = Duration.ofMillis(20).toNanos();

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The first rows of a file and what the reader learnt from them. */
    record Head(List<TableRow> rows, FileInfo info) {
    }

    static Head head(Path file) {
        try (TableReader reader = TableFiles.open(file)) {
            List<TableRow> rows = new ArrayList<>();
            TableRow row;
            while (rows.size() < HEAD_ROWS && (row = reader.next()) != null) {
                rows.add(row);
            }
            if (rows.isEmpty()) {
                throw new FileProblem("intake.file.empty");
            }
            return new Head(rows, reader.info());
        } catch (IOException e) {
            throw new FileProblem("intake.file.corrupt");
        }
    }
}
