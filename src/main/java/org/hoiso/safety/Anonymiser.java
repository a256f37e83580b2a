package org.hoiso.safety;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Anonymising a case: at the reporter's request (through her code and PIN) or when it has been closed longer than
 * {@code hoiso.safety.retention-days}. What was told in confidence goes (sealed texts, screenshots, notes, replies,
 * reasons), the code no longer opens it, the link to her member record goes; what statistics count stays (kind,
 * dates, commune, money, consents, statuses). A reporter's deletion also takes her report out of the indicators.
 */
@Repository
class Anonymiser {

    private final JdbcClient jdbc;

    Anonymiser(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Anonymises one case (the system acts: no viewer); false when it was already. */
    boolean anonymise(long caseId, OffsetDateTime at, boolean byReporter) {
        int done = jdbc.sql("""
                UPDATE safety_case
                   SET pin_hash = NULL, description_enc = NULL, people_enc = NULL, place_enc = NULL, contact_enc = NULL,
                       identifiers_enc = NULL, assessment_enc = NULL, safety_plan_enc = NULL, reporter_member_id = NULL,
                       reporter_key = NULL, anonymised_at = :at, status = 'CLOSED', closed_at = coalesce(closed_at, :at),
                       close_outcome = CASE WHEN :byReporter THEN 'DELETED_BY_REPORTER' ELSE close_outcome END,
                       version = version + 1
                 WHERE id = :c AND anonymised_at IS NULL
                """).param("c", caseId).param("at", at).param("byReporter", byReporter).update();
        if (done == 0) {
            return false;
        }
        jdbc.sql("DELETE FROM safety_evidence WHERE case_id = :c").param("c", caseId).update();
        jdbc.sql("DELETE FROM safety_case_entry WHERE case_id = :c").param("c", caseId).update();
        jdbc.sql("UPDATE safety_case_event SET reason_enc = NULL WHERE case_id = :c").param("c", caseId).update();
        jdbc.sql("UPDATE safety_referral SET note_enc = NULL, override_reason_enc = NULL WHERE case_id = :c").param("c", caseId)
                .update();
        if (byReporter) {
            jdbc.sql("DELETE FROM safety_indicator_report WHERE case_id = :c").param("c", caseId).update();
        }
        jdbc.sql("INSERT INTO safety_case_event (case_id, kind, actor, at) VALUES (:c, :k, :a, :at)").param("c", caseId)
                .param("k", byReporter ? "DELETED_BY_REPORTER" : "ANONYMISED").param("a", byReporter ? "reporter" : "hoiso")
                .param("at", at).update();
        return true;
    }

    /** Cases closed before the date and not yet anonymised, oldest first. */
    List<Long> closedBefore(OffsetDateTime before, int limit) {
        return jdbc.sql("""
                SELECT id FROM safety_case WHERE closed_at < :before AND anonymised_at IS NULL ORDER BY closed_at, id LIMIT :limit
                """).param("before", before).param("limit", limit).query(Long.class).list();
    }
}
