package org.hoiso.member;

import org.hoiso.orgunit.OrgUnits;
import org.hoiso.orgunit.Subtree;
import org.hoiso.platform.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The total a member list shows under its search: from the subtree's kept counts when only the status is
 * filtered (at once, whatever the subtree's size), else counted, up to {@value #COUNTED_UP_TO}.
 */
@Service
class MemberTotals {

    static final long COUNTED_UP_TO = 100_000;

    /** The number of members, or at least {@code count} when {@code more}. */
    record Total(long count, boolean more) {
    }

    private final MemberRepository members;
    private final MemberRegistry registry;
    private final OrgUnits units;

    MemberTotals(MemberRepository members, MemberRegistry registry, OrgUnits units) {
        this.members = members;
        this.registry = registry;
        this.units = units;
    }

    @Transactional(readOnly = true)
    Total of(Caller caller, MemberQuery q) {
        Subtree scope = q.unitId() == null ? units.home(caller) : units.readable(caller, q.unitId());
        MemberRepository.SearchText text = MemberRegistry.parse(q.q());
        boolean onlyStatus = text.nationalId() == null && text.phone() == null && text.words().isEmpty()
                && q.hasSmartphone() == null && q.vneidLevel() == null && q.hasEwallet() == null && q.minDigitalSkill() == null;
        if (onlyStatus) {
            MemberRegistry.Counts c = registry.counts(scope);
            long n = q.status() == null
                    ? c.active() + c.transferredOut() + c.leftUnion() + c.deceased()
                    : switch (q.status()) {
                        case ACTIVE -> c.active();
                        case TRANSFERRED_OUT -> c.transferredOut();
                        case LEFT -> c.leftUnion();
                        case DECEASED -> c.deceased();
                    };
            return new Total(n, false);
        }
        long n = members.count(scope.path(), q, text, COUNTED_UP_TO + 1);
        return n > COUNTED_UP_TO ? new Total(COUNTED_UP_TO, true) : new Total(n, false);
    }
}
