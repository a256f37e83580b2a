package org.hoiso.member;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import org.hoiso.member.events.MemberTransferred;
import org.hoiso.member.events.MembersChanged;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.orgunit.OrgUnits;
import org.hoiso.orgunit.Subtree;
import org.hoiso.platform.ReadReplica;
import org.hoiso.platform.audit.Audit;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.text.PhoneNumber;
import org.hoiso.platform.text.VietnameseText;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.FieldProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The member registry's use cases. Every read and write is bounded by the caller's subtrees and
 * every read or change of a person's record is audited.
 */
@Service
@Transactional
public class MemberRegistry {

    /** Levels a member can belong to directly. */
    static final Set<String> MEMBER_LEVELS = Set.of("COMMUNE", "AGENCY", "BRANCH", "GROUP");

    /** Whether members can belong to the unit directly (an open commune union, agency union, branch or group). */
    public static boolean acceptsMembers(OrgUnit unit) {
        return unit.isOpen() && MEMBER_LEVELS.contains(unit.levelCode());
    }

    private final MemberRepository members;
    private final OrgUnits units;
    private final Audit audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final CccdLookups lookups;
    private final ReadReplica replica;

    MemberRegistry(MemberRepository members, OrgUnits units, Audit audit, Clock clock, ApplicationEventPublisher events,
            CccdLookups lookups, ReadReplica replica) {
        this.members = members;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
        this.lookups = lookups;
        this.replica = replica;
    }

    public long register(Caller caller, MemberInput input) {
        MemberInput m = validated(caller, input, null);
        long id;
        try {
            id = members.insert(m, m.joinedOn());
        } catch (DuplicateKeyException e) {
            throw duplicate(caller, m.nationalId(), null);
        }
        members.insertStatusHistory(id, MemberStatus.ACTIVE, m.joinedOn(), null, caller.username());
        audit.record(Audit.Action.CREATE, "member", id, m.unitId(), null);
        return id;
    }

    /** Changes a member's personal data; her unit changes only by transfer. */
    public void update(Caller caller, long id, int version, MemberInput input) {
        Member current = writableMember(caller, id);
        MemberInput withUnit = new MemberInput(input.fullName(), input.birthDate(), input.nationalId(), input.phone(),
                input.address(), input.ethnicityCode(), input.sensitiveConsentOn(), current.unitId(), input.joinedOn(),
                input.position(), input.hasSmartphone(), input.vneidLevel(), input.hasEwallet(), input.digitalSkill());
        MemberInput m = validated(caller, withUnit, id);
        boolean updated;
        try {
            updated = members.update(id, version, m);
        } catch (DuplicateKeyException e) {
            throw duplicate(caller, m.nationalId(), id);
        }
        if (!updated) {
            throw DomainException.conflict("member.version.stale");
        }
        audit.record(Audit.Action.UPDATE, "member", id, current.unitId(), null);
    }

    /** The record for the caller: sensitive fields only where she may change the record. Audited. */
    public Member get(Caller caller, long id) {
        Member m = readableMember(caller, id);
        audit.record(Audit.Action.READ, "member", id, m.unitId(), null);
        return units.canWrite(caller, m.unitId()) ? m : m.restricted();
    }

    /** Her own record, for a member signed in to her pages: all of it, since it is hers. Audited. */
    public Member own(Caller caller) {
        Member m = members.find(ownId(caller)).orElseThrow(() -> DomainException.notFound("member.notFound"));
        audit.record(Audit.Action.READ, "member", m.id(), m.unitId(), "self");
        return m;
    }

    /** Her own history (joined, statuses, transfers). */
    @Transactional(readOnly = true)
    public List<MemberHistory> ownHistory(Caller caller) {
        return members.history(ownId(caller));
    }

    /**
     * She withdraws her consent to sensitive data: her ethnic group is erased with the consent date, at
     * once (the law allows 15 days; nothing needs to wait here). Audited.
     */
    @Transactional
    public void withdrawSensitiveConsent(Caller caller) {
        Member m = own(caller);
        members.eraseSensitive(m.id());
        audit.record(Audit.Action.UPDATE, "member", m.id(), m.unitId(), "consent withdrawn by the member");
    }

