package org.hoiso.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Closed cases are anonymised after the retention period; what statistics count stays. */
@IntegrationTest
class RetentionIT {

    @Autowired
    SafetyTestData data;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Cases cases;
    @Autowired
    CaseDecisions decisions;
    @Autowired
    Retention retention;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aCaseClosedLongerThanTheRetentionPeriodIsAnonymisedAndARecentOneIsNot() {
        long commune = fixtures.unit(Places.AN_CUU).id();
        Fixtures.Officer worker = data.caseWorker(Places.AN_CUU, false);
        String oldCode = data.report(AReport.harassment(commune).naming("Tên kẻ quấy rối").screenshot("a.png", AReport.png()))
                .code();
        String recentCode = data.report(AReport.harassment(commune)).code();
        for (String code : new String[] {oldCode, recentCode}) {
            long id = jdbc.sql("SELECT id FROM safety_case WHERE code = :c").param("c", code).query(Long.class).single();
            cases.take(worker.caller(), id);
            cases.note(worker.caller(), id, "ghi chú");
            decisions.close(worker.caller(), id, CloseOutcome.RESOLVED);
        }
        // the first was closed six years ago (the retention period is five)
        jdbc.sql("UPDATE safety_case SET closed_at = now() - interval '6 years' WHERE code = :c").param("c", oldCode).update();

        assertThat(retention.runDaily()).isGreaterThanOrEqualTo(1);

        assertThat(jdbc.sql("""
                SELECT anonymised_at IS NOT NULL AND pin_hash IS NULL AND description_enc IS NULL AND people_enc IS NULL
                       AND kind = 'HARASSMENT' AND unit_id = :u
                  FROM safety_case WHERE code = :c
                """).param("c", oldCode).param("u", commune).query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM safety_case_entry e JOIN safety_case c ON c.id = e.case_id WHERE c.code = :c")
                .param("c", oldCode).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM safety_evidence e JOIN safety_case c ON c.id = e.case_id WHERE c.code = :c")
                .param("c", oldCode).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT anonymised_at IS NULL AND description_enc IS NOT NULL FROM safety_case WHERE code = :c")
                .param("c", recentCode).query(Boolean.class).single()).isTrue();
    }
}
