package org.hoiso.market;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The market's counts for the report forms, over the shops whose unit is in a subtree; days are Viet Nam days. */
@Repository("marketIndicatorRepository") // the safety module has an IndicatorRepository of its own (scam indicators)
class IndicatorRepository {

    private static final String IN_SUBTREE = "s.unit_id IN (SELECT id FROM org_unit WHERE path <@ CAST(:path AS ltree))";
    private static final String END = "(CAST(:to AS date) + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'";
    private static final String START = "CAST(:from AS date)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'";

    private final JdbcClient jdbc;

    IndicatorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long shopsActive(String path, LocalDate to) {
        return jdbc
                .sql("SELECT count(*) FROM market_shop s WHERE " + IN_SUBTREE + " AND s.status = 'PUBLISHED' AND s.approved_at < "
                        + END)
                .param("path", path).param("to", to).query(Long.class).single();
    }

    long productsListed(String path, LocalDate to) {
        return jdbc.sql("SELECT count(*) FROM market_product p JOIN market_shop s ON s.id = p.shop_id WHERE " + IN_SUBTREE
                + " AND p.listed AND p.approved_at < " + END).param("path", path).param("to", to).query(Long.class).single();
    }

    long ocopProducts(String path, LocalDate to) {
        return jdbc.sql("SELECT count(*) FROM market_product p JOIN market_shop s ON s.id = p.shop_id WHERE " + IN_SUBTREE
                + " AND p.listed AND p.approved_at < " + END + " AND p.ocop_date <= :to AND p.ocop_expires >= :to")
                .param("path", path).param("to", to).query(Long.class).single();
    }

    /** Orders delivered in the period and their total value, in dong. */
    record Delivered(long orders, long value) {
    }

    Delivered delivered(String path, LocalDate from, LocalDate to) {
        return jdbc.sql(
                "SELECT count(*) AS n, coalesce(sum(o.total), 0) AS v FROM market_order o JOIN market_shop s ON s.id = o.shop_id"
                        + " WHERE " + IN_SUBTREE + " AND o.status = 'DELIVERED' AND o.delivered_at >= " + START
                        + " AND o.delivered_at < " + END)
                .param("path", path).param("from", from).param("to", to)
                .query((rs, i) -> new Delivered(rs.getLong("n"), rs.getLong("v"))).single();
    }
}
