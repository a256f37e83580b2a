package org.hoiso.member;

import java.util.Optional;
import org.hoiso.orgunit.OrgUnits;
import org.hoiso.platform.audit.Audit;
import org.hoiso.platform.security.Caller;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Look-ups of a CCCD in the whole registry on behalf of an officer registering (or checking) a member in a unit she
 * may change: "one citizen, one digital identity" means she must learn that a number is taken, which also tells her
 * that its holder is a member somewhere. So each member found is audited once a day in that member's record (as
 * {@code LOOKUP}, shown to her in "who read my record"), and an account that has found
 * {@code hoiso.registry.cccd-found-elsewhere-per-day} members outside its reach in a day looks nothing up until the
 * next day, whatever the number. Days are Viet Nam's, from the database's clock.
 */
@Component
class CccdLookups {

    private static final String TODAY = "CAST(now() AT TIME ZONE 'Asia/Ho_Chi_Minh' AS date)";

    private final JdbcClient jdbc;
    private final MemberRepository members;
    private final OrgUnits units;
    private final Audit audit;
    private final MemberProperties settings;

    CccdLookups(JdbcClient jdbc, MemberRepository members, OrgUnits units, Audit audit, MemberProperties settings) {
        this.jdbc = jdbc;
        this.members = members;
        this.units = units;
        this.audit = audit;
        this.settings = settings;
    }

    /** How many look-ups a day may find a member outside the caller's reach. */
    int allowance() {
        return settings.cccdFoundElsewherePerDay();
    }

    /** Whether the caller has used up today's allowance: then no number is looked up, found or not. */
    boolean exhausted(Caller caller) {
        return jdbc.sql("SELECT count(*) FROM member_cccd_found WHERE user_id = :u AND day = " + TODAY + " AND outside_reach")
                .param("u", caller.userId()).query(Long.class).single() >= allowance();
    }

    /**
     * The living member holding the number, if any (not {@code selfId}). A member found is kept, and audited the
     * first time that day, in a transaction of its own: a refused registration rolls back, the look-up stays.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    Optional<MemberRepository.Holder> holder(Caller caller, String nationalId, Long selfId) {
        Optional<MemberRepository.Holder> found = members.livingHolder(nationalId, selfId);
        found.ifPresent(h -> {
            boolean outside = !units.canRead(caller, h.unitId());
            boolean first = jdbc.sql("""
                    INSERT INTO member_cccd_found (user_id, day, member_id, outside_reach)
                    VALUES (:u, %s, :m, :outside) ON CONFLICT DO NOTHING
                    """.formatted(TODAY)).param("u", caller.userId()).param("m", h.memberId()).param("outside", outside)
                    .update() > 0;
            if (first) {
                jdbc.sql("DELETE FROM member_cccd_found WHERE user_id = :u AND day < " + TODAY).param("u", caller.userId())
                        .update();
                audit.record(Audit.Action.LOOKUP, "member", h.memberId(), h.unitId(),
                        "CCCD " + nationalId + " found" + (outside ? " outside the caller's units" : ""));
            }
        });
        return found;
    }
}
