package org.hoiso.safety;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Cases as case workers read and change them. Every statement here joins {@code safety_visible_cases(:viewer)}, the
 * database function that gives the cases the viewer's open designations reach, so a case outside them is not read,
 * counted, listed, logged or changed: confidentiality is in the SQL, not in a check someone may forget
 * ({@code CaseQueriesAreScopedTest} fails on a statement here that names a case table without it). Statements that
 * change a case also name the status they move from, so two case workers acting at once cannot both succeed.
 */
@Repository
class CaseRepository {

    private final JdbcClient jdbc;

    CaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(long id, String code, String kind, String status, String unitName, String handlingUnitName,
            OffsetDateTime receivedAt, Long ownerUserId, String ownerName, String riskLevel) {
    }

    record Full(long id, String code, String kind, String channel, LocalDate happenedOn, Long moneyLost, long unitId,
            String unitName, long handlingUnitId, String handlingUnitName, Long reporterMemberId, String source,
            boolean consentCounselling, boolean consentPolice, boolean consentHealth, boolean consentLegal,
            boolean consentStatistics, OffsetDateTime consentAt, byte[] descriptionEnc, byte[] peopleEnc, byte[] placeEnc,
            byte[] contactEnc, byte[] identifiersEnc, String status, Long ownerUserId, String ownerName, String riskLevel,
            byte[] assessmentEnc, byte[] safetyPlanEnc, OffsetDateTime receivedAt, OffsetDateTime closedAt, String closeOutcome,
            OffsetDateTime anonymisedAt, int version, boolean supervising) {
    }

    record Entry(long id, String kind, byte[] textEnc, String author, OffsetDateTime at) {
    }

    record Evidence(long id, String contentType, int sizeBytes, boolean byReporter, OffsetDateTime addedAt) {
    }

    record EvidenceData(String code, String contentType, byte[] dataEnc) {
    }

    record Event(String kind, String actor, OffsetDateTime at, byte[] reasonEnc, String fromUnit, String toUnit) {
    }

    record Referral(long id, long caseId, String serviceName, String serviceKind, String servicePhone, String purpose,
            String status, LocalDate deadline, byte[] noteEnc, boolean override, byte[] overrideReasonEnc, long requestedBy,
            String requestedByName, String confirmedByName, OffsetDateTime createdAt, OffsetDateTime answeredAt, String code,
            Long ownerUserId, String caseStatus) {
    }

    record Access(OffsetDateTime at, String who, String action) {
    }

    List<Row> list(long viewer, String status, String category, boolean mine, String code, int limit) {
        return jdbc.sql("""
                SELECT c.id, c.code, c.kind, c.status, u.name AS unit_name, hu.name AS handling_unit_name, c.received_at,
                       c.owner_user_id, c.owner_name, c.risk_level
                  FROM safety_visible_cases(:viewer) v
                  JOIN safety_case c ON c.id = v.case_id
                  JOIN org_unit u ON u.id = c.unit_id
                  JOIN org_unit hu ON hu.id = c.handling_unit_id
                 WHERE (CAST(:status AS text) IS NULL OR c.status = :status)
                   AND (CAST(:category AS text) IS NULL OR c.category = :category)
                   AND (NOT :mine OR c.owner_user_id = :viewer)
                   AND (CAST(:code AS text) IS NULL OR c.code = :code)
                 ORDER BY c.status = 'CLOSED', c.received_at DESC, c.id DESC
                 LIMIT :limit
                """).param("viewer", viewer).param("status", status).param("category", category).param("mine", mine)
                .param("code", code).param("limit", limit).query(Row.class).list();
    }

    long countNew(long viewer) {
        return jdbc.sql("""
                SELECT count(*) FROM safety_visible_cases(:viewer) v JOIN safety_case c ON c.id = v.case_id WHERE c.status = 'NEW'
                """).param("viewer", viewer).query(Long.class).single();
    }

