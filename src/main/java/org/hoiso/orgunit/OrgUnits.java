package org.hoiso.orgunit;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.web.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation tree's public face for other modules: finding units and, above all, turning a
 * caller's role assignments into the {@link Subtree}s she may read or change.
 */
@Service
@Transactional(readOnly = true)
public class OrgUnits {

    private final OrgUnitRepository units;

    OrgUnits(OrgUnitRepository units) {
        this.units = units;
    }

    public Optional<OrgUnit> find(long id) {
        return units.find(id);
    }

    public OrgUnit get(long id) {
        return units.find(id).orElseThrow(() -> DomainException.notFound("unit.notFound", id));
    }

    public Optional<OrgUnit> findOpenByCode(String code) {
        return units.findOpenByCode(code);
    }

    public List<OrgUnit> findAll(List<Long> ids) {
        return units.findAll(ids);
    }

    /** The unit's subtree if the caller may read it; 403 otherwise, 404 if the unit does not exist. */
    public Subtree readable(Caller caller, long unitId) {
        return within(unitId, caller.readableUnits());
    }

    /** The unit's subtree if the caller may change it (officer or admin above it). */
    public Subtree writable(Caller caller, long unitId) {
        return within(unitId, caller.writableUnits());
    }

    /** The subtree the caller sees when she names no unit: that of her first assignment. */
    public Subtree home(Caller caller) {
        List<Long> mine = caller.readableUnits();
        if (mine.isEmpty()) {
            throw DomainException.forbidden("error.noAssignment");
        }
        return readable(caller, mine.get(0));
    }

    /** The caller's assigned units (the roots of what she may see). */
    public List<OrgUnit> roots(Caller caller) {
        return units.findAll(caller.readableUnits());
    }

    /** Open children of a unit (the caller must be allowed to read the unit). */
    public List<UnitNode> openChildren(Caller caller, long unitId) {
        readable(caller, unitId);
        return units.children(unitId, false);
    }

    /** Every open unit of a subtree the caller was allowed, the subtree's own unit first (for bulk imports). */
    public List<OrgUnit> openUnitsIn(Subtree subtree) {
        return units.openIn(subtree.path());
    }

    /** Units of a level in a subtree the caller was allowed, that existed at some time in [from, to]. */
    public List<OrgUnit> unitsAtLevel(Subtree subtree, String level, LocalDate from, LocalDate to) {
        return units.atLevelIn(subtree.path(), level, from, to);
    }

    /** The unit that carried an official code on a date: "93" in 2024 is the old Hậu Giang, closed in 2025. */
    public Optional<OrgUnit> findByCodeOn(String code, LocalDate date) {
        return units.findByCodeOn(code, date);
    }

    /** The parent of a unit, if any. */
    public Optional<OrgUnit> parent(OrgUnit unit) {
        return unit.parentId() == null ? Optional.empty() : units.find(unit.parentId());
    }

    /** Whether the caller may change things in the unit (without throwing). */
    public boolean canWrite(Caller caller, long unitId) {
        return units.pathWithin(unitId, caller.writableUnits()).isPresent();
    }

    public boolean canRead(Caller caller, long unitId) {
        return units.pathWithin(unitId, caller.readableUnits()).isPresent();
    }

    /**
     * Whether the caller administers a root of the tree (the central union): content every member reads, such
     * as lessons, is changed by her alone.
     */
    public boolean isNationalAdmin(Caller caller) {
        return caller.assignments().stream().anyMatch(a -> a.role() == Caller.Role.ADMIN
                && units.find(a.unitId()).map(u -> u.parentId() == null).orElse(false));
    }

    private Subtree within(long unitId, List<Long> scope) {
        Optional<String> path = units.pathWithin(unitId, scope);
        if (path.isPresent()) {
            return new Subtree(unitId, path.get());
        }
        if (units.find(unitId).isEmpty()) {
            throw DomainException.notFound("unit.notFound", unitId);
        }
        throw DomainException.forbidden("unit.outOfScope");
    }
}
