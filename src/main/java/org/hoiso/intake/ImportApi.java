package org.hoiso.intake;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hoiso.member.MemberQuery;
import org.hoiso.member.MemberStatus;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.web.DateInput;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.FieldProblem;
import org.hoiso.platform.web.Messages;
import org.hoiso.tables.FileInfo;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.json.JsonMapper;

/** JSON API of bulk imports and exports; every call is bounded by the caller's subtrees. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Imports and exports", description = "Member lists in and out as CSV or XLSX: mapping, dry run, atomic commit, progress")
class ImportApi {

    private final Imports imports;
    private final MemberExport export;
    private final Messages messages;
    private final JsonMapper json;

    ImportApi(Imports imports, MemberExport export, Messages messages, JsonMapper json) {
        this.imports = imports;
        this.export = export;
        this.messages = messages;
        this.json = json;
    }

    /**
     * An import job as the API shows it. {@code joinedOn} is what rows without a joining date get: a date, or
     * null for "existing members, date unknown"; {@code notices} are what the dry run noticed (a footer
     * skipped), in the request's language; {@code filesDeletedAt} when the uploaded file was deleted.
     */
    record JobView(long id, long unitId, String unitName, String fileName, long fileSize, ImportJob.Status status,
            float progress, long rowsRead, long validRows, long invalidRows, long updateRows, Long inserted,
            Long updated, Long skipped, boolean updateExisting, boolean createBranches, Mapping mapping,
            FileInfo file, List<String> newBranches, String error, String createdBy, OffsetDateTime createdAt,
            OffsetDateTime validatedAt, OffsetDateTime committedAt, LocalDate joinedOn, List<String> notices,
            OffsetDateTime filesDeletedAt) {
    }

    JobView view(ImportJob j) {
        String error = j.errorCode() == null ? null : messages.get(j.errorCode(), errorArgs(j, json));
        List<String> notices = imports.notices(j).stream().map(n -> messages.get(n.code(), n.args().toArray())).toList();
        return new JobView(j.id(), j.unitId(), j.unitName(), j.fileName(), j.fileSize(), j.status(), j.progress(), j.rowsRead(),
                j.validRows(), j.invalidRows(), j.updateRows(), j.inserted(), j.updated(), j.skipped(), j.updateExisting(),
                j.createBranches(), imports.mapping(j), imports.fileInfo(j), imports.newBranches(j), error, j.createdBy(),
                j.createdAt(), j.validatedAt(), j.committedAt(), j.joinedDefault(), notices, j.filesDeletedAt());
    }

    @PostMapping(path = "/imports", consumes = "multipart/form-data")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Upload a member list (CSV or XLSX) for a unit; the mapping is proposed. With validate=true the dry run starts at once")
    JobView upload(@RequestParam long unitId, @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean updateExisting,
            @RequestParam(defaultValue = "false") boolean createBranches,
            @RequestParam(defaultValue = "false") boolean validate, @RequestParam(required = false) String joinedOn,
            HttpServletRequest request, Caller caller) throws IOException {
        ImportJob job = imports.upload(caller, unitId, file.getOriginalFilename(), file.getInputStream(), updateExisting,
                createBranches, request.getRemoteAddr());
        if (joinedOn != null) {
            job = imports.remap(caller, job.id(), imports.mapping(job), updateExisting, createBranches, joinedDefault(joinedOn));
        }
        if (validate) {
            job = imports.validate(caller, job.id());
        }
        return view(job);
    }

    @GetMapping("/imports")
    @Operation(summary = "Import history of a unit's subtree (the caller's own unit when none is given), newest first")
    List<JobView> history(@RequestParam(required = false) Long unitId, @RequestParam(defaultValue = "50") int limit,
            Caller caller) {
        return imports.history(caller, unitId, limit).stream().map(this::view).toList();
    }

    @GetMapping("/imports/{id}")
    @Operation(summary = "An import: status, progress (0–1), counts, mapping, how the file was read")
    JobView get(@PathVariable long id, Caller caller) {
        return view(imports.get(caller, id));
    }

    @GetMapping("/imports/{id}/preview")
    @Operation(summary = "The first rows as they would be stored, with their problems, units and conversions")
    Imports.Preview preview(@PathVariable long id, Caller caller) {
        return imports.preview(caller, id);
    }

    /**
     * A change of the mapping or the options; a field left out keeps its value. {@code joinedOn}: the joining
     * date (yyyy-MM-dd) of rows without one, or "unknown" for existing members whose date is not known.
     */
    record MappingRequest(Long headerRow, Map<ImportField, Integer> columns, Boolean updateExisting, Boolean createBranches,
            String joinedOn) {
    }

    @PutMapping("/imports/{id}/mapping")
    @Operation(summary = "Correct the header row, the columns (0-based), the options or the joining date of rows without one (\"unknown\": existing members); forgets an earlier dry run")
    JobView remap(@PathVariable long id, @RequestBody MappingRequest r, Caller caller) {
        ImportJob job = imports.get(caller, id);
        Mapping current = imports.mapping(job);
        Mapping m = new Mapping(r.headerRow() == null ? current.headerRow() : r.headerRow(),
                r.columns() == null ? current.columns() : r.columns());
        return view(imports.remap(caller, id, m, r.updateExisting() == null ? job.updateExisting() : r.updateExisting(),
                r.createBranches() == null ? job.createBranches() : r.createBranches(),
                r.joinedOn() == null ? job.joinedDefault() : joinedDefault(r.joinedOn())));
    }

    @PostMapping("/imports/{id}/discard")
    @Operation(summary = "Throw an import away: its uploaded file and problem list are deleted at once, the job kept as history")
    JobView discard(@PathVariable long id, Caller caller) {
        return view(imports.discard(caller, id));
    }

    /** "unknown" (null: existing members, date unknown) or a date. */
    private static LocalDate joinedDefault(String text) {
        if (text.isBlank() || text.strip().equalsIgnoreCase("unknown")) {
            return null;
        }
        try {
            return DateInput.parse(text).orElseThrow();
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid(List.of(FieldProblem.of("joinedOn", "error.field.date")));
        }
    }

    @PostMapping("/imports/{id}/validate")
    @Operation(summary = "Start the dry run: every row checked, nothing stored in the registry")
    JobView validate(@PathVariable long id, Caller caller) {
        return view(imports.validate(caller, id));
    }

    @PostMapping("/imports/{id}/commit")
    @Operation(summary = "Commit the valid rows of the dry run, all in one transaction")
    JobView commit(@PathVariable long id, Caller caller) {
        return view(imports.commit(caller, id));
    }

    @PostMapping("/imports/{id}/cancel")
    @Operation(summary = "Stop a running dry run or commit; a stopped commit leaves the registry as it was")
    JobView cancel(@PathVariable long id, Caller caller) {
        return view(imports.cancel(caller, id));
    }

    @GetMapping("/imports/{id}/problems")
    @Operation(summary = "The rows with problems as the file had them, plus a column with the reason (CSV or XLSX, in the request's language)")
    void problems(@PathVariable long id, @RequestParam(defaultValue = "csv") String format, Locale locale,
            HttpServletResponse response, Caller caller) throws IOException {
        imports.downloadProblems(caller, id, format, locale, response);
    }

    @GetMapping("/exports/members")
    @Operation(summary = "Export the members of a unit's subtree with the search filters, as CSV or XLSX (streaming; audited; CCCD masked unless the caller may change the subtree)")
    void exportMembers(@RequestParam(defaultValue = "csv") String format, @RequestParam(required = false) String q,
            @RequestParam(required = false) Long unitId, @RequestParam(required = false) MemberStatus status,
            @RequestParam(required = false) Boolean hasSmartphone, @RequestParam(required = false) Integer vneidLevel,
            @RequestParam(required = false) Boolean hasEwallet, @RequestParam(required = false) Integer minDigitalSkill,
            HttpServletResponse response, Caller caller) throws IOException {
        export.download(caller,
                new MemberQuery(q, unitId, status, hasSmartphone, vneidLevel, hasEwallet, minDigitalSkill, null, null), format,
                response);
    }

    /** The error message of a failed job, with its arguments (a JSON array of strings written by ImportWork). */
    static Object[] errorArgs(ImportJob j, JsonMapper json) {
        return j.errorArgs() == null ? new Object[0] : json.readValue(j.errorArgs(), String[].class);
    }
}
