package org.hoiso.member;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import javax.sql.DataSource;
import org.hoiso.member.events.MembersChanged;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry's bulk path, used by imports: rows already checked with {@link MemberRules} are copied
 * into a staging table as they are read ({@code COPY}, no per-row statements), and moved into the
 * registry by one statement in the caller's transaction, so a batch is either wholly in or not at all.
 * The caller (the intake module) has checked the caller's rights on every unit; this class checks none.
 */
@Service
public class MemberBulk {

    /** How many CCCDs one holder look-up takes. */
    public static final int LOOKUP_CHUNK = 5_000;

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MemberBulk(JdbcClient jdbc, DataSource dataSource, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.events = events;
        this.clock = clock;
    }

    /** A living member (active or transferred out) holding a CCCD. */
    public record Holder(long memberId, long unitId) {
    }

    /** The living members holding any of the given CCCDs (at most {@link #LOOKUP_CHUNK} at a time). */
    @Transactional(readOnly = true)
    public Map<String, Holder> livingHolders(Collection<String> nationalIds) {
        Map<String, Holder> out = new HashMap<>();
        if (nationalIds.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                SELECT national_id, id, unit_id FROM member
                 WHERE national_id = ANY(CAST(:ids AS text[])) AND status IN ('ACTIVE', 'TRANSFERRED_OUT')
                """).param("ids", nationalIds.toArray(String[]::new))
                .query((rs, i) -> out.put(rs.getString(1), new Holder(rs.getLong(2), rs.getLong(3)))).list();
        return out;
    }

    /** Rows of a batch being copied into staging; {@link #finish()} ends the copy, {@link #close()} always releases it. */
    public interface Staging extends AutoCloseable {

        /**
         * One valid row. {@code unitId} is its unit, or null with {@code newUnitKey} naming a branch the
         * commit creates first; {@code existingId} is the member the row updates ("update existing" mode).
         */
        void add(long rowNo, MemberInput m, Long unitId, String newUnitKey, Long existingId);

        /** Ends the copy; returns the number of rows staged. */
        long finish();

        @Override
        void close();
    }

    /**
     * Starts copying rows of a batch into staging, on a connection of its own in auto-commit: the copy
     * is one statement, so a failure leaves nothing of it; {@link #discard} removes a finished one.
     */
    public Staging staging(long batchId) {
        try {
            Connection c = dataSource.getConnection();
            try {
                c.setAutoCommit(true);
                CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                        COPY member_staging (batch_id, row_no, full_name, birth_date, national_id, phone, address,
                             ethnicity_code, sensitive_consent_on, unit_id, new_unit_key, joined_on, position,
                             has_smartphone, vneid_level, has_ewallet, digital_skill, existing_id) FROM STDIN""");
                return new CopyStaging(batchId, c, copy);
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot start copying into member_staging", e);
        }
    }

    /** Rows staged for a batch (after a crash the unlogged staging table is empty). */
    @Transactional(readOnly = true)
    public long staged(long batchId) {
        return jdbc.sql("SELECT count(*) FROM member_staging WHERE batch_id = :b").param("b", batchId).query(Long.class).single();
    }

    /** Staged rows a commit moves per statement, telling its progress between them. */
    public static final int COMMIT_CHUNK = 20_000;

    /** Forgets a batch's staged rows. */
    @Transactional
    public void discard(long batchId) {
        jdbc.sql("DELETE FROM member_staging WHERE batch_id = :b").param("b", batchId).update();
    }

    /** What a commit did: new records, updated records, and rows skipped because another record took the CCCD since the dry run. */
    public record Committed(long inserted, long updated, long skipped) {
    }

    /**
     * Moves a batch's staged rows into the registry, inside the caller's transaction: new records (with
     * their "joined" history entry; a row without a joining date is an existing member whose date is
     * unknown, active from today) and, for rows that name an existing member, updates of the fields the
     * file gives (an empty cell keeps the stored value). {@code newUnits} maps each
     * {@code newUnitKey} to the unit created for it in the same transaction. The staging rows are
     * removed in the same transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Committed commit(long batchId, Map<String, Long> newUnits, String actor) {
        return commit(batchId, newUnits, actor, moved -> {
        }, COMMIT_CHUNK);
    }

    /**
     * {@link #commit(long, Map, String)} in chunks of {@code chunk} staged rows (in file order), telling
     * {@code progress} how many staged rows it has moved after each, so a long import shows how far it is.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Committed commit(long batchId, Map<String, Long> newUnits, String actor, LongConsumer progress, int chunk) {
        if (!newUnits.isEmpty()) {
            List<String> keys = new ArrayList<>(newUnits.keySet());
            jdbc.sql("""
                    UPDATE member_staging s SET unit_id = v.id
                      FROM unnest(CAST(:keys AS text[]), CAST(:ids AS bigint[])) AS v(key, id)
                     WHERE s.batch_id = :b AND s.unit_id IS NULL AND s.new_unit_key = v.key
                    """).param("b", batchId).param("keys", keys.toArray(String[]::new))
                    .param("ids", keys.stream().map(newUnits::get).toArray(Long[]::new)).update();
        }
        long staged = staged(batchId);
        long inserted = 0;
        long moved = 0;
        for (long after = Long.MIN_VALUE; moved < staged;) {
            long upto = jdbc.sql("""
                    SELECT row_no FROM member_staging WHERE batch_id = :b AND row_no > :after ORDER BY row_no OFFSET :skip LIMIT 1
                    """).param("b", batchId).param("after", after).param("skip", chunk - 1).query(Long.class).optional()
                    .orElse(Long.MAX_VALUE);
            inserted += insertStaged(batchId, after, upto, actor);
            moved = Math.min(staged, moved + chunk);
            progress.accept(moved);
            after = upto;
        }
        boolean anyUpdate = jdbc
                .sql("SELECT EXISTS (SELECT 1 FROM member_staging WHERE batch_id = :b AND existing_id IS NOT NULL)")
                .param("b", batchId).query(Boolean.class).single();
        long updated = !anyUpdate
                ? 0
                : jdbc.sql(
                        """
                                UPDATE member m SET full_name = s.full_name, birth_date = s.birth_date,
                                       phone = coalesce(s.phone, m.phone), address = coalesce(s.address, m.address),
                                       ethnicity_code = CASE WHEN s.ethnicity_code IS NULL THEN m.ethnicity_code ELSE s.ethnicity_code END,
                                       sensitive_consent_on = CASE WHEN s.ethnicity_code IS NULL THEN m.sensitive_consent_on ELSE s.sensitive_consent_on END,
                                       joined_on = coalesce(s.joined_on, m.joined_on), position = s.position,
                                       has_smartphone = coalesce(s.has_smartphone, m.has_smartphone),
                                       vneid_level = coalesce(s.vneid_level, m.vneid_level), has_ewallet = coalesce(s.has_ewallet, m.has_ewallet),
                                       digital_skill = coalesce(s.digital_skill, m.digital_skill),
                                       batch_id = s.batch_id, updated_at = now(), version = m.version + 1
                                  FROM member_staging s
                                 WHERE s.batch_id = :b AND s.existing_id IS NOT NULL AND s.existing_id = m.id AND m.national_id = s.national_id
                                   AND m.status IN ('ACTIVE', 'TRANSFERRED_OUT')
                                """)
                        .param("b", batchId).update();
        jdbc.sql("DELETE FROM member_staging WHERE batch_id = :b").param("b", batchId).update();
        return new Committed(inserted, updated, staged - inserted - updated);
    }

    /** A new status for one member of a bulk change, from a date. */
    public record StatusChange(long memberId, MemberStatus status, LocalDate on) {
    }

    /**
     * Changes the status of many members at once (an import that carries statuses), inside the caller's
     * transaction: one statement changes the records and writes their status history, and one
     * {@link MembersChanged} tells the other modules, which revoke the cards, end the designations and decide
     * the logins of all of them in a few statements. A member already in the status she is given is left as
     * she is. The caller has checked its rights on every member, and that no return to a living status gives
     * a CCCD two living records (the registry's unique index refuses it: the whole change rolls back).
     * Returns the number of members changed.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int changeStatuses(List<StatusChange> changes, String reason, String actor) {
        if (changes.isEmpty()) {
            return 0;
        }
        LifeEvents.Batch batch = new LifeEvents.Batch();
        int[] n = {0};
        jdbc.sql("""
                WITH input AS (
                    SELECT * FROM unnest(CAST(:ids AS bigint[]), CAST(:statuses AS text[]), CAST(:dates AS date[]))
                        AS i(id, status, since)
                ), old AS (
                    SELECT m.id, m.status FROM member m JOIN input i ON i.id = m.id WHERE m.status <> i.status FOR UPDATE OF m
                ), changed AS (
                    UPDATE member m SET status = i.status, status_since = i.since, updated_at = now(), version = m.version + 1
                      FROM input i JOIN old o ON o.id = i.id
                     WHERE m.id = i.id
                    RETURNING m.id, m.unit_id, o.status AS old_status, m.status AS new_status, m.status_since
                ), history AS (
                    INSERT INTO member_status_history (member_id, status, effective_date, reason, changed_by)
                    SELECT id, new_status, status_since, :reason, :actor FROM changed
                )
                SELECT id, unit_id, old_status, new_status, status_since FROM changed ORDER BY id
                """).param("ids", changes.stream().map(StatusChange::memberId).toArray(Long[]::new))
                .param("statuses", changes.stream().map(c -> c.status().name()).toArray(String[]::new))
                .param("dates", changes.stream().map(c -> c.on().toString()).toArray(String[]::new))
                .param("reason", reason).param("actor", actor)
                .query(rs -> {
                    n[0]++;
                    batch.add(LifeEvents.ofStatus(rs.getLong(1), rs.getLong(2), MemberStatus.valueOf(rs.getString(3)),
                            MemberStatus.valueOf(rs.getString(4)), rs.getObject(5, LocalDate.class), actor));
                });
        MembersChanged changed = batch.build();
        if (!changed.isEmpty()) {
            events.publishEvent(changed);
        }
        return n[0];
    }

    /**
     * Inserts the new members among a batch's staged rows {@code after < row_no <= upto}, each with her "joined"
     * history entry; answers how many. Province as member_set_province computes it, in the same join, so the row
     * trigger is skipped; the member number as member_set_number makes it (V50), a number drawn per row, so that
     * trigger is skipped too. The number is drawn in the select list, which PostgreSQL evaluates for every row after
     * the sort (in file order); it was drawn in a LATERAL subquery on the province, which a merge join evaluated
     * once per unit, giving every row of a unit the same number (60,000 rows of one commune failed on the
     * member_number index; {@code MemberBulkCommitIT}). A row without a joining date is an existing member whose date is unknown: active
     * from today.
     */
    private long insertStaged(long batchId, long after, long upto, String actor) {
        return jdbc
                .sql("""
                        WITH ins AS (
                            INSERT INTO member (full_name, birth_date, national_id, phone, address, ethnicity_code,
                                                sensitive_consent_on, unit_id, province_id, joined_on, status, status_since, position,
                                                has_smartphone, vneid_level, has_ewallet, digital_skill, batch_id, member_number)
                            SELECT s.full_name, s.birth_date, s.national_id, s.phone, s.address, s.ethnicity_code,
                                   s.sensitive_consent_on, s.unit_id,
                                   CASE WHEN nlevel(u.path) >= 2 THEN ltree2text(subpath(u.path, 1, 1))::bigint END,
                                   s.joined_on, 'ACTIVE', coalesce(s.joined_on, :today), s.position,
                                   s.has_smartphone, s.vneid_level, s.has_ewallet, s.digital_skill, s.batch_id,
                                   member_number_format(p.id, nextval(member_number_sequence(p.id)))
                              FROM member_staging s JOIN org_unit u ON u.id = s.unit_id
                              LEFT JOIN org_unit p ON p.id = CASE WHEN nlevel(u.path) >= 2 THEN ltree2text(subpath(u.path, 1, 1))::bigint END
                             WHERE s.batch_id = :b AND s.existing_id IS NULL AND s.row_no > :after AND s.row_no <= :upto
                             ORDER BY s.row_no
                            ON CONFLICT (national_id, (CASE WHEN status IN ('ACTIVE', 'TRANSFERRED_OUT') THEN 0 ELSE id END)) DO NOTHING
                            RETURNING id, status_since
                        )
                        INSERT INTO member_status_history (member_id, status, effective_date, reason, changed_by)
                        SELECT id, 'ACTIVE', status_since, :reason, :actor FROM ins
                        """)
                .param("b", batchId).param("after", after).param("upto", upto).param("actor", actor)
                .param("reason", "import #" + batchId).param("today", LocalDate.now(clock)).update();
    }

    /** COPY text format: tab-separated, \N for null, backslash escapes. */
    private static final class CopyStaging implements Staging {

        private static final int FLUSH_AT = 1 << 16;

        private final long batchId;
        private final Connection connection;
        private final CopyIn copy;
        private final StringBuilder buf = new StringBuilder(FLUSH_AT + 4096);
        private long rows;

        CopyStaging(long batchId, Connection connection, CopyIn copy) {
            this.batchId = batchId;
            this.connection = connection;
            this.copy = copy;
        }

        @Override
        public void add(long rowNo, MemberInput m, Long unitId, String newUnitKey, Long existingId) {
            buf.append(batchId).append('\t').append(rowNo);
            text(m.fullName());
            date(m.birthDate());
            text(m.nationalId());
            text(m.phone());
            text(m.address());
            text(m.ethnicityCode());
            date(m.sensitiveConsentOn());
            number(unitId);
            text(newUnitKey);
            date(m.joinedOn());
            text(m.position().name());
            bool(m.hasSmartphone());
            number(m.vneidLevel());
            bool(m.hasEwallet());
            number(m.digitalSkill());
            number(existingId);
            buf.append('\n');
            rows++;
            if (buf.length() >= FLUSH_AT) {
                flush();
            }
        }

        private void text(String s) {
            buf.append('\t');
            if (s == null) {
                buf.append("\\N");
                return;
            }
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                switch (ch) {
                    case '\\' -> buf.append("\\\\");
                    case '\t' -> buf.append("\\t");
                    case '\n' -> buf.append("\\n");
                    case '\r' -> buf.append("\\r");
                    default -> buf.append(ch);
                }
            }
        }

        private void date(LocalDate d) {
            buf.append('\t');
            if (d == null) {
                buf.append("\\N");
            } else {
                buf.append(d);
            }
        }

        private void number(Number n) {
            buf.append('\t');
            if (n == null) {
                buf.append("\\N");
            } else {
                buf.append(n);
            }
        }

        private void bool(Boolean b) {
            buf.append('\t').append(b == null ? "\\N" : b ? "t" : "f");
        }

        private void flush() {
            byte[] bytes = buf.toString().getBytes(StandardCharsets.UTF_8);
            buf.setLength(0);
            try {
                copy.writeToCopy(bytes, 0, bytes.length);
            } catch (SQLException e) {
                throw new IllegalStateException("Copy into member_staging failed", e);
            }
        }

        @Override
        public long finish() {
            flush();
            try {
                copy.endCopy();
            } catch (SQLException e) {
                throw new IllegalStateException("Copy into member_staging failed", e);
            }
            return rows;
        }

        @Override
        public void close() {
            try {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            } catch (SQLException e) {
                // The connection is closed next; the copy dies with it.
            } finally {
                try {
                    connection.close();
                } catch (SQLException e) {
                    throw new IllegalStateException("Closing the staging connection failed", e);
                }
            }
        }
    }
}
