package org.hoiso.member;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How many members of a province a name search will find, estimated from what ANALYZE keeps about the index of word
 * beginnings (member/V111): the share of members whose name has each entry ("11:thu"), for the 10,000 most common
 * entries. The planner estimates the same entries well, but it multiplies them again by the province's share and by
 * the words' substring conditions, which the entries already imply: for a common given name it then expects a few
 * dozen matches where there are 13,000, reads them all from the table through the index (2 s at 20 M members) instead
 * of walking the province's name order (the first page within a few hundred names). The repository asks this class
 * and, when many members will match, has the search walk the name order.
 *
 * <p>Read again at most every ten minutes (one small query); an entry missing from the statistics is rare.
 */
final class WordShares {

    /** Above this many matches in the province, walking the name order finds a page sooner than reading every match. */
    static final double WALK_ABOVE = 1_000;

    private static final long REFRESH_NANOS = TimeUnit.MINUTES.toNanos(10);

    private final JdbcClient jdbc;
    private volatile Snapshot snapshot;

    private record Snapshot(long readAt, Map<String, Double> shares, double members) {
    }

    WordShares(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The members of the province expected to match every word: its members times each word's share among them
     * (the words taken as independent); 0 when a word is rare or the statistics are missing.
     */
    double expectedMatches(long province, long provinceMembers, List<String> words) {
        Snapshot s = current();
        if (provinceMembers <= 0 || s.members() <= 0) {
            return 0;
        }
        double expected = provinceMembers;
        for (String w : words) {
            Double share = s.shares().get(province + ":" + w);
            if (share == null) {
                return 0;
            }
            // the entry's share of all members, as a share of the province's members
            expected *= Math.min(1, share * s.members() / provinceMembers);
        }
        return expected;
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        long now = System.nanoTime();
        if (s == null || now - s.readAt() > REFRESH_NANOS) {
            s = read(now);
            snapshot = s;
        }
        return s;
    }

    private Snapshot read(long now) {
        Map<String, Double> shares = new HashMap<>();
        double[] members = {0};
        jdbc.sql(
                """
                        SELECT e.elem, e.share, greatest(c.reltuples, 0) AS members
                          FROM pg_stats s
                          JOIN pg_class c ON c.oid = 'member'::regclass
                          CROSS JOIN LATERAL unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs[1:cardinality(s.most_common_elems::text::text[])])
                               AS e(elem, share)
                         WHERE s.schemaname = current_schema() AND s.tablename = 'member_word_prefixes'
                        """)
                .query(rs -> {
                    shares.put(rs.getString("elem"), rs.getDouble("share"));
                    members[0] = rs.getDouble("members");
                });
        return new Snapshot(now, Map.copyOf(shares), members[0]);
    }
}
