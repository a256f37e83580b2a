package org.hoiso.intake;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hoiso.member.Ethnicity;
import org.hoiso.member.MemberRegistry;
import org.hoiso.orgunit.OldCommunes;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.orgunit.OrgUnits;
import org.hoiso.orgunit.Subtree;
import org.hoiso.platform.security.Caller;
import org.springframework.stereotype.Component;

/** What the preview and the dry run both need to check rows: the units of the subtree and the ethnic groups. */
@Component
class ImportSupport {

    private final OrgUnits units;
    private final OldCommunes oldCommunes;
    private final MemberRegistry registry;

    ImportSupport(OrgUnits units, OldCommunes oldCommunes, MemberRegistry registry) {
        this.units = units;
        this.oldCommunes = oldCommunes;
        this.registry = registry;
    }

    /** Units the caller may import into: the job's unit and its subtree (checked again on every use). */
    UnitResolver resolver(Caller caller, ImportJob job, OrgUnit target) {
        Subtree subtree = units.writable(caller, job.unitId());
        return new UnitResolver(target, units.openUnitsIn(subtree), oldCommunes, job.createBranches());
    }

    /** Today in Viet Nam, on the application's clock (the registry's). */
    LocalDate today() {
        return registry.today();
    }

    /** The 54 groups: code → Vietnamese name. */
    Map<String, String> ethnicities() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Ethnicity e : registry.ethnicities()) {
            out.put(e.code(), e.nameVi());
        }
        return out;
    }
}
