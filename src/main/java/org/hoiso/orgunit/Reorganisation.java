package org.hoiso.orgunit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hoiso.platform.audit.Audit;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.text.VietnameseText;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the tree, each recorded as a dated lineage event. Units are closed (valid_to), never
 * deleted, and members stay attached to the unit they belong to:
 * <ul>
 * <li>merge: a new unit is created; the predecessors are closed the day before and placed under it,
 *     together with their open children, so their members count in the successor's subtree;</li>
 * <li>split: the unit is closed; new units are created beside it; its open children go to the successors
 *     the officer names (members directly on the closed unit stay there until transferred);</li>
 * <li>rename keeps the unit and records the old and new name; move changes the parent.</li>
 * </ul>
 */
@Service
@Transactional
public class Reorganisation {

    private final OrgUnitRepository units;
    private final OrgUnits access;
    private final Audit audit;

    Reorganisation(OrgUnitRepository units, OrgUnits access, Audit audit) {
        this.units = units;
        this.access = access;
        this.audit = audit;
    }

    public record NewUnit(String code, String name, String levelCode, String adminCode) {
    }

    public OrgUnit create(Caller caller, long parentId, NewUnit spec, LocalDate validFrom) {
        access.writable(caller, parentId);
        OrgUnit parent = openUnit(parentId);
        NewUnit clean = validate(spec, parent, "");
        long id = units.insert(clean.code(), clean.name(), clean.levelCode(), parentId, clean.adminCode(), validFrom);
        long event = units.insertEvent("CREATE", validFrom, null, caller.username());
        units.insertLink(event, null, id, null, clean.name(), null, parentId);
        audit.record(Audit.Action.CREATE, "unit", id, id, clean.name());
        return units.find(id).orElseThrow();
    }

    public OrgUnit rename(Caller caller, long unitId, String newName, LocalDate date, String note) {
        access.writable(caller, unitId);
        OrgUnit unit = openUnit(unitId);
        String name = VietnameseText.clean(newName);
        if (name == null || name.isEmpty() || name.length() > 300) {
            throw DomainException.invalid(List.of(FieldProblem.of("name", "unit.name.invalid")));
        }
        units.rename(unitId, name);
        long event = units.insertEvent("RENAME", date, VietnameseText.cleanOrNull(note), caller.username());
        units.insertLink(event, unitId, unitId, unit.name(), name, null, null);
        audit.record(Audit.Action.RENAME, "unit", unitId, unitId, unit.name() + " → " + name);
        return units.find(unitId).orElseThrow();
    }

    public OrgUnit move(Caller caller, long unitId, long newParentId, LocalDate date, String note) {
        access.writable(caller, unitId);
        access.writable(caller, newParentId);
        OrgUnit unit = openUnit(unitId);
        OrgUnit parent = openUnit(newParentId);
        if (unit.parentId() == null) {
            throw DomainException.badRequest("unit.move.root");
        }
        if (parent.path().equals(unit.path()) || parent.path().startsWith(unit.path() + ".")) {
            throw DomainException.invalid(List.of(FieldProblem.of("parentId", "unit.move.cycle")));
        }
        requireLevelUnder(unit.levelCode(), parent, "parentId");
        long oldParent = unit.parentId();
        units.setParent(unitId, newParentId);
        long event = units.insertEvent("MOVE", date, VietnameseText.cleanOrNull(note), caller.username());
        units.insertLink(event, unitId, unitId, null, null, oldParent, newParentId);
        audit.record(Audit.Action.MOVE, "unit", unitId, unitId, oldParent + " → " + newParentId);
        return units.find(unitId).orElseThrow();
    }

    /** Merges the sources into one new unit, created under the first source's parent. */
    public OrgUnit merge(Caller caller, List<Long> sourceIds, NewUnit successor, LocalDate date, String note) {
        Set<Long> ids = new LinkedHashSet<>(sourceIds);
        if (ids.size() < 2) {
            throw DomainException.invalid(List.of(FieldProblem.of("sourceIds", "unit.merge.tooFew")));
        }
        List<OrgUnit> sources = new ArrayList<>();
        for (long id : ids) {
            access.writable(caller, id);
            sources.add(openUnit(id));
        }
        OrgUnit first = sources.get(0);
        if (first.parentId() == null) {
            throw DomainException.badRequest("unit.move.root");
        }
        access.writable(caller, first.parentId());
        for (OrgUnit s : sources) {
            requireValidFromBefore(s, date);
            if (!s.levelCode().equals(first.levelCode())) {
                throw DomainException.invalid(List.of(FieldProblem.of("sourceIds", "unit.merge.levels")));
            }
        }
        OrgUnit parent = openUnit(first.parentId());
        // The successor may inherit a predecessor's code: close the predecessors first.
        for (OrgUnit s : sources) {
            units.close(s.id(), date.minusDays(1));
        }
        NewUnit clean = validate(successor, parent, "successor.");
        long newId = units.insert(clean.code(), clean.name(), clean.levelCode(), parent.id(), clean.adminCode(), date);
        long event = units.insertEvent("MERGE", date, VietnameseText.cleanOrNull(note), caller.username());
        for (OrgUnit s : sources) {
            for (UnitNode child : units.children(s.id(), false)) {
                units.setParent(child.id(), newId);
            }
            units.setParent(s.id(), newId);
            units.insertLink(event, s.id(), newId, s.name(), clean.name(), s.parentId(), newId);
            audit.record(Audit.Action.MERGE, "unit", s.id(), s.id(), s.name() + " → " + clean.name());
        }
        return units.find(newId).orElseThrow();
    }