    Optional<Full> find(long viewer, long id) {
        return jdbc.sql("""
                SELECT c.id, c.code, c.kind, c.channel, c.happened_on, c.money_lost, c.unit_id, u.name AS unit_name,
                       c.handling_unit_id, hu.name AS handling_unit_name, c.reporter_member_id, c.source, c.consent_counselling,
                       c.consent_police, c.consent_health, c.consent_legal, c.consent_statistics, c.consent_at,
                       c.description_enc, c.people_enc, c.place_enc, c.contact_enc, c.identifiers_enc, c.status, c.owner_user_id,
                       c.owner_name, c.risk_level, c.assessment_enc, c.safety_plan_enc, c.received_at, c.closed_at,
                       c.close_outcome, c.anonymised_at, c.version, v.supervising
                  FROM safety_visible_cases(:viewer) v
                  JOIN safety_case c ON c.id = v.case_id
                  JOIN org_unit u ON u.id = c.unit_id
                  JOIN org_unit hu ON hu.id = c.handling_unit_id
                 WHERE v.case_id = :id
                """).param("viewer", viewer).param("id", id).query(Full.class).optional();
    }

    List<Entry> entries(long viewer, long id) {
        return jdbc.sql("""
                SELECT e.id, e.kind, e.text_enc, e.author, e.at
                  FROM safety_visible_cases(:viewer) v JOIN safety_case_entry e ON e.case_id = v.case_id
                 WHERE v.case_id = :id ORDER BY e.id
                """).param("viewer", viewer).param("id", id).query(Entry.class).list();
    }

    List<Evidence> evidence(long viewer, long id) {
        return jdbc.sql("""
                SELECT e.id, e.content_type, e.size_bytes, e.by_reporter, e.added_at
                  FROM safety_visible_cases(:viewer) v JOIN safety_evidence e ON e.case_id = v.case_id
                 WHERE v.case_id = :id ORDER BY e.id
                """).param("viewer", viewer).param("id", id).query(Evidence.class).list();
    }

    Optional<EvidenceData> evidenceData(long viewer, long caseId, long evidenceId) {
        return jdbc.sql("""
                SELECT c.code, e.content_type, e.data_enc
                  FROM safety_visible_cases(:viewer) v JOIN safety_case c ON c.id = v.case_id
                  JOIN safety_evidence e ON e.case_id = c.id
                 WHERE v.case_id = :case AND e.id = :e
                """).param("viewer", viewer).param("case", caseId).param("e", evidenceId).query(EvidenceData.class).optional();
    }

    List<Event> events(long viewer, long id) {
        return jdbc.sql("""
                SELECT e.kind, e.actor, e.at, e.reason_enc, fu.name AS from_unit, tu.name AS to_unit
                  FROM safety_visible_cases(:viewer) v JOIN safety_case_event e ON e.case_id = v.case_id
                  LEFT JOIN org_unit fu ON fu.id = e.from_unit LEFT JOIN org_unit tu ON tu.id = e.to_unit
                 WHERE v.case_id = :id ORDER BY e.id
                """).param("viewer", viewer).param("id", id).query(Event.class).list();
    }

    private static final String REFERRAL = """
            SELECT r.id, r.case_id, s.name AS service_name, s.kind AS service_kind, s.phone AS service_phone, r.purpose, r.status,
                   r.deadline, r.note_enc, r.override, r.override_reason_enc, r.requested_by, r.requested_by_name,
                   r.confirmed_by_name, r.created_at, r.answered_at, c.code, c.owner_user_id, c.status AS case_status
              FROM safety_visible_cases(:viewer) v JOIN safety_case c ON c.id = v.case_id
              JOIN safety_referral r ON r.case_id = c.id JOIN safety_service s ON s.id = r.service_id
            """;

    List<Referral> referrals(long viewer, long caseId) {
        return jdbc.sql(REFERRAL + " WHERE v.case_id = :case ORDER BY r.id").param("viewer", viewer).param("case", caseId)
                .query(Referral.class).list();
    }

    Optional<Referral> referral(long viewer, long referralId) {
        return jdbc.sql(REFERRAL + " WHERE r.id = :r").param("viewer", viewer).param("r", referralId).query(Referral.class)
                .optional();
    }

