package org.hoiso.skills.help;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.hoiso.member.events.MemberDied;
import org.hoiso.member.events.MemberLeft;
import org.hoiso.member.events.MemberTransferred;
import org.hoiso.member.events.MembersChanged;
import org.hoiso.platform.audit.Audit;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A designation lets a member log help for a unit's subtree while she is an active member of it: when she
 * leaves, dies or moves her membership out of the registry, her open designations end on that date; when she
 * is transferred, those of units that do not hold her new unit end on the transfer's date (a designation for
 * her province survives a move between its communes). In the registry's transaction; ended designations stay
 * as history.
 */
@Component
class DesignationsFollowMembers {

    /** Past this many designations a bulk change is audited as one entry. */
    private static final int AUDIT_EACH_UP_TO = 20;

    private final HelpRepository repo;
    private final Audit audit;

    DesignationsFollowMembers(HelpRepository repo, Audit audit) {
        this.repo = repo;
        this.audit = audit;
    }

    @EventListener
    void changed(MembersChanged e) {
        List<HelpRepository.MemberChange> changes = new ArrayList<>();
        String by = null;
        for (MemberLeft l : e.left()) {
            changes.add(new HelpRepository.MemberChange(l.memberId(), l.on(), null));
            by = l.by();
        }
        for (MemberDied d : e.died()) {
            changes.add(new HelpRepository.MemberChange(d.memberId(), d.on(), null));
            by = d.by();
        }
        for (MemberTransferred t : e.transferred()) {
            changes.add(new HelpRepository.MemberChange(t.memberId(), t.on(), t.toUnitId()));
            by = t.by();
        }
        List<HelpRepository.Ended> ended = repo.endForMembers(changes, by == null ? "system" : by);
        if (ended.size() <= AUDIT_EACH_UP_TO) {
            for (HelpRepository.Ended d : ended) {
                audit.record(Audit.Action.UPDATE, "digital_helper", d.id(), d.unitId(),
                        "ended " + d.kind() + " member=" + d.memberId() + ": her membership changed");
            }
        } else {
            audit.record(Audit.Action.UPDATE, "digital_helper", null, null, "ended " + ended.size()
                    + " designations: their members' membership changed; members "
                    + ended.stream().map(d -> Long.toString(d.memberId())).distinct().collect(Collectors.joining(",")));
        }
    }
}
