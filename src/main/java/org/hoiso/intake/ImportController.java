package org.hoiso.intake;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.hoiso.member.MemberQuery;
import org.hoiso.member.MemberStatus;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.orgunit.OrgUnits;
import org.hoiso.orgunit.UnitPicker;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.web.DateInput;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.FieldProblem;
import org.hoiso.platform.web.Messages;
import org.hoiso.platform.web.Outcome;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/** Pages of imports (upload, mapping, preview, progress, history) and the member list export. */
@Controller
class ImportController {

    private final Imports imports;
    private final MemberExport export;
    private final OrgUnits units;
    private final UnitPicker picker;
    private final Messages messages;
    private final JsonMapper json;

    ImportController(Imports imports, MemberExport export, OrgUnits units, UnitPicker picker, Messages messages,
            JsonMapper json) {
        this.json = json;
        this.imports = imports;
        this.export = export;
        this.units = units;
        this.picker = picker;
        this.messages = messages;
    }

    @GetMapping("/imports")
    String history(@RequestParam(required = false) Long unitId, Model model, Caller caller) {
        model.addAttribute("jobs", imports.history(caller, unitId, 100));
        List<OrgUnit> targets = units.roots(caller).stream().filter(u -> units.canWrite(caller, u.id())).toList();
        if (unitId != null && targets.stream().noneMatch(u -> u.id() == unitId) && units.canWrite(caller, unitId)) {
            targets = Stream.concat(Stream.of(units.get(unitId)), targets.stream()).toList();
        }
        model.addAttribute("targets", targets);
        OrgUnit first = targets.stream().filter(u -> unitId != null && u.id() == unitId).findFirst()
                .orElse(targets.isEmpty() ? null : targets.get(0));
        model.addAttribute("target", first == null ? null : picker.choice(first));
        return "intake/imports";
    }

