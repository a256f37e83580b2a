package org.hoiso.safety;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reporter's side of a case: writing a new report, and reading or adding to one only by its code after its PIN
 * matched (the service checks the PIN; this class is never given a case id another way). Nothing here reads a case
 * for an officer: that is {@link CaseRepository}, behind the case workers' designations.
 */
@Repository
class ReporterRepository {

    private final JdbcClient jdbc;

    ReporterRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new report as stored: sealed texts, consents, the commune. */
    record NewCase(String code, String pinHash, CaseKind kind, Channel channel, LocalDate happenedOn, Long moneyLost,
            long communeId, Long reporterMemberId, String reporterKey, String source, ReportInput.Consents consents,
            byte[] description, byte[] people, byte[] place, byte[] contact, byte[] identifiers, OffsetDateTime at) {
    }

    /** Stores the case; 0 when the code was taken (the caller draws another). */
    long insert(NewCase c) {
        return jdbc
                .sql("""
                        INSERT INTO safety_case (code, pin_hash, kind, category, channel, happened_on, money_lost, unit_id, handling_unit_id,
                                                 reporter_member_id, reporter_key, source, consent_counselling, consent_police,
                                                 consent_health, consent_legal, consent_statistics, consent_at, description_enc,
                                                 people_enc, place_enc, contact_enc, identifiers_enc, status, received_at)
                        VALUES (:code, :pin, :kind, :category, :channel, :happened, :money, :unit, :unit, :member, :key, :source,
                                :counselling, :police, :health, :legal, :statistics, :at, :description, :people, :place, :contact,
                                :identifiers, 'NEW', :at)
                        ON CONFLICT (code) DO NOTHING
                        RETURNING id
                        """)
                .param("code", c.code()).param("pin", c.pinHash()).param("kind", c.kind().name())
                .param("category", c.kind().category().name()).param("channel", c.channel() == null ? null : c.channel().name())
                .param("happened", c.happenedOn()).param("money", c.moneyLost()).param("unit", c.communeId())
                .param("member", c.reporterMemberId()).param("key", c.reporterKey()).param("source", c.source())
                .param("counselling", c.consents().counselling()).param("police", c.consents().police())
                .param("health", c.consents().health()).param("legal", c.consents().legal())
                .param("statistics", c.consents().statistics()).param("at", c.at()).param("description", c.description())
                .param("people", c.people()).param("place", c.place()).param("contact", c.contact())
                .param("identifiers", c.identifiers())
                .query(Long.class).optional().orElse(0L);
    }

    void event(long caseId, String kind, String actor, OffsetDateTime at) {
        jdbc.sql("INSERT INTO safety_case_event (case_id, kind, actor, at) VALUES (:c, :k, :a, :at)")
                .param("c", caseId).param("k", kind).param("a", actor).param("at", at).update();
    }

    void entry(long caseId, String kind, byte[] text, String author, OffsetDateTime at) {
        jdbc.sql("INSERT INTO safety_case_entry (case_id, kind, text_enc, author, at) VALUES (:c, :k, :t, :a, :at)")
                .param("c", caseId).param("k", kind).param("t", text).param("a", author).param("at", at).update();
    }

    void evidence(long caseId, String contentType, int size, byte[] data, OffsetDateTime at) {
        jdbc.sql("""
                INSERT INTO safety_evidence (case_id, content_type, size_bytes, data_enc, by_reporter, added_at)
                VALUES (:c, :t, :s, :d, true, :at)
                """).param("c", caseId).param("t", contentType).param("s", size).param("d", data).param("at", at).update();
    }

    void accessed(long caseId, OffsetDateTime at) {
        jdbc.sql("INSERT INTO safety_case_access (case_id, who, action, at) VALUES (:c, 'reporter', 'REPORTER', :at)")
                .param("c", caseId).param("at", at).update();
    }

    /** The case of a code that can still be followed (not anonymised), with its PIN's hash. */
    record Lock(long id, String code, String pinHash) {
    }

    Optional<Lock> lockOf(String code) {
        return jdbc.sql("SELECT id, code, pin_hash FROM safety_case WHERE code = :code AND pin_hash IS NOT NULL")
                .param("code", code).query(Lock.class).optional();
    }

    /** What the reporter sees of her case: never the case workers' notes, assessment or names. */
    record Followed(long id, String code, String kind, String status, OffsetDateTime receivedAt, OffsetDateTime closedAt,
            boolean referred, int additions, int screenshots) {
    }

    Optional<Followed> followed(long caseId, String code) {
        return jdbc
                .sql("""
                        SELECT c.id, c.code, c.kind, c.status, c.received_at, c.closed_at,
                               EXISTS (SELECT 1 FROM safety_referral r WHERE r.case_id = c.id AND r.status IN ('SENT', 'ACCEPTED', 'DECLINED'))
                                   AS referred,
                               (SELECT count(*) FROM safety_case_entry e WHERE e.case_id = c.id AND e.kind = 'ADDITION') AS additions,
                               (SELECT count(*) FROM safety_evidence v WHERE v.case_id = c.id) AS screenshots
                          FROM safety_case c
                         WHERE c.id = :id AND c.code = :code AND c.pin_hash IS NOT NULL
                        """)
                .param("id", caseId).param("code", code).query(Followed.class).optional();
    }

    record Reply(byte[] text, OffsetDateTime at) {
    }

    List<Reply> replies(long caseId) {
        return jdbc.sql("SELECT text_enc AS text, at FROM safety_case_entry WHERE case_id = :c AND kind = 'REPLY' ORDER BY id")
                .param("c", caseId).query(Reply.class).list();
    }
}
