package org.hoiso.safety;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.hoiso.account.AccountDirectory;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.orgunit.OrgUnits;
import org.hoiso.platform.audit.Audit;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case workers (cán bộ xử lý vụ việc) and supervising case workers: trained officers a province or national
 * administrator designates for a unit of her subtree. A designation reaches the unit's subtree; the same account
 * stays an officer. Designating and ending are audited (they say who may see cases, not which cases exist).
 */
@Service
@Transactional
public class CaseWorkers {

    /** A designation as the administrator's list shows it. */
    public record CaseWorker(long id, long userId, String username, String displayName, long unitId, String unitName,
            boolean supervising, OffsetDateTime since, String designatedBy) {
    }

    private final CaseWorkerRepository repo;
    private final AccountDirectory accounts;
    private final OrgUnits units;
    private final SafetyAccess access;
    private final Audit audit;
    private final Clock clock;

    CaseWorkers(CaseWorkerRepository repo, AccountDirectory accounts, OrgUnits units, SafetyAccess access, Audit audit,
            Clock clock) {
        this.repo = repo;
        this.accounts = accounts;
        this.units = units;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Designates an officer (by user name) for a unit; the caller administers that unit from a province or the centre. */
    public long designate(Caller caller, String username, Long unitId, boolean supervising) {
        if (unitId == null) {
            throw DomainException.invalid(List.of(FieldProblem.of("unitId", "error.field.required")));
        }
        OrgUnit unit = administered(caller, unitId);
        if (!unit.isOpen()) {
            throw DomainException.invalid(List.of(FieldProblem.of("unitId", "safety.caseWorker.unitClosed")));
        }
        AccountDirectory.AccountRef account = accounts.byUsername(username)
                .filter(AccountDirectory.AccountRef::enabled)
                .filter(a -> a.assignments().stream()
                        .anyMatch(x -> x.role().canWrite() && access.upperAdminOver(caller, x.unitId())))
                .orElseThrow(
                        () -> DomainException.invalid(List.of(FieldProblem.of("username", "safety.caseWorker.notAnOfficer"))));
        long id = repo.designate(account.id(), unit.id(), supervising, caller.username(), OffsetDateTime.now(clock));
        if (id == 0) {
            throw DomainException.conflict("safety.caseWorker.already");
        }
        audit.record(Audit.Action.ACCOUNT, "safety_case_worker", id, unit.id(),
                (supervising ? "supervising case worker " : "case worker ") + account.username());
        return id;
    }

    public void end(Caller caller, long designationId) {
        CaseWorkerRepository.Designation d = repo.open(designationId)
                .orElseThrow(() -> DomainException.notFound("safety.caseWorker.notFound"));
        administered(caller, d.unitId());
        repo.end(designationId, caller.username(), OffsetDateTime.now(clock));
        audit.record(Audit.Action.ACCOUNT, "safety_case_worker", designationId, d.unitId(), "ended");
    }

    /** The open designations of a unit's subtree, for its administrator. */
    @Transactional(readOnly = true)
    public List<CaseWorker> list(Caller caller, long unitId) {
        OrgUnit unit = administered(caller, unitId);
        return repo.openIn(unit.path()).stream().map(this::view).toList();
    }

    /** Whether she holds an open designation. */
    @Transactional(readOnly = true)
    public boolean isCaseWorker(Caller caller) {
        return caller != null && !caller.isMember() && !repo.of(caller.userId()).isEmpty();
    }

    /** Whether she may designate case workers at all (a province or national administrator). */
    @Transactional(readOnly = true)
    public boolean designates(Caller caller) {
        return access.upperAdmin(caller);
    }

    private OrgUnit administered(Caller caller, long unitId) {
        OrgUnit unit = units.get(unitId);
        if (!access.upperAdminOver(caller, unitId)) {
            throw DomainException.forbidden("safety.caseWorker.forbidden");
        }
        return unit;
    }

    private CaseWorker view(CaseWorkerRepository.Designation d) {
        var account = accounts.byId(d.userId());
        return new CaseWorker(d.id(), d.userId(), account.map(AccountDirectory.AccountRef::username).orElse("?"),
                account.map(AccountDirectory.AccountRef::displayName).orElse("?"), d.unitId(), d.unitName(), d.supervising(),
                d.since(), d.designatedBy());
    }
}
