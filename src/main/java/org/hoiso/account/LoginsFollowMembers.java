package org.hoiso.account;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hoiso.member.MemberStatus;
import org.hoiso.member.events.MemberReturned;
import org.hoiso.member.events.MembersChanged;
import org.hoiso.platform.audit.Audit;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A member's login follows her membership (see the package comment): when she leaves the union or dies, her
 * login is disabled (the reason is kept on {@code member_login}) and her unused invitations are revoked;
 * when she becomes an active member again, a login the registry disabled is enabled again. A member who moves
 * her membership out of the registry, or is transferred, keeps her login: her pages read her record, so they
 * follow her to her new unit. In the registry's transaction, audited as {@code ACCOUNT}.
 */
@Component
class LoginsFollowMembers {

    /** Past this many logins a bulk change is audited as one entry. */
    private static final int AUDIT_EACH_UP_TO = 20;

    private final MemberLoginRepository logins;
    private final Audit audit;
    private final Clock clock;

    LoginsFollowMembers(MemberLoginRepository logins, Audit audit, Clock clock) {
        this.logins = logins;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    void changed(MembersChanged e) {
        Map<Long, String> ended = new LinkedHashMap<>();
        e.left().stream().filter(l -> l.status() == MemberStatus.LEFT).forEach(l -> ended.put(l.memberId(), "LEFT"));
        e.died().forEach(d -> ended.put(d.memberId(), "DECEASED"));
        record(logins.endFor(ended, OffsetDateTime.now(clock)), "login disabled: the member %s");
        List<Long> back = e.returned().stream().map(MemberReturned::memberId).toList();
        if (!back.isEmpty()) {
            record(logins.reopen(back, null), "login enabled again: the member is active again (it was disabled when she %s)");
        }
    }

    /** One entry per login, {@code what} with "left the union" or "died"; one entry for a bulk change. */
    private void record(List<MemberLoginRepository.Changed> changed, String what) {
        if (changed.size() <= AUDIT_EACH_UP_TO) {
            for (MemberLoginRepository.Changed c : changed) {
                audit.record(Audit.Action.ACCOUNT, "member_login", c.userId(), null,
                        what.formatted("LEFT".equals(c.reason()) ? "left the union" : "died") + "; member " + c.memberId());
            }
        } else {
            audit.record(Audit.Action.ACCOUNT, "member_login", null, null, what.formatted("left the union or died") + "; "
                    + changed.size() + " logins, members "
                    + changed.stream().map(c -> Long.toString(c.memberId())).collect(Collectors.joining(",")));
        }
    }
}
