package org.hoiso.skills.help;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The help log's tables: designations, sessions and the help given. */
@Repository
class HelpRepository {

    /** Units of a subtree, by the org tree's ltree path (the path was allowed by OrgUnits). */
    private static final String IN_SUBTREE = "h.unit_id IN (SELECT id FROM org_unit WHERE path <@ CAST(:path AS ltree))";

    private final JdbcClient jdbc;

    HelpRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored help as read back for lists (phone in full: the service masks it). */
    record Row(long id, long unitId, String unitName, LocalDate givenOn, String place, String type, String note,
            Long memberId, String citizenName, String citizenPhone, String loggedBy) {
    }

    record Designation(long id, long memberId, long unitId, String unitName, String kind, LocalDate since, String designatedBy) {
    }

    long insertSession(long unitId, LocalDate heldOn, String place, String note, String by) {
        return jdbc.sql("""
                INSERT INTO help_session (unit_id, held_on, place, note, created_by)
                VALUES (:unit, :on, :place, :note, :by) RETURNING id
                """).param("unit", unitId).param("on", heldOn).param("place", place).param("note", note).param("by", by)
                .query(Long.class).single();
    }

    long insertHelp(HelpEntry e, Long sessionId, String by, Long byMemberId, OffsetDateTime consentAt) {
        boolean citizen = e.citizenName() != null;
        return jdbc
                .sql("""
                        INSERT INTO help_given (unit_id, given_on, place, type, note, helped_member_id, citizen_name, citizen_phone,
                                                consent_recorded_at, consent_recorded_by, session_id, logged_by, logged_by_member_id)
                        VALUES (:unit, :on, :place, :type, :note, :member, :name, :phone, :consentAt, :consentBy, :session, :by, :byMember)
                        RETURNING id
                        """)
                .param("unit", e.unitId()).param("on", e.givenOn()).param("place", e.place()).param("type", e.type().name())
                .param("note", e.note()).param("member", e.memberId()).param("name", e.citizenName())
                .param("phone", e.citizenPhone()).param("consentAt", citizen ? consentAt : null)
                .param("consentBy", citizen ? by : null).param("session", sessionId).param("by", by).param("byMember", byMemberId)
                .query(Long.class).single();
    }

    /** Newest first; {@code afterDate}/{@code afterId} continue after the last row of the previous page. */
    List<Row> list(String path, LocalDate from, LocalDate to, String type, LocalDate afterDate, Long afterId, int limit) {
        return jdbc.sql("""
                SELECT h.id, h.unit_id, u.name AS unit_name, h.given_on, h.place, h.type, h.note, h.helped_member_id AS member_id,
                       h.citizen_name, h.citizen_phone, h.logged_by
                  FROM help_given h JOIN org_unit u ON u.id = h.unit_id
                 WHERE %s AND h.given_on BETWEEN :from AND :to
                   AND (CAST(:type AS text) IS NULL OR h.type = :type)
                   AND (CAST(:afterDate AS date) IS NULL OR (h.given_on, h.id) < (CAST(:afterDate AS date), :afterId))
                 ORDER BY h.given_on DESC, h.id DESC
                 LIMIT :limit
                """.formatted(IN_SUBTREE))
                .param("path", path).param("from", from).param("to", to).param("type", type)
                .param("afterDate", afterDate).param("afterId", afterId == null ? 0L : afterId).param("limit", limit)
                .query(Row.class).list();
    }

    /** Help given by type; every type present, zero when none. */
    Map<HelpType, Long> countByType(String path, LocalDate from, LocalDate to) {
        Map<HelpType, Long> counts = new EnumMap<>(HelpType.class);
        for (HelpType t : HelpType.values()) {
            counts.put(t, 0L);
        }
        jdbc.sql("""
                SELECT h.type, count(*) AS n FROM help_given h
                 WHERE %s AND h.given_on BETWEEN :from AND :to
                 GROUP BY h.type
                """.formatted(IN_SUBTREE))
                .param("path", path).param("from", from).param("to", to)
                .query(rs -> {
                    counts.put(HelpType.valueOf(rs.getString("type")), rs.getLong("n"));
                });
        return counts;
    }