    List<Access> accessLog(long viewer, long id) {
        return jdbc.sql("""
                SELECT a.at, a.who, a.action
                  FROM safety_visible_cases(:viewer) v JOIN safety_case_access a ON a.case_id = v.case_id
                 WHERE v.case_id = :id ORDER BY a.id DESC LIMIT 500
                """).param("viewer", viewer).param("id", id).query(Access.class).list();
    }

    void logAccess(long viewer, long id, String who, String action, OffsetDateTime at) {
        jdbc.sql("""
                INSERT INTO safety_case_access (case_id, user_id, who, action, at)
                SELECT v.case_id, :viewer, :who, :action, :at FROM safety_visible_cases(:viewer) v WHERE v.case_id = :id
                """).param("viewer", viewer).param("id", id).param("who", who).param("action", action).param("at", at).update();
    }

    void event(long viewer, long id, String kind, String actor, OffsetDateTime at, byte[] reason, Long fromUnit, Long toUnit) {
        jdbc.sql(
                """
                        INSERT INTO safety_case_event (case_id, kind, actor, at, reason_enc, from_unit, to_unit)
                        SELECT v.case_id, :kind, :actor, :at, :reason, :from, :to FROM safety_visible_cases(:viewer) v WHERE v.case_id = :id
                        """)
                .param("viewer", viewer).param("id", id).param("kind", kind).param("actor", actor).param("at", at)
                .param("reason", reason).param("from", fromUnit).param("to", toUnit).update();
    }

    void entry(long viewer, long id, String kind, byte[] text, String author, OffsetDateTime at) {
        jdbc.sql("""
                INSERT INTO safety_case_entry (case_id, kind, text_enc, author, at)
                SELECT v.case_id, :kind, :text, :author, :at FROM safety_visible_cases(:viewer) v WHERE v.case_id = :id
                """).param("viewer", viewer).param("id", id).param("kind", kind).param("text", text).param("author", author)
                .param("at", at).update();
    }

    boolean take(long viewer, long id, String name) {
        return jdbc.sql("""
                UPDATE safety_case c SET status = 'OPEN', owner_user_id = :viewer, owner_name = :name, version = c.version + 1
                  FROM safety_visible_cases(:viewer) v
                 WHERE v.case_id = c.id AND c.id = :id AND c.status = 'NEW'
                """).param("viewer", viewer).param("id", id).param("name", name).update() == 1;
    }

    boolean assess(long viewer, long id, String risk, byte[] assessment) {
        return jdbc.sql("""
                UPDATE safety_case c SET risk_level = :risk, assessment_enc = :a, version = c.version + 1
                  FROM safety_visible_cases(:viewer) v
                 WHERE v.case_id = c.id AND c.id = :id AND c.owner_user_id = :viewer AND c.status IN ('OPEN', 'CLOSE_REQUESTED')
                """).param("viewer", viewer).param("id", id).param("risk", risk).param("a", assessment).update() == 1;
    }

    boolean plan(long viewer, long id, byte[] plan) {
        return jdbc.sql("""
                UPDATE safety_case c SET safety_plan_enc = :p, version = c.version + 1
                  FROM safety_visible_cases(:viewer) v
                 WHERE v.case_id = c.id AND c.id = :id AND c.owner_user_id = :viewer AND c.status IN ('OPEN', 'CLOSE_REQUESTED')
                """).param("viewer", viewer).param("id", id).param("p", plan).update() == 1;
    }

    /** Hands the case to the unit above: new again, without an owner (its case workers take it). */
    boolean escalate(long viewer, long id, String fromStatus, long toUnit) {
        return jdbc.sql("""
                UPDATE safety_case c SET handling_unit_id = :to, status = 'NEW', owner_user_id = NULL, owner_name = NULL,
                                         version = c.version + 1
                  FROM safety_visible_cases(:viewer) v
                 WHERE v.case_id = c.id AND c.id = :id AND c.status = :from
                """).param("viewer", viewer).param("id", id).param("from", fromStatus).param("to", toUnit).update() == 1;
    }

