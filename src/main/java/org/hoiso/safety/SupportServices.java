package org.hoiso.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.orgunit.OrgUnits;
import org.hoiso.platform.audit.Audit;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory of services cases are referred to (danh bạ dịch vụ hỗ trợ), kept by administrators: a service
 * serves its unit's subtree (a Peace House for its province, the commune police for its commune); the national
 * lines (1900 969 680, 111, 113) serve everyone. Each service says which consent a referral to it needs.
 */
@Service
@Transactional
public class SupportServices {

    public record SupportService(long id, Long unitId, String unitName, ServiceKind kind, Purpose purpose, String name,
            String phone, String address, boolean active) {
    }

    /** A new service as an administrator enters it. */
    public record NewService(Long unitId, ServiceKind kind, Purpose purpose, String name, String phone, String address) {
    }

    private final SupportServiceRepository repo;
    private final OrgUnits units;
    private final SafetyAccess access;
    private final Audit audit;

    SupportServices(SupportServiceRepository repo, OrgUnits units, SafetyAccess access, Audit audit) {
        this.repo = repo;
        this.units = units;
        this.access = access;
        this.audit = audit;
    }

    /** The active services that serve a unit: national ones and those of the unit or a unit above it. */
    @Transactional(readOnly = true)
    public List<SupportService> serving(long unitId) {
        return repo.serving(unitId);
    }

    @Transactional(readOnly = true)
    public Optional<SupportService> servingOne(long serviceId, long unitId) {
        return serving(unitId).stream().filter(s -> s.id() == serviceId).findFirst();
    }

    /** An administrator's directory: the national lines and the services of her subtrees. */
    @Transactional(readOnly = true)
    public List<SupportService> list(Caller caller) {
        requireAdmin(caller);
        List<SupportService> all = repo.all();
        List<SupportService> mine = new ArrayList<>();
        for (SupportService s : all) {
            if (s.unitId() == null || access.adminOver(caller, s.unitId())) {
                mine.add(s);
            }
        }
        return mine;
    }

    public long create(Caller caller, NewService in) {
        requireAdmin(caller);
        List<FieldProblem> problems = new ArrayList<>();
        if (in.unitId() == null) {
            problems.add(FieldProblem.of("unitId", "error.field.required"));
        }
        if (in.kind() == null) {
            problems.add(FieldProblem.of("kind", "error.field.required"));
        }
        if (in.purpose() == null) {
            problems.add(FieldProblem.of("purpose", "error.field.required"));
        }
        String name = ReportRules.text(in.name(), 200, "name", problems);
        if (name == null && problems.stream().noneMatch(p -> p.field().equals("name"))) {
            problems.add(FieldProblem.of("name", "error.field.required"));
        }
        String phone = ReportRules.text(in.phone(), 40, "phone", problems);
        String address = ReportRules.text(in.address(), 300, "address", problems);
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        OrgUnit unit = units.get(in.unitId());
        if (!access.adminOver(caller, unit.id())) {
            throw DomainException.forbidden("safety.service.forbidden");
        }
        long id = repo.insert(unit.id(), in.kind(), in.purpose(), name, phone, address, caller.username());
        audit.record(Audit.Action.CREATE, "safety_service", id, unit.id(), in.kind() + " " + name);
        return id;
    }

    public void deactivate(Caller caller, long id) {
        requireAdmin(caller);
        Long unitId = repo.activeUnit(id).orElseThrow(() -> DomainException.notFound("safety.service.notFound")).orElse(null);
        boolean allowed = access.adminOver(caller, unitId == null ? repo.central() : unitId);
        if (!allowed) {
            throw DomainException.forbidden("safety.service.forbidden");
        }
        repo.deactivate(id);
        audit.record(Audit.Action.UPDATE, "safety_service", id, unitId, "deactivated");
    }

    private void requireAdmin(Caller caller) {
        if (!caller.isAdmin()) {
            throw DomainException.forbidden("safety.service.forbidden");
        }
    }
}