    /** Distinct people helped: members by id, citizens by their normalised phone. */
    long peopleHelped(String path, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT count(DISTINCT h.helped_member_id) + count(DISTINCT h.citizen_phone) FROM help_given h
                 WHERE %s AND h.given_on BETWEEN :from AND :to
                """.formatted(IN_SUBTREE))
                .param("path", path).param("from", from).param("to", to).query(Long.class).single();
    }

    /** Distinct people helped in the subtrees of several units together (each person once). */
    long peopleHelped(List<String> paths, LocalDate from, LocalDate to) {
        if (paths.isEmpty()) {
            return 0;
        }
        return jdbc
                .sql("""
                        SELECT count(DISTINCT h.helped_member_id) + count(DISTINCT h.citizen_phone) FROM help_given h
                         WHERE h.unit_id IN (SELECT u.id FROM unnest(CAST(:paths AS ltree[])) AS p(path) JOIN org_unit u ON u.path <@ p.path)
                           AND h.given_on BETWEEN :from AND :to
                        """)
                .param("paths", paths.toArray(String[]::new)).param("from", from).param("to", to).query(Long.class)
                .single();
    }

    long designate(long memberId, long unitId, HelperKind kind, LocalDate since, String by) {
        return jdbc.sql("""
                INSERT INTO digital_helper (member_id, unit_id, kind, since, designated_by)
                VALUES (:member, :unit, :kind, :since, :by)
                ON CONFLICT (member_id, unit_id, kind) WHERE until IS NULL DO NOTHING
                RETURNING id
                """).param("member", memberId).param("unit", unitId).param("kind", kind.name()).param("since", since)
                .param("by", by).query(Long.class).optional().orElse(0L);
    }

    /** Ends the open designation; false when there was none. An ended designation keeps its history. */
    boolean endDesignation(long memberId, long unitId, HelperKind kind, LocalDate until, String by) {
        return jdbc.sql("""
                UPDATE digital_helper SET until = greatest(:until, since), ended_by = :by
                 WHERE member_id = :member AND unit_id = :unit AND kind = :kind AND until IS NULL
                """).param("member", memberId).param("unit", unitId).param("kind", kind.name()).param("until", until)
                .param("by", by).update() > 0;
    }

    /** A designation ended because of what happened to its member. */
    record Ended(long id, long memberId, long unitId, String kind) {
    }

    /** One member's change: from when her designations end and, for a transfer, the unit she moved to. */
    record MemberChange(long memberId, LocalDate on, Long toUnitId) {
    }

    /**
     * Ends the open designations of these members on the date of their change: all of them for one who left or
     * died; for one transferred, those of units whose subtree does not hold her new unit.
     */
    List<Ended> endForMembers(List<MemberChange> changes, String by) {
        if (changes.isEmpty()) {
            return List.of();
        }
        return jdbc
                .sql("""
                        UPDATE digital_helper h SET until = greatest(v.until, h.since), ended_by = :by
                          FROM unnest(CAST(:members AS bigint[]), CAST(:dates AS date[]), CAST(:units AS bigint[])) AS v(member_id, until, unit_id)
                         WHERE h.member_id = v.member_id AND h.until IS NULL
                           AND (v.unit_id IS NULL OR NOT EXISTS (
                                SELECT 1 FROM org_unit du JOIN org_unit nu ON nu.id = v.unit_id WHERE du.id = h.unit_id AND nu.path <@ du.path))
                        RETURNING h.id, h.member_id, h.unit_id, h.kind
                        """)
                .param("members", changes.stream().map(MemberChange::memberId).toArray(Long[]::new))
                .param("dates", changes.stream().map(c -> c.on().toString()).toArray(String[]::new))
                .param("units", changes.stream().map(MemberChange::toUnitId).toArray(Long[]::new)).param("by", by)
                .query(Ended.class).list();
    }

    /** Open designations of units in a subtree. */
    List<Designation> openIn(String path) {
        return jdbc.sql("""
                SELECT h.id, h.member_id, h.unit_id, u.name AS unit_name, h.kind, h.since, h.designated_by
                  FROM digital_helper h JOIN org_unit u ON u.id = h.unit_id
                 WHERE %s AND h.until IS NULL
                 ORDER BY u.path, h.kind, h.id
                """.formatted(IN_SUBTREE)).param("path", path).query(Designation.class).list();
    }

    /** Whether the member has an open designation (one indexed probe, for the menu of every page). */
    boolean isDesignated(long memberId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM digital_helper WHERE member_id = :member AND until IS NULL)")
                .param("member", memberId).query(Boolean.class).single();
    }

    /** The units a member is designated for today (her help may count anywhere in their subtrees). */
    List<Long> designatedUnits(long memberId) {
        return jdbc.sql("""
                SELECT DISTINCT unit_id FROM digital_helper WHERE member_id = :member AND until IS NULL ORDER BY unit_id
                """).param("member", memberId).query(Long.class).list();
    }

    /** Erases a citizen's name and phone from the helps of a subtree; answers how many. */
    int eraseCitizen(String path, String phone, OffsetDateTime at) {
        return jdbc.sql("""
                UPDATE help_given h SET citizen_name = NULL, citizen_phone = NULL, citizen_erased_at = :at
                 WHERE %s AND h.citizen_phone = :phone
                """.formatted(IN_SUBTREE)).param("path", path).param("phone", phone).param("at", at).update();
    }

    /** Erases the name and phone of every citizen helped before the day; answers how many helps. */
    int eraseCitizensBefore(LocalDate cutoff, OffsetDateTime at) {
        return jdbc.sql("""
                UPDATE help_given SET citizen_name = NULL, citizen_phone = NULL, citizen_erased_at = :at
                 WHERE citizen_name IS NOT NULL AND given_on < :cutoff
                """).param("cutoff", cutoff).param("at", at).update();
    }

    // ---- what the log holds about one member, for her data download ----

    /** Every designation she had, ended ones too. */
    record HerDesignation(String unitName, String kind, LocalDate since, LocalDate until, String designatedBy, String endedBy) {
    }

    List<HerDesignation> designationsOf(long memberId) {
        return jdbc.sql("""
                SELECT u.name AS unit_name, h.kind, h.since, h.until, h.designated_by, h.ended_by
                  FROM digital_helper h JOIN org_unit u ON u.id = h.unit_id
                 WHERE h.member_id = :member ORDER BY h.since, h.id
                """).param("member", memberId).query(HerDesignation.class).list();
    }

    /** A help that names her: given to her ({@code toHer}) or logged by her as a helper (then no one else's name). */
    record HerHelp(boolean toHer, LocalDate givenOn, String unitName, String place, String type, String loggedBy,
            OffsetDateTime loggedAt) {
    }

    List<HerHelp> helpNaming(long memberId) {
        return jdbc
                .sql("""
                        SELECT h.helped_member_id IS NOT DISTINCT FROM :member AS to_her, h.given_on, u.name AS unit_name, h.place, h.type,
                               h.logged_by, h.created_at AS logged_at
                          FROM help_given h JOIN org_unit u ON u.id = h.unit_id
                         WHERE h.helped_member_id = :member OR h.logged_by_member_id = :member
                         ORDER BY h.given_on, h.id
                        """)
                .param("member", memberId).query(HerHelp.class).list();
    }
}
