package org.hoiso.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.hoiso.platform.text.VietnameseText;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A search an officer waits for runs without parallel workers and with a plan for its values, for its own transaction
 * only: the statements after it (a report, an export) keep the server's parallelism. The results are those of any
 * other plan (the registry's other search tests check them).
 */
@IntegrationTest
class MemberSearchSettingsIT {

    @Autowired
    MemberRegistry registry;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    private String setting(String name) {
        return jdbc.sql("SELECT current_setting(:name)").param("name", name).query(String.class).single();
    }

    @Test
    void aSearchRunsWithoutParallelWorkersInItsTransactionOnly() {
        String given = Fixtures.uniqueGivenName();
        long id = fixtures.member("Nguyễn Thị " + given, LocalDate.of(1990, 3, 4), fixtures.unit(Places.BIM_SON).id());
        String serverDefault = setting("max_parallel_workers_per_gather");
        assertThat(serverDefault).isNotEqualTo("0");

        String[] inside = transactions.execute(status -> {
            MemberPage page = registry.search(fixtures.admin(),
                    new MemberQuery("nguyen " + VietnameseText.fold(given), null, null, null, null, null, null, null, 20));
            assertThat(page.items()).extracting(MemberSummary::id).containsExactly(id);
            return new String[] {setting("max_parallel_workers_per_gather"), setting("plan_cache_mode")};
        });
        assertThat(inside).containsExactly("0", "force_custom_plan");

        String after = transactions.execute(status -> setting("max_parallel_workers_per_gather"));
        assertThat(after).isEqualTo(serverDefault);
    }
}
