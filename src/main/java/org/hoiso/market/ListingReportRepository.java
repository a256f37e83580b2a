package org.hoiso.market;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Buyers' reports of listings. */
@Repository
class ListingReportRepository {

    private final JdbcClient jdbc;

    ListingReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A report as officers see it: the listing, the reason and the buyer's note (no reporter's data is kept). */
    record Row(long id, long shopId, String shopName, Long productId, String productName, ReportReason reason, String note,
            OffsetDateTime createdAt, OffsetDateTime closedAt, String closedBy, String outcome) {
    }

    private static final String SELECT = """
            SELECT r.id, r.shop_id, s.name AS shop_name, r.product_id, p.name_vi AS product_name, r.reason, r.note, r.created_at,
                   r.closed_at, r.closed_by, r.outcome
              FROM market_listing_report r
              JOIN market_shop s ON s.id = r.shop_id
              JOIN org_unit u ON u.id = s.unit_id
              LEFT JOIN market_product p ON p.id = r.product_id
            """;

    long insert(long shopId, Long productId, ReportReason reason, String note) {
        return jdbc.sql("""
                INSERT INTO market_listing_report (shop_id, product_id, reason, note) VALUES (:shop, :product, :reason, :note)
                RETURNING id
                """).param("shop", shopId).param("product", productId).param("reason", reason.name()).param("note", note)
                .query(Long.class).single();
    }

    List<Row> openIn(String path, int limit) {
        return jdbc.sql(SELECT + " WHERE u.path <@ CAST(:path AS ltree) AND r.closed_at IS NULL ORDER BY r.id LIMIT :limit")
                .param("path", path).param("limit", limit).query(ListingReportRepository::row).list();
    }

    List<Row> ofShop(long shopId) {
        return jdbc.sql(SELECT + " WHERE r.shop_id = :shop ORDER BY r.id DESC LIMIT 50").param("shop", shopId)
                .query(ListingReportRepository::row).list();
    }

    /** The report if its shop's unit is in the subtree. */
    Optional<Row> inSubtree(long id, String path) {
        return jdbc.sql(SELECT + " WHERE r.id = :id AND u.path <@ CAST(:path AS ltree)").param("id", id).param("path", path)
                .query(ListingReportRepository::row).optional();
    }

    Optional<Long> unitOf(long id) {
        return jdbc.sql("SELECT s.unit_id FROM market_listing_report r JOIN market_shop s ON s.id = r.shop_id WHERE r.id = :id")
                .param("id", id).query(Long.class).optional();
    }

    boolean close(long id, String outcome, String by) {
        return jdbc.sql("""
                UPDATE market_listing_report SET closed_at = now(), closed_by = :by, outcome = :outcome
                 WHERE id = :id AND closed_at IS NULL
                """).param("id", id).param("by", by).param("outcome", outcome).update() == 1;
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        return new Row(rs.getLong("id"), rs.getLong("shop_id"), rs.getString("shop_name"), (Long) rs.getObject("product_id"),
                rs.getString("product_name"), ReportReason.valueOf(rs.getString("reason")), rs.getString("note"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("closed_at", OffsetDateTime.class),
                rs.getString("closed_by"), rs.getString("outcome"));
    }
}
