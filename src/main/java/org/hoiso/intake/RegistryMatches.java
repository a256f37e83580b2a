package org.hoiso.intake;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hoiso.member.MemberBulk;
import org.hoiso.orgunit.OrgUnits;
import org.hoiso.platform.security.Caller;

/**
 * What a row's CCCD already held by a living member means for an import, decided alike in the preview and the
 * dry run, scope first: in "update existing" mode a member the officer may change is updated; a member of a
 * unit she may see is named ({@code intake.cccd.existsIn}); a member outside her reach only makes the number
 * "unusable" ({@code intake.cccd.unusable}), which says nothing of where, or whether, she is registered, so
 * that a dry run cannot test numbers against the whole country. Those look-ups are counted for the audit log.
 */
final class RegistryMatches {

    /** A settled row: the row (with a problem when its number is taken) and the member it updates, or null. */
    record Settled(RowChecker.Checked row, Long existing) {
    }

    private final Caller caller;
    private final boolean updateExisting;
    private final OrgUnits units;
    private final Map<Long, Boolean> writable = new HashMap<>();
    private final Map<Long, Boolean> readable = new HashMap<>();
    private long outsideReach;

    RegistryMatches(Caller caller, boolean updateExisting, OrgUnits units) {
        this.caller = caller;
        this.updateExisting = updateExisting;
        this.units = units;
    }

    /** The row given the living member holding its CCCD ({@code holder}, null when none). */
    Settled settle(RowChecker.Checked c, MemberBulk.Holder holder) {
        if (!c.ok() || holder == null) {
            return new Settled(c, null);
        }
        if (updateExisting && writable.computeIfAbsent(holder.unitId(), u -> units.canWrite(caller, u))) {
            return new Settled(c, holder.memberId());
        }
        if (readable.computeIfAbsent(holder.unitId(), u -> units.canRead(caller, u))) {
            return new Settled(c.with(new RowChecker.Problem(ImportField.NATIONAL_ID, "intake.cccd.existsIn",
                    List.of(units.get(holder.unitId()).name()))), null);
        }
        outsideReach++;
        return new Settled(c.with(new RowChecker.Problem(ImportField.NATIONAL_ID, "intake.cccd.unusable", List.of())), null);
    }

    /** How many rows named a number held outside the officer's reach. */
    long outsideReach() {
        return outsideReach;
    }
}
