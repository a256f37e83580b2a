package org.hoiso.skills.help;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hoiso.member.MemberQuery;
import org.hoiso.member.MemberRegistry;
import org.hoiso.member.MemberStatus;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.orgunit.OrgUnits;
import org.hoiso.orgunit.Subtree;
import org.hoiso.platform.audit.Audit;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.text.PhoneNumber;
import org.hoiso.platform.text.VietnameseText;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.FieldProblem;
import org.hoiso.skills.SkillsProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The help log's use cases (nhật ký hỗ trợ số). Help is logged by an officer who may change the unit, or
 * by a signed-in member with an open designation (ambassador or community-team member) for the unit or a
 * unit above it. Every write is audited, and so is every list read that shows citizens' or members' names (with the
 * members' ids).
 */
@Service
@Transactional
public class HelpLog {

    public static final int MAX_PAGE = 100;

    private final HelpRepository repo;
    private final OrgUnits units;
    private final MemberRegistry members;
    private final Audit audit;
    private final Clock clock;
    private final SkillsProperties settings;

    HelpLog(HelpRepository repo, OrgUnits units, MemberRegistry members, Audit audit, Clock clock, SkillsProperties settings) {
        this.repo = repo;
        this.units = units;
        this.members = members;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
    }

    /** What a session wrote: its id and the helps recorded (people × types). */
    public record SessionLogged(long sessionId, int helps) {
    }

    /** A member as the help form offers her: her name and unit, nothing more. */
    public record MemberChoice(long id, String fullName, String unitName) {
    }

    public long log(Caller caller, HelpEntry input) {
        OrgUnit unit = loggableUnit(caller, input.unitId());
        HelpRules.Checked<HelpEntry> checked = HelpRules.check(input, today());
        List<FieldProblem> problems = new ArrayList<>(checked.problems());
        HelpEntry e = checked.value();
        if (e.memberId() != null && !memberIn(e.memberId(), unit.id())) {
            problems.add(FieldProblem.of("memberId", "help.member.notInUnit"));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        long id = repo.insertHelp(e, null, caller.username(), caller.memberId(), OffsetDateTime.now(clock));
        audit.record(Audit.Action.CREATE, "help_given", id, unit.id(),
                e.type().name() + (e.memberId() != null ? " member" : " citizen"));
        return id;
    }

    /** All lines or none: a bad line is named by its number and nothing is written. */
    public SessionLogged logSession(Caller caller, SessionEntry input) {
        OrgUnit unit = loggableUnit(caller, input.unitId());
        HelpRules.Checked<List<HelpRules.Person>> checked = HelpRules.check(input, today());
        if (!checked.ok()) {
            throw DomainException.invalid(checked.problems());
        }
        String place = VietnameseText.cleanOrNull(input.place());
        String note = input.types().contains(HelpType.OTHER) ? VietnameseText.cleanOrNull(input.note()) : null;
        long sessionId = repo.insertSession(unit.id(), input.givenOn(), place, note, caller.username());
        OffsetDateTime now = OffsetDateTime.now(clock);
        int n = 0;
        for (HelpRules.Person p : checked.value()) {
            for (HelpType type : new LinkedHashSet<>(input.types())) {
                repo.insertHelp(new HelpEntry(unit.id(), input.givenOn(), place, type, type == HelpType.OTHER ? note : null,
                        null, p.name(), p.phone(), true), sessionId, caller.username(), caller.memberId(), now);
                n++;
            }
        }
        audit.record(Audit.Action.CREATE, "help_session", sessionId, unit.id(), "helps=" + n);
        return new SessionLogged(sessionId, n);
    }

    /**
     * The log of a unit's subtree over [from, to], newest first, with the counts by type of the whole range.
     * Citizens' phones are masked; a read that shows citizens' names is audited once.
     */
    @Transactional
    public HelpPage list(Caller caller, long unitId, LocalDate from, LocalDate to, HelpType type, String after, Integer limit) {
        Subtree scope = units.readable(caller, unitId);
        if (from == null || to == null || from.isAfter(to)) {
            throw DomainException.invalid(List.of(FieldProblem.of("to", "help.range.invalid")));
        }
        int size = limit == null ? 50 : Math.max(1, Math.min(limit, MAX_PAGE));
        LocalDate afterDate = null;
        Long afterId = null;
        if (after != null && !after.isBlank()) {
            String[] parts = after.split("_", 2);
            try {
                afterDate = LocalDate.parse(parts[0]);
                afterId = Long.parseLong(parts[1]);
            } catch (RuntimeException e) {
                throw DomainException.badRequest("error.parameter");
            }
        }
        List<HelpRepository.Row> rows = repo.list(scope.path(), from, to, type == null ? null : type.name(), afterDate, afterId,
                size + 1);
        String next = null;
        if (rows.size() > size) {
            rows = rows.subList(0, size);
            HelpRepository.Row last = rows.get(size - 1);
            next = last.givenOn() + "_" + last.id();
        }
        Map<Long, String> names = new HashMap<>();
        List<HelpRecord> items = new ArrayList<>(rows.size());
        boolean citizens = false;
        for (HelpRepository.Row r : rows) {
            String name;
            if (r.memberId() != null) {
                name = names.computeIfAbsent(r.memberId(), id -> members.ref(id).map(MemberRegistry.Ref::fullName).orElse(""));
            } else {
                name = r.citizenName();
                citizens = true;
            }
            items.add(
                    new HelpRecord(r.id(), r.unitId(), r.unitName(), r.givenOn(), r.place(), HelpType.valueOf(r.type()), r.note(),
                            r.memberId(), name, HelpRules.mask(r.citizenPhone()), r.memberId() == null, r.loggedBy()));
        }
        long[] helped = items.stream().filter(i -> i.memberId() != null).mapToLong(HelpRecord::memberId).distinct().toArray();
        if (helped.length > 0) {
            audit.readMembers(Audit.Action.READ, "help_given", unitId, helped,
                    "list " + from + ".." + to + " rows=" + items.size());
        } else if (citizens) {
            audit.record(Audit.Action.READ, "help_given", null, unitId, "list " + from + ".." + to + " rows=" + items.size());
        }
        return new HelpPage(items, repo.countByType(scope.path(), from, to), next);
    }

    public long designate(Caller caller, long memberId, long unitId, HelperKind kind) {
        units.writable(caller, unitId);
        if (kind == null) {
            throw DomainException.invalid(List.of(FieldProblem.of("kind", "error.field.required")));
        }
        Optional<MemberRegistry.Ref> m = members.ref(memberId);
        if (m.isEmpty() || m.get().status() != MemberStatus.ACTIVE || !memberIn(memberId, unitId)) {
            throw DomainException.invalid(List.of(FieldProblem.of("memberId", "help.member.notInUnit")));
        }
        long id = repo.designate(memberId, unitId, kind, today(), caller.username());
        if (id == 0) {
            throw DomainException.conflict("help.helper.already");
        }
        audit.record(Audit.Action.CREATE, "digital_helper", id, unitId, kind + " member=" + memberId);
        return id;
    }

    public void endDesignation(Caller caller, long memberId, long unitId, HelperKind kind) {
        units.writable(caller, unitId);
        if (kind == null || !repo.endDesignation(memberId, unitId, kind, today(), caller.username())) {
            throw DomainException.notFound("help.helper.notFound");
        }
        audit.record(Audit.Action.UPDATE, "digital_helper", null, unitId, "ended " + kind + " member=" + memberId);
    }

    /** The open designations of a subtree, with the helpers' names; audited with their ids. */
    public List<Helper> helpers(Caller caller, long unitId) {
        Subtree scope = units.readable(caller, unitId);
        List<Helper> list = repo.openIn(scope.path()).stream()
                .map(d -> new Helper(d.id(), d.memberId(), members.ref(d.memberId()).map(MemberRegistry.Ref::fullName).orElse(""),
                        d.unitId(), d.unitName(), HelperKind.valueOf(d.kind()), d.since(), d.designatedBy()))
                .toList();
        audit.readMembers(Audit.Action.READ, "digital_helper", unitId,
                list.stream().mapToLong(Helper::memberId).distinct().toArray(),
                "helpers");
        return list;
    }

    /** Whether the caller may log help counted in the unit (officer above it, or a designated member). */
    @Transactional(readOnly = true)
    public boolean mayLog(Caller caller, long unitId) {
        if (units.canWrite(caller, unitId)) {
            return true;
        }
        if (!caller.isMember()) {
            return false;
        }
        List<Long> designated = repo.designatedUnits(caller.memberId());
        return !designated.isEmpty() && units.canRead(within(caller, designated), unitId);
    }

    /** The units the caller logs for by default: her writable units, then those she is designated for. */
    @Transactional(readOnly = true)
    public List<OrgUnit> loggableUnits(Caller caller) {
        List<Long> ids = new ArrayList<>(caller.writableUnits());
        if (caller.isMember()) {
            repo.designatedUnits(caller.memberId()).stream().filter(id -> !ids.contains(id)).forEach(ids::add);
        }
        return units.findAll(ids);
    }

    /**
     * Active members of the unit's subtree whose names match, for the one-tap form (the caller must be able to log
     * there). The registry audits the search.
     */
    public List<MemberChoice> searchMembers(Caller caller, long unitId, String q) {
        loggableUnit(caller, unitId);
        if (q == null || q.isBlank()) {
            return List.of();
        }
        var page = members.search(within(caller, List.of(unitId)),
                new MemberQuery(q, unitId, MemberStatus.ACTIVE, null, null, null, null, null, 10));
        return page.items().stream().map(m -> new MemberChoice(m.id(), m.fullName(), m.unitName())).toList();
    }

    /** The unit if the caller may log there: 404 when it does not exist, 403 when it is not hers. */
    private OrgUnit loggableUnit(Caller caller, Long unitId) {
        if (unitId == null) {
            throw DomainException.invalid(List.of(FieldProblem.of("unitId", "error.field.required")));
        }
        OrgUnit unit = units.get(unitId);
        if (!mayLog(caller, unitId)) {
            throw DomainException.forbidden("help.notAllowed");
        }
        if (!unit.isOpen()) {
            throw DomainException.invalid(List.of(FieldProblem.of("unitId", "help.unit.closed")));
        }
        return unit;
    }

    private boolean memberIn(long memberId, long unitId) {
        return members.ref(memberId).filter(m -> units.canRead(within(null, List.of(unitId)), m.unitId())).isPresent();
    }

    /**
     * A read-only view of the given subtrees for the caller. A designation (or the unit a help counts in)
     * bounds what the log may look at, and OrgUnits and MemberRegistry speak in callers' assignments, so the
     * designation is expressed as one: a viewer of those units, never more than reading them.
     */
    private static Caller within(Caller caller, List<Long> unitIds) {
        List<Caller.Assignment> a = unitIds.stream().map(id -> new Caller.Assignment(Caller.Role.VIEWER, id)).toList();
        return caller == null
                ? new Caller(0, "system", "system", a)
                : new Caller(caller.userId(), caller.username(), caller.displayName(), a);
    }

    /** Today in Viet Nam, on the application's clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * A citizen asks to be forgotten: her name and phone are erased from every help of the unit's subtree (the caller
     * must be able to change it) with that phone, however it is typed; the helps stay counted. Audited with the count
     * only, none of her data. Answers how many helps were erased.
     */
    public int eraseCitizen(Caller caller, long unitId, String phone) {
        Subtree scope = units.writable(caller, unitId);
        String national = PhoneNumber.normalise(phone)
                .orElseThrow(() -> DomainException.invalid(List.of(FieldProblem.of("phone", "help.phone.invalid"))));
        int n = repo.eraseCitizen(scope.path(), national, OffsetDateTime.now(clock));
        audit.record(Audit.Action.UPDATE, "help_given", null, unitId, "a citizen's name and phone erased on request: helps=" + n);
        return n;
    }

    /**
     * The daily job: citizens helped more than {@code hoiso.skills.help.citizen-retention-months} ago lose their name
     * and phone (the helps stay counted). Answers how many helps were erased.
     */
    public int eraseExpiredCitizens() {
        return eraseCitizensHelpedBefore(today().minusMonths(settings.help().citizenRetentionMonths()));
    }

    /** Erases the name and phone of citizens helped before the day (the daily job's work). Audited with the count. */
    public int eraseCitizensHelpedBefore(LocalDate cutoff) {
        int n = repo.eraseCitizensBefore(cutoff, OffsetDateTime.now(clock));
        if (n > 0) {
            audit.record(Audit.Action.UPDATE, "help_given", null, null,
                    "citizens helped before " + cutoff + " erased after the retention period: helps=" + n);
        }
        return n;
    }
}