    public record SplitPart(NewUnit unit, List<Long> childIds) {
    }

    /** Splits the unit into several new units beside it; its open children go where the parts say. */
    public List<OrgUnit> split(Caller caller, long sourceId, List<SplitPart> parts, LocalDate date, String note) {
        access.writable(caller, sourceId);
        OrgUnit source = openUnit(sourceId);
        if (source.parentId() == null) {
            throw DomainException.badRequest("unit.move.root");
        }
        if (parts == null || parts.size() < 2) {
            throw DomainException.invalid(List.of(FieldProblem.of("parts", "unit.split.tooFew")));
        }
        requireValidFromBefore(source, date);
        OrgUnit parent = openUnit(source.parentId());
        Set<Long> openChildren = new LinkedHashSet<>();
        units.children(sourceId, false).forEach(c -> openChildren.add(c.id()));
        Set<Long> assigned = new LinkedHashSet<>();
        for (SplitPart part : parts) {
            for (Long child : part.childIds() == null ? List.<Long>of() : part.childIds()) {
                if (!openChildren.contains(child) || !assigned.add(child)) {
                    throw DomainException.invalid(List.of(FieldProblem.of("parts", "unit.split.child", child)));
                }
            }
        }
        units.close(sourceId, date.minusDays(1));
        long event = units.insertEvent("SPLIT", date, VietnameseText.cleanOrNull(note), caller.username());
        List<OrgUnit> created = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            SplitPart part = parts.get(i);
            NewUnit clean = validate(part.unit(), parent, "parts[" + i + "].");
            long id = units.insert(clean.code(), clean.name(), clean.levelCode(), parent.id(), clean.adminCode(), date);
            for (Long child : part.childIds() == null ? List.<Long>of() : part.childIds()) {
                units.setParent(child, id);
            }
            units.insertLink(event, sourceId, id, source.name(), clean.name(), source.parentId(), parent.id());
            created.add(units.find(id).orElseThrow());
        }
        audit.record(Audit.Action.SPLIT, "unit", sourceId, sourceId, source.name() + " → " + parts.size());
        return created;
    }

    private OrgUnit openUnit(long id) {
        OrgUnit unit = access.get(id);
        if (!unit.isOpen()) {
            throw DomainException.conflict("unit.closed", unit.name());
        }
        return unit;
    }

    private static void requireValidFromBefore(OrgUnit unit, LocalDate date) {
        if (!date.isAfter(unit.validFrom())) {
            throw DomainException.invalid(List.of(FieldProblem.of("date", "unit.date.beforeValidFrom", unit.name())));
        }
    }

    /**
     * A code for a new unit under the parent, for the officer to keep or change: the parent's code and the
     * next free two-digit number ("16171-03"), so a commune's branches read as its own.
     */
    String proposedCode(OrgUnit parent) {
        String base = parent.code().length() > 36 ? parent.code().substring(0, 36) : parent.code();
        for (int n = units.childCount(parent.id()) + 1;; n++) {
            String code = base + "-" + String.format("%02d", n);
            if (!units.codeTakenByOpenUnit(code)) {
                return code;
            }
        }
    }

    private NewUnit validate(NewUnit spec, OrgUnit parent, String prefix) {
        List<FieldProblem> problems = new ArrayList<>();
        if (spec == null) {
            throw DomainException.invalid(List.of(FieldProblem.of(prefix + "name", "unit.name.invalid")));
        }
        String name = VietnameseText.clean(spec.name());
        String code = VietnameseText.clean(spec.code());
        String admin = VietnameseText.cleanOrNull(spec.adminCode());
        if (name == null || name.isEmpty() || name.length() > 300) {
            problems.add(FieldProblem.of(prefix + "name", "unit.name.invalid"));
        }
        if (code == null || !code.matches("[A-Za-z0-9._-]{1,40}")) {
            problems.add(FieldProblem.of(prefix + "code", "unit.code.invalid"));
        } else if (units.codeTakenByOpenUnit(code)) {
            problems.add(FieldProblem.of(prefix + "code", "unit.code.taken", code));
        }
        if (admin != null && !admin.matches("[0-9]{2,5}")) {
            problems.add(FieldProblem.of(prefix + "adminCode", "unit.adminCode.invalid"));
        }
        if (spec.levelCode() == null || !units.levelExists(spec.levelCode())) {
            problems.add(FieldProblem.of(prefix + "levelCode", "unit.level.invalid"));
        } else if (!units.levelAllowedUnder(spec.levelCode(), parent.levelCode())) {
            problems.add(FieldProblem.of(prefix + "levelCode", "unit.level.notUnder", parent.name()));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        return new NewUnit(code, name, spec.levelCode(), admin);
    }

    private void requireLevelUnder(String level, OrgUnit parent, String field) {
        if (!units.levelAllowedUnder(level, parent.levelCode())) {
            throw DomainException.invalid(List.of(FieldProblem.of(field, "unit.level.notUnder", parent.name())));
        }
    }
}
