package org.hoiso.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The expected matches a name search is planned by come from the statistics of the word-beginnings index: a word
 * many of a province's members have is expected about as often as it occurs there, a word nobody has is not expected.
 */
@IntegrationTest
class WordSharesIT {

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aWordIsExpectedAsOftenAsTheProvincesMembersHaveItAndAnUnknownWordNever() {
        OrgUnit branch = fixtures.branch(Places.BA_DINH, "Chi hội thống kê " + Fixtures.uniqueGivenName());
        for (int i = 0; i < 40; i++) {
            fixtures.member("Võ Thị Thanh", LocalDate.of(1970, 1, 1).plusDays(i * 37L), branch.id());
        }
        jdbc.sql("ANALYZE member").update();
        long province = Long.parseLong(branch.path().split("\\.")[1]);
        long members = jdbc.sql("""
                SELECT active + transferred_out + left_union + deceased FROM member_subtree_count WHERE unit_id = :p
                """).param("p", province).query(Long.class).single();
        long withThanh = jdbc
                .sql("""
                        SELECT count(*) FROM member WHERE province_id = :p AND hoiso_word_prefixes(province_id, name_folded) @> ARRAY[CAST(:e AS text)]
                        """)
                .param("p", province).param("e", province + ":thanh").query(Long.class).single();

        WordShares shares = new WordShares(jdbc);
        double expected = shares.expectedMatches(province, members, List.of("thanh"));
        assertThat(withThanh).isGreaterThanOrEqualTo(40);
        assertThat(expected).isBetween(withThanh * 0.5, withThanh * 1.5);
        assertThat(shares.expectedMatches(province, members, List.of("thanh", "zzqqx"))).isZero();
    }
}
