package org.hoiso.orgunit;

import java.util.List;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.text.VietnameseText;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the tree as a caller: every answer is limited to her subtrees. */
@Service
@Transactional(readOnly = true)
class OrgUnitBrowser {

    static final int MAX_SEARCH = 100;
    private final OrgUnitRepository units;
    private final OrgUnits access;

    OrgUnitBrowser(OrgUnitRepository units, OrgUnits access) {
        this.units = units;
        this.access = access;
    }

    record UnitView(OrgUnit unit, List<OrgUnit> ancestors, int childCount) {
    }

    List<UnitNode> roots(Caller caller) {
        return units.nodes(caller.readableUnits());
    }

    UnitView view(Caller caller, long id) {
        Subtree subtree = access.readable(caller, id);
        OrgUnit unit = units.find(subtree.unitId()).orElseThrow();
        // Ancestors above the caller's own units are shown by name only: the path is public structure.
        List<OrgUnit> ancestors = units.ancestors(unit.path());
        int children = units.nodes(List.of(id)).get(0).childCount();
        return new UnitView(unit, ancestors.subList(0, ancestors.size() - 1), children);
    }

    List<UnitNode> children(Caller caller, long id, boolean includeClosed) {
        access.readable(caller, id);
        return units.children(id, includeClosed);
    }

    List<UnitNode> search(Caller caller, String q, Long within, boolean includeClosed, int limit) {
        String folded = VietnameseText.fold(q);
        if (folded == null || folded.isBlank()) {
            throw DomainException.invalid(List.of(FieldProblem.of("q", "unit.search.empty")));
        }
        Subtree scope = within == null ? access.home(caller) : access.readable(caller, within);
        return units.search(folded, scope.path(), includeClosed, Math.max(1, Math.min(limit, MAX_SEARCH)));
    }

    List<LineageEntry> lineage(Caller caller, long id) {
        access.readable(caller, id);
        return units.lineage(id);
    }

    static long required(Long value, String field) {
        if (value == null) {
            throw DomainException.invalid(List.of(FieldProblem.of(field, "error.field.required")));
        }
        return value;
    }
}