    boolean move(long viewer, long id, String fromStatus, String toStatus, String outcome, OffsetDateTime at) {
        return jdbc
                .sql("""
                        UPDATE safety_case c SET status = :to,
                                                 closed_at = CASE WHEN :to = 'CLOSED' THEN CAST(:at AS timestamptz) END,
                                                 close_outcome = CASE WHEN :to = 'OPEN' THEN NULL ELSE coalesce(:outcome, c.close_outcome) END,
                                                 version = c.version + 1
                          FROM safety_visible_cases(:viewer) v
                         WHERE v.case_id = c.id AND c.id = :id AND c.status = :from
                        """)
                .param("viewer", viewer).param("id", id).param("from", fromStatus).param("to", toStatus)
                .param("outcome", outcome).param("at", at).update() == 1;
    }

    long refer(long viewer, long caseId, long serviceId, String purpose, String status, LocalDate deadline, byte[] note,
            byte[] overrideReason, String name, OffsetDateTime at) {
        return jdbc
                .sql("""
                        INSERT INTO safety_referral (case_id, service_id, purpose, status, deadline, note_enc, override, override_reason_enc,
                                                     requested_by, requested_by_name, created_at, sent_at)
                        SELECT v.case_id, :service, :purpose, :status, :deadline, :note, :override, :reason, :viewer, :name, :at,
                               CASE WHEN :status = 'SENT' THEN CAST(:at AS timestamptz) END
                          FROM safety_visible_cases(:viewer) v WHERE v.case_id = :case
                        RETURNING id
                        """)
                .param("viewer", viewer).param("case", caseId).param("service", serviceId).param("purpose", purpose)
                .param("status", status).param("deadline", deadline).param("note", note).param("reason", overrideReason)
                .param("override", overrideReason != null)
                .param("name", name).param("at", at).query(Long.class).optional().orElse(0L);
    }

    boolean moveReferral(long viewer, long referralId, String fromStatus, String toStatus, String confirmerName,
            OffsetDateTime at) {
        return jdbc
                .sql("""
                        UPDATE safety_referral r SET status = :to,
                               confirmed_by = CASE WHEN :confirm THEN :viewer ELSE r.confirmed_by END,
                               confirmed_by_name = CASE WHEN :confirm THEN :name ELSE r.confirmed_by_name END,
                               sent_at = CASE WHEN :to = 'SENT' THEN CAST(:at AS timestamptz) ELSE r.sent_at END,
                               answered_at = CASE WHEN :to IN ('ACCEPTED', 'DECLINED') THEN CAST(:at AS timestamptz) ELSE r.answered_at END
                          FROM safety_visible_cases(:viewer) v
                         WHERE v.case_id = r.case_id AND r.id = :r AND r.status = :from
                        """)
                .param("viewer", viewer).param("r", referralId).param("from", fromStatus).param("to", toStatus)
                .param("confirm", confirmerName != null).param("name", confirmerName).param("at", at).update() == 1;
    }

    /** The cases she sees among those that named an indicator. */
    List<Row> ofIndicator(long viewer, long indicatorId) {
        return jdbc.sql("""
                SELECT c.id, c.code, c.kind, c.status, u.name AS unit_name, hu.name AS handling_unit_name, c.received_at,
                       c.owner_user_id, c.owner_name, c.risk_level
                  FROM safety_visible_cases(:viewer) v
                  JOIN safety_case c ON c.id = v.case_id
                  JOIN safety_indicator_report r ON r.case_id = c.id
                  JOIN org_unit u ON u.id = c.unit_id
                  JOIN org_unit hu ON hu.id = c.handling_unit_id
                 WHERE r.indicator_id = :i ORDER BY c.received_at DESC LIMIT 100
                """).param("viewer", viewer).param("i", indicatorId).query(Row.class).list();
    }

    record Named(String kind, String value) {
    }

    /** The identifiers a scam case named (its indicators). */
    List<Named> indicatorsOf(long viewer, long id) {
        return jdbc.sql("""
                SELECT i.kind, i.value
                  FROM safety_visible_cases(:viewer) v JOIN safety_indicator_report r ON r.case_id = v.case_id
                  JOIN safety_indicator i ON i.id = r.indicator_id
                 WHERE v.case_id = :id ORDER BY i.kind, i.value
                """).param("viewer", viewer).param("id", id).query(Named.class).list();
    }
}
