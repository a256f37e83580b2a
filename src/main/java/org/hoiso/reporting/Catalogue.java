package org.hoiso.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.hoiso.orgunit.OrgUnits;
import org.hoiso.platform.audit.Audit;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Indicators and forms: read by everyone who reports, changed only by a national administrator (the
 * forms are the same in every province, which is the point). Computed indicators are defined in code,
 * so an administrator adds manual ones and places existing ones on forms.
 */
@Service
@Transactional(readOnly = true)
public class Catalogue {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    private static final Set<String> OPS = Set.of("<=", "<", ">=", ">", "=");

    private final CatalogueRepository repo;
    private final OrgUnits units;
    private final Audit audit;

    Catalogue(CatalogueRepository repo, OrgUnits units, Audit audit) {
        this.repo = repo;
        this.units = units;
        this.audit = audit;
    }

    public record NewIndicator(String code, String nameVi, String nameEn, String descriptionVi, String descriptionEn,
            ValueType valueType, Aggregation aggregation, String dimensionCode, String unitVi, String unitEn) {
    }

    public record NewForm(String code, String nameVi, String nameEn, Periodicity periodicity, String levelCode,
            int deadlineDays, LocalDate firstPeriod) {
    }

    public record FormChange(String nameVi, String nameEn, int deadlineDays, boolean active) {
    }

    public record NewItem(String indicatorCode, String sectionVi, String sectionEn, boolean required) {
    }

    public record NewRule(String leftCode, String op, String rightCode, BigDecimal rightValue, String messageVi,
            String messageEn) {
    }

    public List<Form> forms() {
        return repo.forms();
    }

    public Form form(long id) {
        return repo.form(id).orElseThrow(() -> DomainException.notFound("report.form.notFound", id));
    }

    public Form form(String code) {
        return repo.form(code).orElseThrow(() -> DomainException.notFound("report.form.notFound", code));
    }

    public List<Indicator> indicators() {
        return repo.indicators();
    }

    public Indicator indicator(String code) {
        return repo.indicator(code).orElseThrow(() -> DomainException.notFound("report.indicator.notFound", code));
    }

    public Map<String, Dimension> dimensions() {
        return repo.dimensions();
    }

    /** The periodicities an indicator is reported at (one form each). */
    public List<Periodicity> periodicitiesOf(Indicator indicator) {
        return repo.periodicitiesOf(indicator.id());
    }

    /** Whether the caller may change forms and indicators: an administrator of a root of the tree. */
    public boolean canEdit(Caller caller) {
        return caller.assignments().stream().anyMatch(a -> a.role() == Caller.Role.ADMIN
                && units.find(a.unitId()).map(u -> u.parentId() == null).orElse(false));
    }