    /** The name and unit of a member the caller may change (for an invitation), without a full read. */
    @Transactional(readOnly = true)
    public Member forInvitation(Caller caller, long id) {
        return writableMember(caller, id).restricted();
    }

    /** Id and name of a living member, for a login that only knows her CCCD (OpenID Connect). */
    public record Holder(long id, String fullName, long unitId) {
    }

    /**
     * The living (active or transferred-out) member holding this CCCD, for a sign-in through the national
     * e-ID: the provider vouches for the number, so no caller's reach applies. Only id, name and unit.
     */
    @Transactional(readOnly = true)
    public Optional<Holder> livingByNationalId(String nationalId) {
        return members.livingHolder(nationalId, null)
                .flatMap(h -> members.find(h.memberId()))
                .map(m -> new Holder(m.id(), m.fullName(), m.unitId()));
    }

    private static long ownId(Caller caller) {
        if (!caller.isMember()) {
            throw DomainException.forbidden("member.notSelf");
        }
        return caller.memberId();
    }

    /** Refuses (404/403) unless the caller may change the member; reads nothing she could not see. */
    @Transactional(readOnly = true)
    public void requireWritable(Caller caller, long id) {
        writableMember(caller, id);
    }

    @Transactional(readOnly = true)
    public List<MemberHistory> history(Caller caller, long id) {
        readableMember(caller, id);
        return members.history(id);
    }

    public void changeStatus(Caller caller, long id, MemberStatus status, LocalDate date, String reason) {
        Member m = writableMember(caller, id);
        if (status == null) {
            throw DomainException.invalid(List.of(FieldProblem.of("status", "error.field.required")));
        }
        if (date == null || (m.joinedOn() != null && date.isBefore(m.joinedOn())) || date.isAfter(today())) {
            throw DomainException.invalid(List.of(FieldProblem.of("date", "member.status.date")));
        }
        if (status == m.status()) {
            throw DomainException.invalid(List.of(FieldProblem.of("status", "member.status.same")));
        }
        if (status.isLiving() && !m.status().isLiving() && members.livingHolder(m.nationalId(), id).isPresent()) {
            throw duplicate(caller, m.nationalId(), id);
        }
        try {
            members.setStatus(id, status, date);
        } catch (DuplicateKeyException e) {
            throw duplicate(caller, m.nationalId(), id);
        }
        members.insertStatusHistory(id, status, date, VietnameseText.cleanOrNull(reason), caller.username());
        audit.record(Audit.Action.STATUS, "member", id, m.unitId(), m.status() + " → " + status);
        // In this transaction: her card, her designations and her login follow, or nothing changes.
        events.publishEvent(LifeEvents.changeOfStatus(id, m.unitId(), m.status(), status, date, caller.username()));
    }

    /**
     * Moves an active member to another unit, anywhere in the country: the sending officer must be
     * able to change the member; the receiving unit must be open and able to hold members.
     */
    public long transfer(Caller caller, long id, long toUnitId, LocalDate date, String reason) {
        Member m = writableMember(caller, id);
        if (m.status() != MemberStatus.ACTIVE) {
            throw DomainException.conflict("member.transfer.notActive");
        }
        OrgUnit target = units.find(toUnitId)
                .orElseThrow(() -> DomainException.invalid(List.of(FieldProblem.of("toUnitId", "member.unit.unknown"))));
        if (!target.isOpen() || !MEMBER_LEVELS.contains(target.levelCode())) {
            throw DomainException.invalid(List.of(FieldProblem.of("toUnitId", "member.unit.notForMembers")));
        }
        if (target.id() == m.unitId()) {
            throw DomainException.invalid(List.of(FieldProblem.of("toUnitId", "member.transfer.sameUnit")));
        }
        if (date == null || (m.joinedOn() != null && date.isBefore(m.joinedOn())) || date.isAfter(today())) {
            throw DomainException.invalid(List.of(FieldProblem.of("date", "member.status.date")));
        }
        members.setUnit(id, target.id());
        long transferId = members.insertTransfer(id, m.unitId(), target.id(), date, VietnameseText.cleanOrNull(reason),
                caller.username());
        audit.record(Audit.Action.TRANSFER, "member", id, m.unitId(), m.unitId() + " → " + target.id());
        events.publishEvent(MembersChanged.of(new MemberTransferred(id, m.unitId(), target.id(), date, caller.username())));
        return transferId;
    }

