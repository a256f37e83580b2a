package org.hoiso.safety;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.web.Created;
import org.hoiso.platform.web.DomainException;
import org.hoiso.safety.alerts.Warnings;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The safety module over HTTP, with the same rules as the pages: cases for case workers only (anyone else: 404, no
 * list), the check, the indicators for province and national officers, warnings, case-worker designations.
 */
@RestController
@RequestMapping("/api/v1/safety")
class SafetyApi {

    private final Cases cases;
    private final ScamIndicators indicators;
    private final Warnings warnings;
    private final CaseWorkers workers;

    SafetyApi(Cases cases, ScamIndicators indicators, Warnings warnings, CaseWorkers workers) {
        this.cases = cases;
        this.indicators = indicators;
        this.warnings = warnings;
        this.workers = workers;
    }

    /** A designation as the API takes it. */
    record Designation(String username, Long unitId, boolean supervising) {
    }

    /** How many members an approved warning was e-mailed to. */
    record Approved(int emailed) {
    }

    @GetMapping("/cases")
    List<CaseView.Summary> cases(@RequestParam(required = false) CaseStatus status,
            @RequestParam(required = false) CaseKind.Category category, @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(required = false) String code, Caller caller) {
        return cases.list(caller, new Cases.Filter(status, category, mine, code));
    }

    @GetMapping("/cases/{id}")
    CaseView caseOf(@PathVariable long id, Caller caller) {
        return cases.open(caller, id, true);
    }

    @GetMapping("/check")
    ScamIndicators.CheckResult check(@RequestParam String q, @RequestParam(required = false) String bin,
            HttpServletRequest request) {
        return indicators.check(q, bin, request.getRemoteAddr());
    }

    @GetMapping("/indicators")
    List<ScamIndicators.Row> indicators(@RequestParam(required = false) String q, Caller caller) {
        return indicators.list(caller, q);
    }

    @GetMapping("/warnings")
    List<Warnings.WarningView> warnings(@RequestParam long unitId, Caller caller) {
        return warnings.list(caller, unitId);
    }

    @PostMapping("/warnings")
    @ResponseStatus(HttpStatus.CREATED)
    Created write(@RequestBody Warnings.NewWarning w, Caller caller) {
        return new Created(warnings.create(caller, w));
    }

    @PostMapping("/warnings/{id}/approve")
    Approved approve(@PathVariable long id, Caller caller) {
        return new Approved(warnings.approve(caller, id));
    }

    @GetMapping("/case-workers")
    List<CaseWorkers.CaseWorker> caseWorkers(@RequestParam long unitId, Caller caller) {
        return workers.list(caller, unitId);
    }

    @PostMapping("/case-workers")
    @ResponseStatus(HttpStatus.CREATED)
    Created designate(@RequestBody Designation d, Caller caller) {
        if (d == null) {
            throw DomainException.badRequest("error.parameter");
        }
        return new Created(workers.designate(caller, d.username(), d.unitId(), d.supervising()));
    }
}
