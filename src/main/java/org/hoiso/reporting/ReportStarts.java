package org.hoiso.reporting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.orgunit.OrgUnits;
import org.hoiso.orgunit.Subtree;
import org.hoiso.platform.audit.Audit;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The day a unit starts reporting in hoiso (ngày bắt đầu báo cáo): a unit owes the periods that end on or
 * after it, so a commune that starts in December is not shown eleven months "overdue". Set by the level
 * above (who approves the unit's reports) for every form or for one; a date on a unit holds for the units
 * below it that have none of their own. Without one, a form is owed from its first period.
 */
@Service
@Transactional(readOnly = true)
public class ReportStarts {

    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    /** A start date as set: the unit, the form (null: every form), the day, who set it and when. */
    public record Start(long unitId, String unitCode, String unitName, Form form, LocalDate startsOn, String setBy,
            OffsetDateTime setAt) {
    }

    private final StartRepository repo;
    private final Catalogue catalogue;
    private final OrgUnits units;
    private final Reports lifecycle;
    private final Audit audit;

    ReportStarts(StartRepository repo, Catalogue catalogue, OrgUnits units, Reports lifecycle, Audit audit) {
        this.repo = repo;
        this.catalogue = catalogue;
        this.units = units;
        this.lifecycle = lifecycle;
        this.audit = audit;
    }

    /** The dates set on a unit the caller may read and on the units below it. */
    public List<Start> inSubtree(Caller caller, long unitId) {
        Subtree s = units.readable(caller, unitId);
        return repo.inSubtree(s.path()).stream()
                .map(r -> new Start(r.unitId(), r.unitCode(), r.unitName(),
                        r.formId() == null ? null : catalogue.form(r.formId()),
                        r.startsOn(), r.setBy(), r.setAt()))
                .toList();
    }

    /** Sets (or, with no date, removes) the day a unit starts reporting a form, or every form when formId is null. */
    @Transactional
    public void set(Caller caller, long unitId, Long formId, LocalDate startsOn) {
        OrgUnit unit = units.get(unitId);
        units.readable(caller, unitId);
        if (!lifecycle.canApprove(caller, unit)) {
            throw DomainException.forbidden("report.start.notAbove", unit.name());
        }
        Form form = formId == null ? null : catalogue.form(formId);
        if (startsOn == null) {
            if (repo.remove(unitId, formId)) {
                audit.record(Audit.Action.UPDATE, "rpt_start", null, unitId,
                        "start removed " + (form == null ? "*" : form.code()));
            }
            return;
        }
        if (startsOn.isBefore(EARLIEST) || startsOn.isAfter(LATEST)) {
            throw DomainException.invalid(List.of(FieldProblem.of("startsOn", "report.start.range")));
        }
        repo.set(unitId, formId, startsOn, caller.username());
        audit.record(Audit.Action.UPDATE, "rpt_start", null, unitId,
                "start " + (form == null ? "*" : form.code()) + " " + startsOn);
    }

    /** Each unit's start for the form (units without one are absent): what Worklist needs, no access check. */
    Map<Long, LocalDate> startsOn(long formId, Collection<Long> unitIds) {
        return repo.startsOn(formId, unitIds);
    }

    /** Whether the unit owes the form's report of the period: the period ends on or after its start. */
    static boolean owes(LocalDate start, Period period) {
        return start == null || !period.end().isBefore(start);
    }
}