    /** A member's name, unit and status: what another module may show of her once it has checked its right to. */
    public record Ref(long id, String fullName, long unitId, String unitName, MemberStatus status) {
    }

    /**
     * The member's name and unit without a rights check or an audit entry: for modules that have checked
     * the right themselves — the help log over the unit, an invitation or certificate by its code, an
     * activity by her membership of its unit. Nothing sensitive is returned.
     */
    @Transactional(readOnly = true)
    public Optional<Ref> ref(long id) {
        return members.find(id).map(m -> new Ref(m.id(), m.fullName(), m.unitId(), m.unitName(), m.status()));
    }

    /**
     * Her member number (số hội viên): her province's code and her running number there, made when she was
     * registered and kept for life ("38-0001234"). Without a rights check, like {@link #ref(long)}: for her
     * own pages and card, or a module that has checked its right.
     */
    @Transactional(readOnly = true)
    public String number(long id) {
        return members.number(id).orElseThrow(() -> DomainException.notFound("member.notFound"));
    }

    /**
     * Whether her record holds a phone other than the one given (false when it holds this one or none): compared
     * here, never returned, for a login activated by her invitation's code. Without a rights check, like
     * {@link #ref(long)}.
     */
    @Transactional(readOnly = true)
    public boolean holdsOtherPhone(long id, String phone) {
        return members.find(id).map(Member::phone).filter(p -> !p.isBlank())
                .map(p -> !PhoneNumber.normalise(p).orElse(p).equals(PhoneNumber.normalise(phone).orElse(phone))).orElse(false);
    }

    /** {@link #ref(long)} for a member the caller's check has already shown to exist; 404 otherwise. */
    @Transactional(readOnly = true)
    public Ref refOf(long id) {
        return ref(id).orElseThrow(() -> DomainException.notFound("member.notFound"));
    }

    /** A page of a search within the caller's reach; audited with the ids of the members it shows. */
    public MemberPage search(Caller caller, MemberQuery q) {
        Subtree scope = q.unitId() == null ? units.home(caller) : units.readable(caller, q.unitId());
        MemberRepository.SearchText text = parse(q.q());
        MemberPage page = members.search(scope.path(), q, text, q.pageSize());
        audit.readMembers(Audit.Action.READ, "member", scope.unitId(),
                page.items().stream().mapToLong(MemberSummary::id).toArray(), "search" + filters(q, text));
        return page;
    }

    /** One exported member; CCCD masked and ethnicity left out unless the caller may change the subtree. */
    public record Exported(String fullName, LocalDate birthDate, String nationalId, String phone, String address,
            String ethnicityCode, LocalDate sensitiveConsentOn, String unitCode, String unitName,
            LocalDate joinedOn, Position position, Boolean hasSmartphone, Integer vneidLevel,
            Boolean hasEwallet, Integer digitalSkill, MemberStatus status) {
    }

    /**
     * Streams every member of a search (its filters, no page limit) in name order, for an export. Full
     * CCCD numbers and ethnicity only for a caller who may change the whole subtree; audited once with
     * the filters and the row count.
     */
    @Transactional
    public long export(Caller caller, MemberQuery q, Consumer<Exported> sink) {
        Subtree scope = q.unitId() == null ? units.home(caller) : units.readable(caller, q.unitId());
        boolean full = units.canWrite(caller, scope.unitId());
        long[] count = {0};
        LongStream.Builder ids = LongStream.builder();
        MemberRepository.SearchText text = parse(q.q());
        // the rows stream from the read replica when one is configured; the audit entries below go to the primary
        replica.read(() -> {
            members.export(scope.path(), q, text, r -> {
                count[0]++;
                ids.add(r.memberId());
                sink.accept(new Exported(r.fullName(), r.birthDate(), full ? r.nationalId() : NationalId.mask(r.nationalId()),
                        r.phone(), r.address(), full ? r.ethnicityCode() : null, full ? r.sensitiveConsentOn() : null,
                        r.unitCode(), r.unitName(), r.joinedOn(), Position.valueOf(r.position()), r.hasSmartphone(),
                        r.vneidLevel(), r.hasEwallet(), r.digitalSkill(), MemberStatus.valueOf(r.status())));
            });
            return null;
        });
        String detail = "rows=" + count[0] + (full ? "" : " masked") + filters(q, text);
        if (count[0] == 0) {
            audit.record(Audit.Action.EXPORT, "member", null, scope.unitId(), detail);
        }
        audit.readMembers(Audit.Action.EXPORT, "member", scope.unitId(), ids.build().toArray(), detail);
        return count[0];
    }

