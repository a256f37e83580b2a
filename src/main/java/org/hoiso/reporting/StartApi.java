package org.hoiso.reporting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.orgunit.OrgUnits;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.FieldProblem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The days units start reporting, by unit code: read in a subtree, set by the level above. */
@RestController
@RequestMapping("/api/v1/reporting")
@Tag(name = "Reporting", description = "Indicators, forms, reports, approval, aggregates, completeness")
class StartApi {

    private final ReportStarts starts;
    private final Catalogue catalogue;
    private final OrgUnits units;

    StartApi(ReportStarts starts, Catalogue catalogue, OrgUnits units) {
        this.starts = starts;
        this.catalogue = catalogue;
        this.units = units;
    }

    /** A unit's start: for every form ({@code form} null) or one; {@code startsOn} null when it was just removed. */
    record StartView(String unit, String unitName, String form, LocalDate startsOn, String setBy, OffsetDateTime setAt) {
    }

    /** Sets a unit's start for every form (no {@code form}) or one; no {@code startsOn} removes it. */
    record StartInput(String unit, String form, LocalDate startsOn) {
    }

    @GetMapping("/starts")
    @Operation(summary = "The reporting start dates set on a unit (by code) and the units below it")
    List<StartView> list(@RequestParam String unit, Caller caller) {
        return starts.inSubtree(caller, unit(unit).id()).stream().map(s -> new StartView(s.unitCode(), s.unitName(),
                s.form() == null ? null : s.form().code(), s.startsOn(), s.setBy(), s.setAt())).toList();
    }

    @PutMapping("/starts")
    @Operation(summary = "Set (or, without startsOn, remove) the day a unit starts reporting, for one form or all (the level above)")
    StartView set(@RequestBody StartInput in, Caller caller) {
        OrgUnit u = unit(in.unit());
        Form form = in.form() == null || in.form().isBlank() ? null : catalogue.form(in.form().strip());
        starts.set(caller, u.id(), form == null ? null : form.id(), in.startsOn());
        return starts.inSubtree(caller, u.id()).stream()
                .filter(s -> s.unitId() == u.id()
                        && (form == null ? s.form() == null : s.form() != null && s.form().id() == form.id()))
                .findFirst()
                .map(s -> new StartView(s.unitCode(), s.unitName(), form == null ? null : form.code(), s.startsOn(), s.setBy(),
                        s.setAt()))
                .orElseGet(() -> new StartView(u.code(), u.name(), form == null ? null : form.code(), null, null, null));
    }

    private OrgUnit unit(String code) {
        if (code == null || code.isBlank()) {
            throw DomainException.invalid(List.of(FieldProblem.of("unit", "unit.notFound", "")));
        }
        return units.findOpenByCode(code.strip()).orElseThrow(() -> DomainException.notFound("unit.notFound", code));
    }
}
