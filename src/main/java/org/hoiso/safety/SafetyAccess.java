package org.hoiso.safety;

import java.util.List;
import java.util.Set;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.orgunit.OrgUnits;
import org.hoiso.platform.security.Caller;
import org.springframework.stereotype.Component;

/**
 * The module's questions about an officer's reach beyond her subtree: whether she works at province or national
 * level (who publishes warnings and verifies indicators), and whether she administers a unit from such a level (who
 * designates case workers, approves warnings and keeps the service directory).
 */
@Component
public class SafetyAccess {

    private static final Set<String> UPPER_LEVELS = Set.of("PROVINCE", "CENTRAL");

    private final OrgUnits units;

    SafetyAccess(OrgUnits units) {
        this.units = units;
    }

    /** An officer or administrator of a province or of the central union whose subtree holds the unit. */
    public boolean upperOfficerOver(Caller caller, long unitId) {
        return caller.assignments().stream().filter(a -> a.role().canWrite())
                .anyMatch(a -> upper(a.unitId()) && reaches(caller, a, unitId));
    }

    /** An officer or administrator of a province or of the central union, anywhere. */
    public boolean upperOfficer(Caller caller) {
        return caller.assignments().stream().anyMatch(a -> a.role().canWrite() && upper(a.unitId()));
    }

    /** An administrator of a province or of the central union whose subtree holds the unit. */
    public boolean upperAdminOver(Caller caller, long unitId) {
        return caller.assignments().stream().filter(a -> a.role() == Caller.Role.ADMIN)
                .anyMatch(a -> upper(a.unitId()) && reaches(caller, a, unitId));
    }

    /** An administrator of a province or of the central union, anywhere. */
    public boolean upperAdmin(Caller caller) {
        return caller.assignments().stream().anyMatch(a -> a.role() == Caller.Role.ADMIN && upper(a.unitId()));
    }

    /** An administrator whose subtree holds the unit, at any level. */
    public boolean adminOver(Caller caller, long unitId) {
        return caller.assignments().stream().filter(a -> a.role() == Caller.Role.ADMIN).anyMatch(a -> reaches(caller, a, unitId));
    }

    private boolean upper(long unitId) {
        return units.find(unitId).map(OrgUnit::levelCode).filter(UPPER_LEVELS::contains).isPresent();
    }

    /** Whether that one assignment of hers reaches the unit (her other assignments do not count). */
    private boolean reaches(Caller caller, Caller.Assignment a, long unitId) {
        Caller only = new Caller(caller.userId(), caller.username(), caller.displayName(), List.of(a));
        return units.canRead(only, unitId);
    }
}