    /**
     * Whether a search has more than {@code limit} members (an Excel sheet's rows): the subtree's kept
     * totals answer at once when they are small enough; otherwise the matching rows are counted.
     */
    @Transactional(readOnly = true)
    public boolean exceeds(Caller caller, MemberQuery q, long limit) {
        Subtree scope = q.unitId() == null ? units.home(caller) : units.readable(caller, q.unitId());
        Counts all = counts(scope);
        if (all.active() + all.transferredOut() + all.leftUnion() + all.deceased() <= limit) {
            return false;
        }
        return members.count(scope.path(), q, parse(q.q()), limit + 1) > limit;
    }

    /** A search's filters as the audit keeps them: a CCCD or phone as the number alone, which the audit masks. */
    private static String filters(MemberQuery q, MemberRepository.SearchText text) {
        StringBuilder s = new StringBuilder();
        if (text.nationalId() != null) {
            s.append(" cccd=").append(text.nationalId());
        } else if (text.phone() != null) {
            s.append(" phone=").append(text.phone());
        } else if (!text.words().isEmpty()) {
            s.append(" q=").append(VietnameseText.clean(q.q()));
        }
        if (q.status() != null) {
            s.append(" status=").append(q.status());
        }
        if (q.hasSmartphone() != null) {
            s.append(" smartphone=").append(q.hasSmartphone());
        }
        if (q.vneidLevel() != null) {
            s.append(" vneid=").append(q.vneidLevel());
        }
        if (q.hasEwallet() != null) {
            s.append(" ewallet=").append(q.hasEwallet());
        }
        if (q.minDigitalSkill() != null) {
            s.append(" skill>=").append(q.minDigitalSkill());
        }
        return s.toString();
    }

    /** Transfers into or out of the caller's subtree; audited with the ids of the members they name. */
    public List<Transfer> transfers(Caller caller, Long unitId, boolean incoming) {
        Subtree scope = unitId == null ? units.home(caller) : units.readable(caller, unitId);
        List<Transfer> list = members.transfers(scope.path(), incoming, 200);
        audit.readMembers(Audit.Action.READ, "member", scope.unitId(),
                list.stream().mapToLong(Transfer::memberId).distinct().toArray(), incoming ? "transfers in" : "transfers out");
        return list;
    }

    public record Counts(long active, long transferredOut, long leftUnion, long deceased) {
    }

    @Transactional(readOnly = true)
    public Counts counts(Caller caller, long unitId) {
        return counts(units.readable(caller, unitId));
    }

    /** Member counts of a subtree the caller was allowed (for dashboards and reports). */
    @Transactional(readOnly = true)
    public Counts counts(Subtree subtree) {
        MemberRepository.Counts c = members.counts(subtree.path());
        return new Counts(c.active(), c.transferredOut(), c.leftUnion(), c.deceased());
    }

    @Transactional(readOnly = true)
    public Map<Long, Long> activeByChild(Subtree subtree) {
        return members.activeByChild(subtree.path());
    }

    @Transactional(readOnly = true)
    public List<Ethnicity> ethnicities() {
        return members.ethnicities();
    }