    @Transactional
    public Indicator createIndicator(Caller caller, NewIndicator s) {
        requireEditor(caller);
        List<FieldProblem> problems = new ArrayList<>();
        String code = s.code() == null ? "" : s.code().strip();
        if (!CODE.matcher(code).matches()) {
            problems.add(FieldProblem.of("code", "report.admin.code"));
        } else if (repo.indicatorCodeExists(code)) {
            problems.add(FieldProblem.of("code", "report.admin.codeTaken", code));
        }
        names(problems, s.nameVi(), s.nameEn());
        if (s.valueType() == null) {
            problems.add(FieldProblem.of("valueType", "report.admin.required"));
        }
        if (s.aggregation() == null) {
            problems.add(FieldProblem.of("aggregation", "report.admin.required"));
        } else if (s.valueType() != null && !s.valueType().numeric() && s.aggregation() != Aggregation.NONE) {
            problems.add(FieldProblem.of("aggregation", "report.admin.textNotAggregated"));
        } else if (s.valueType() == ValueType.BOOLEAN && s.aggregation() != Aggregation.SUM
                && s.aggregation() != Aggregation.NONE) {
            problems.add(FieldProblem.of("aggregation", "report.admin.yesNoSum"));
        }
        if (s.dimensionCode() != null && !s.dimensionCode().isBlank() && !repo.dimensions().containsKey(s.dimensionCode())) {
            problems.add(FieldProblem.of("dimensionCode", "report.admin.dimension", s.dimensionCode()));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        String dim = s.dimensionCode() == null || s.dimensionCode().isBlank() ? null : s.dimensionCode();
        long id = repo.insertIndicator(new NewIndicator(code, s.nameVi().strip(), s.nameEn().strip(), blank(s.descriptionVi()),
                blank(s.descriptionEn()), s.valueType(), s.aggregation(), dim, blank(s.unitVi()), blank(s.unitEn())));
        audit.record(Audit.Action.CREATE, "rpt_indicator", id, null, code);
        return indicator(code);
    }

    @Transactional
    public Form createForm(Caller caller, NewForm s) {
        requireEditor(caller);
        List<FieldProblem> problems = new ArrayList<>();
        String code = s.code() == null ? "" : s.code().strip();
        if (!CODE.matcher(code).matches()) {
            problems.add(FieldProblem.of("code", "report.admin.code"));
        } else if (repo.formCodeExists(code)) {
            problems.add(FieldProblem.of("code", "report.admin.codeTaken", code));
        }
        names(problems, s.nameVi(), s.nameEn());
        if (s.periodicity() == null) {
            problems.add(FieldProblem.of("periodicity", "report.admin.required"));
        }
        if (s.levelCode() == null || !repo.levelExists(s.levelCode())) {
            problems.add(FieldProblem.of("levelCode", "report.admin.level"));
        }
        if (s.deadlineDays() < 0 || s.deadlineDays() > 120) {
            problems.add(FieldProblem.of("deadlineDays", "report.admin.deadline"));
        }
        LocalDate first = s.firstPeriod();
        if (first == null) {
            problems.add(FieldProblem.of("firstPeriod", "report.admin.required"));
        } else if (s.periodicity() != null) {
            first = Period.containing(s.periodicity(), first).start();
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        long id = repo.insertForm(new NewForm(code, s.nameVi().strip(), s.nameEn().strip(), s.periodicity(), s.levelCode(),
                s.deadlineDays(), first));
        audit.record(Audit.Action.CREATE, "rpt_form", id, null, code);
        return form(id);
    }

    @Transactional
    public Form changeForm(Caller caller, long formId, FormChange c) {
        requireEditor(caller);
        form(formId);
        List<FieldProblem> problems = new ArrayList<>();
        names(problems, c.nameVi(), c.nameEn());
        if (c.deadlineDays() < 0 || c.deadlineDays() > 120) {
            problems.add(FieldProblem.of("deadlineDays", "report.admin.deadline"));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        repo.updateForm(formId, c.nameVi().strip(), c.nameEn().strip(), c.deadlineDays(), c.active());
        audit.record(Audit.Action.UPDATE, "rpt_form", formId, null, "deadlineDays=" + c.deadlineDays() + " active=" + c.active());
        return form(formId);
    }

    /** Puts an indicator on a form; an indicator is on one form per periodicity, so nothing is counted twice. */
    @Transactional
    public Form addItem(Caller caller, long formId, NewItem item) {
        requireEditor(caller);
        Form form = form(formId);
        Indicator ind = repo.indicator(item.indicatorCode() == null ? "" : item.indicatorCode().strip())
                .orElseThrow(() -> DomainException.invalid(List.of(FieldProblem.of("indicatorCode", "report.indicator.notFound",
                        item.indicatorCode()))));
        repo.formHolding(ind.id(), form.periodicity()).ifPresent(other -> {
            throw DomainException
                    .invalid(List.of(FieldProblem.of("indicatorCode", "report.admin.onOtherForm", ind.code(), other)));
        });
        repo.insertItem(formId, ind.id(), form.periodicity(), blank(item.sectionVi()), blank(item.sectionEn()), item.required());
        audit.record(Audit.Action.UPDATE, "rpt_form", formId, null, "add " + ind.code());
        return form(formId);
    }

    @Transactional
    public Form addRule(Caller caller, long formId, NewRule rule) {
        requireEditor(caller);
        Form form = form(formId);
        List<FieldProblem> problems = new ArrayList<>();
        if (form.item(rule.leftCode()).filter(i -> i.indicator().valueType().numeric()).isEmpty()) {
            problems.add(FieldProblem.of("leftCode", "report.admin.ruleField", rule.leftCode()));
        }
        if (!OPS.contains(rule.op())) {
            problems.add(FieldProblem.of("op", "report.admin.ruleOp"));
        }
        boolean hasRight = rule.rightCode() != null && !rule.rightCode().isBlank();
        if (hasRight == (rule.rightValue() != null)) {
            problems.add(FieldProblem.of("rightCode", "report.admin.ruleRight"));
        } else if (hasRight && form.item(rule.rightCode()).filter(i -> i.indicator().valueType().numeric()).isEmpty()) {
            problems.add(FieldProblem.of("rightCode", "report.admin.ruleField", rule.rightCode()));
        }
        names(problems, rule.messageVi(), rule.messageEn());
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        repo.insertRule(formId, rule.leftCode(), rule.op(), hasRight ? rule.rightCode() : null, rule.rightValue(),
                rule.messageVi().strip(), rule.messageEn().strip());
        audit.record(Audit.Action.UPDATE, "rpt_form", formId, null, "rule " + rule.leftCode() + " " + rule.op());
        return form(formId);
    }

    private void requireEditor(Caller caller) {
        if (!canEdit(caller)) {
            throw DomainException.forbidden("report.admin.forbidden");
        }
    }

    private static void names(List<FieldProblem> problems, String vi, String en) {
        if (vi == null || vi.isBlank() || vi.length() > 300) {
            problems.add(FieldProblem.of("nameVi", "report.admin.name"));
        }
        if (en == null || en.isBlank() || en.length() > 300) {
            problems.add(FieldProblem.of("nameEn", "report.admin.name"));
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