    @PostMapping("/imports")
    String upload(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String unit,
            @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean updateExisting,
            @RequestParam(defaultValue = "false") boolean createBranches, HttpServletRequest request,
            RedirectAttributes redirect, Caller caller) throws IOException {
        try {
            // the unit ticked in the picker (checked by the import itself), else the name or code typed
            long target = unitId != null ? unitId : picker.resolve(caller, UnitPicker.Pick.writable(), "unitId", null, unit).id();
            ImportJob job = imports.upload(caller, target, file.getOriginalFilename(), file.getInputStream(),
                    updateExisting, createBranches, request.getRemoteAddr());
            return "redirect:/imports/" + job.id();
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.FORBIDDEN && e.kind() != DomainException.Kind.NOT_FOUND) {
                String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
                Outcome.error(redirect, name + ": " + messages.get(e.code(), e.args()));
                return unitId == null ? "redirect:/imports" : "redirect:/imports?unitId=" + unitId;
            }
            throw e;
        }
    }

    @GetMapping("/imports/{id}")
    String job(@PathVariable long id, Model model, Caller caller) {
        ImportJob job = imports.get(caller, id);
        model.addAttribute("job", job);
        model.addAttribute("info", imports.fileInfo(job));
        model.addAttribute("mapping", imports.mapping(job));
        model.addAttribute("fields", ImportField.values());
        boolean canWrite = units.canWrite(caller, job.unitId());
        model.addAttribute("canWrite", canWrite);
        if (job.errorCode() != null) {
            Outcome.error(model, messages.get(job.errorCode(), ImportApi.errorArgs(job, json)));
        }
        if (canWrite && !job.status().running() && job.hasFiles()) {
            try {
                model.addAttribute("preview", imports.preview(caller, id));
            } catch (DomainException e) {
                if (e.kind() == DomainException.Kind.FORBIDDEN || e.kind() == DomainException.Kind.NOT_FOUND) {
                    throw e;
                }
                Outcome.errors(model, texts(e));
            }
        }
        model.addAttribute("notices", imports.notices(job));
        model.addAttribute("newBranches", imports.newBranches(job));
        return "intake/job";
    }

    /** The progress part of the job page; polled while the job runs, and a full reload once it stops. */
    @GetMapping("/imports/{id}/progress")
    String progress(@PathVariable long id, Model model, HttpServletResponse response, Caller caller) {
        ImportJob job = imports.get(caller, id);
        if (!job.status().running()) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("job", job);
        return "intake/job :: progress";
    }

    @PostMapping("/imports/{id}/mapping")
    String remap(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect, Caller caller) {
        Map<ImportField, Integer> columns = new EnumMap<>(ImportField.class);
        for (ImportField f : ImportField.values()) {
            String v = form.get("col_" + f.name());
            if (v != null && !v.isBlank()) {
                try {
                    columns.put(f, Integer.parseInt(v.strip()));
                } catch (NumberFormatException e) {
                    throw DomainException.badRequest("error.parameter");
                }
            }
        }
        long headerRow;
        try {
            headerRow = Long.parseLong(form.getOrDefault("headerRow", "1").strip());
        } catch (NumberFormatException e) {
            throw DomainException.badRequest("intake.mapping.headerRow.invalid");
        }
        return onJobPage(id, redirect, () -> {
            LocalDate joined = "date".equals(form.get("joined")) ? joinedDate(form.get("joinedOn")) : null;
            imports.remap(caller, id, new Mapping(headerRow, columns), "true".equals(form.get("updateExisting")),
                    "true".equals(form.get("createBranches")), joined);
        });
    }

    @PostMapping("/imports/{id}/validate")
    String validate(@PathVariable long id, RedirectAttributes redirect, Caller caller) {
        return onJobPage(id, redirect, () -> imports.validate(caller, id));
    }

    @PostMapping("/imports/{id}/commit")
    String commit(@PathVariable long id, RedirectAttributes redirect, Caller caller) {
        return onJobPage(id, redirect, () -> imports.commit(caller, id));
    }

    @PostMapping("/imports/{id}/cancel")
    String cancel(@PathVariable long id, RedirectAttributes redirect, Caller caller) {
        return onJobPage(id, redirect, () -> imports.cancel(caller, id));
    }

    @PostMapping("/imports/{id}/discard")
    String discard(@PathVariable long id, RedirectAttributes redirect, Caller caller) {
        return onJobPage(id, redirect, () -> {
            imports.discard(caller, id);
            Outcome.notice(redirect, messages.get("intake.job.discardedNotice"));
        });
    }

    /**
     * Runs a step and returns to the job's page; a refusal (columns still to map, a job that is not ready) is
     * shown there, above the job, rather than on an error page. A job the officer may not see stays a 404.
     */
    private String onJobPage(long id, RedirectAttributes redirect, Runnable step) {
        try {
            step.run();
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.FORBIDDEN || e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            Outcome.errors(redirect, texts(e));
        }
        return "redirect:/imports/" + id;
    }

    /** The refusal's messages, each field problem after the name of its column ("Họ và tên: …"). */
    private List<String> texts(DomainException e) {
        if (e.fieldProblems().isEmpty()) {
            return List.of(messages.get(e.code(), e.args()));
        }
        return e.fieldProblems().stream().map(p -> {
            String label = p.field().equals("joinedDefault")
                    ? messages.get("intake.joined.label")
                    : Arrays.stream(ImportField.values()).anyMatch(f -> f.name().equals(p.field()))
                            ? messages.get("intake.field." + p.field())
                            : null;
            return label == null ? messages.get(p) : label + ": " + messages.get(p);
        }).toList();
    }

    private static LocalDate joinedDate(String text) {
        try {
            return DateInput.parse(text).orElseThrow(
                    () -> DomainException.invalid(List.of(FieldProblem.of("joinedDefault", "intake.joined.required"))));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid(List.of(FieldProblem.of("joinedDefault", "error.field.date")));
        }
    }

    @GetMapping("/imports/{id}/problems")
    void problems(@PathVariable long id, @RequestParam(defaultValue = "xlsx") String format, Locale locale,
            HttpServletResponse response, Caller caller) throws IOException {
        imports.downloadProblems(caller, id, format, locale, response);
    }

    @GetMapping("/members/export")
    void exportMembers(@RequestParam(defaultValue = "xlsx") String format, @RequestParam(required = false) String q,
            @RequestParam(required = false) Long unitId, @RequestParam(required = false) MemberStatus status,
            @RequestParam(required = false) Boolean hasSmartphone, @RequestParam(required = false) Integer vneidLevel,
            @RequestParam(required = false) Boolean hasEwallet, HttpServletResponse response,
            Caller caller) throws IOException {
        export.download(caller, new MemberQuery(q, unitId, status, hasSmartphone, vneidLevel, hasEwallet, null, null, null),
                format, response);
    }
}