    static MemberRepository.SearchText parse(String q) {
        String text = VietnameseText.clean(q);
        if (text == null || text.isEmpty()) {
            return new MemberRepository.SearchText(null, null, List.of());
        }
        String digits = NationalId.normalise(text);
        if (digits.matches("[0-9]{12}")) {
            return new MemberRepository.SearchText(digits, null, List.of());
        }
        if (text.matches("[+0-9 .\\-()]{9,}")) {
            var phone = PhoneNumber.normalise(text);
            if (phone.isPresent()) {
                return new MemberRepository.SearchText(null, phone.get(), List.of());
            }
        }
        return new MemberRepository.SearchText(null, null, MemberRepository.splitWords(VietnameseText.fold(text)));
    }

    /** Every problem of the input, without saving anything (inline validation in the form). */
    @Transactional(readOnly = true)
    public List<FieldProblem> problems(Caller caller, MemberInput input, Long selfId) {
        return check(caller, input, selfId).problems();
    }

    private MemberInput validated(Caller caller, MemberInput input, Long selfId) {
        MemberRules.Result r = check(caller, input, selfId);
        if (!r.ok()) {
            throw DomainException.invalid(r.problems());
        }
        return r.cleaned();
    }

    private MemberRules.Result check(Caller caller, MemberInput input, Long selfId) {
        // a record kept without a joining date (imported as an existing member) may stay so
        boolean joinedUnknown = selfId != null && members.find(selfId).map(m -> m.joinedOn() == null).orElse(false);
        MemberRules.Result r = MemberRules.check(input, today(), joinedUnknown);
        List<FieldProblem> problems = new ArrayList<>(r.problems());
        MemberInput m = r.cleaned();
        boolean mayRegister = false;
        if (m.unitId() != null) {
            var unit = units.find(m.unitId());
            mayRegister = unit.isPresent() && units.canWrite(caller, m.unitId());
            if (!mayRegister) {
                problems.add(FieldProblem.of("unitId", "member.unit.outOfScope"));
            } else if (!unit.get().isOpen() || !MEMBER_LEVELS.contains(unit.get().levelCode())) {
                problems.add(FieldProblem.of("unitId", "member.unit.notForMembers"));
            }
        }
        if (m.ethnicityCode() != null && !members.ethnicityExists(m.ethnicityCode())) {
            problems.add(FieldProblem.of("ethnicityCode", "member.ethnicity.unknown"));
        }
        // Scope first: the registry is asked about a number only for a unit the caller may register in.
        if (mayRegister && problems.stream().noneMatch(p -> p.field().equals("nationalId"))) {
            if (lookups.exhausted(caller)) {
                problems.add(FieldProblem.of("nationalId", "member.cccd.lookupLimit", lookups.allowance()));
            } else {
                lookups.holder(caller, m.nationalId(), selfId).ifPresent(h -> problems.add(duplicateProblem(caller, h)));
            }
        }
        return new MemberRules.Result(m, List.copyOf(problems));
    }

    private DomainException duplicate(Caller caller, String nationalId, Long selfId) {
        return members.livingHolder(nationalId, selfId)
                .map(h -> DomainException.invalid(List.of(duplicateProblem(caller, h))))
                .orElseGet(() -> DomainException.conflict("member.version.stale"));
    }

    /** Names the unit that holds her, but only if the caller may see that unit. */
    private FieldProblem duplicateProblem(Caller caller, MemberRepository.Holder holder) {
        if (units.canRead(caller, holder.unitId())) {
            return FieldProblem.of("nationalId", "member.cccd.duplicateIn", holder.unitName());
        }
        return FieldProblem.of("nationalId", "member.cccd.duplicateElsewhere");
    }

    private Member readableMember(Caller caller, long id) {
        Member m = members.find(id).orElseThrow(() -> DomainException.notFound("member.notFound"));
        if (!units.canRead(caller, m.unitId())) {
            // Outside the caller's reach the record does not exist for her.
            throw DomainException.notFound("member.notFound");
        }
        return m;
    }

    private Member writableMember(Caller caller, long id) {
        Member m = readableMember(caller, id);
        if (!units.canWrite(caller, m.unitId())) {
            throw DomainException.forbidden("member.readOnly");
        }
        return m;
    }

    /** Today in Viet Nam, on the application's clock: the date a form's empty date field means. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
