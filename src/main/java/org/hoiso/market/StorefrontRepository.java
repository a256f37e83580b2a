package org.hoiso.market;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The public catalogue's reads: only listed products (a published product of a published shop), from the one table
 * the triggers keep, newest first with keyset pages.
 */
@Repository
class StorefrontRepository {

    private static final String CARD = """
            SELECT p.id, p.shop_id, s.name AS shop_name, p.name_vi, p.name_en, p.unit_vi, p.unit_en, p.price,
                   CASE WHEN p.ocop_date <= :today AND p.ocop_expires >= :today THEN p.ocop_stars END AS ocop_stars,
                   p.made_to_order, c.name AS commune_name, pr.name AS province_name,
                   (SELECT f.id FROM market_photo f WHERE f.product_id = p.id ORDER BY f.position, f.id LIMIT 1) AS photo_id
            """;

    private final JdbcClient jdbc;

    StorefrontRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The filters, resolved: unit ids and the delivery commune's path; words folded. */
    record Filter(Long provinceId, Long communeId, String category, Integer ocop, Long minPrice, Long maxPrice,
            Long deliversToId, String deliversToPath, List<String> words, Long after) {
    }

    /**
     * One page of listed products. The SQL is put together from fixed fragments for the filters present (values are
     * always bound), and planned for the actual values: whether walking the newest products or intersecting trigrams
     * is cheaper depends on the words.
     */
    List<ProductCard> search(Filter f, LocalDate today, int limit) {
        StringBuilder where = new StringBuilder(" WHERE p.listed");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("today", today);
        params.put("limit", limit);
        if (f.provinceId() != null) {
            where.append(" AND p.province_id = :province");
            params.put("province", f.provinceId());
        }
        if (f.communeId() != null) {
            where.append(" AND p.commune_id = :commune");
            params.put("commune", f.communeId());
        }
        if (f.category() != null) {
            where.append(" AND p.category = :category");
            params.put("category", f.category());
        }
        if (f.ocop() != null) {
            where.append(" AND p.ocop_stars >= :stars AND p.ocop_date <= :today AND p.ocop_expires >= :today");
            params.put("stars", f.ocop());
        }
        if (f.minPrice() != null) {
            where.append(" AND p.price >= :minPrice");
            params.put("minPrice", f.minPrice());
        }
        if (f.maxPrice() != null) {
            where.append(" AND p.price <= :maxPrice");
            params.put("maxPrice", f.maxPrice());
        }
        for (int i = 0; i < f.words().size(); i++) {
            where.append(" AND p.search_text LIKE :w").append(i).append(" ESCAPE '\\'");
            params.put("w" + i, "%" + escapeLike(f.words().get(i)) + "%");
        }
        if (f.deliversToId() != null) {
            where.append("""
                     AND (p.commune_id = :to OR EXISTS (SELECT 1 FROM market_shop_area a JOIN org_unit au ON au.id = a.unit_id
                                                         WHERE a.shop_id = p.shop_id AND au.path @> CAST(:toPath AS ltree)))
                    """);
            params.put("to", f.deliversToId());
            params.put("toPath", f.deliversToPath());
        }
        if (f.after() != null) {
            where.append(" AND p.id < :after");
            params.put("after", f.after());
        }
        String sql = CARD + """
                  FROM (SELECT p.id FROM market_product p %s ORDER BY p.id DESC LIMIT :limit) page
                  JOIN market_product p ON p.id = page.id
                  JOIN market_shop s ON s.id = p.shop_id
                  JOIN org_unit c ON c.id = p.commune_id
                  JOIN org_unit pr ON pr.id = p.province_id
                 ORDER BY p.id DESC
                """.formatted(where);
        jdbc.sql("SET LOCAL plan_cache_mode = force_custom_plan").update();
        return jdbc.sql(sql).params(params).query(StorefrontRepository::card).list();
    }

    /** Listed products of a shop, newest first. */
    List<ProductCard> ofShop(long shopId, LocalDate today, int limit) {
        return jdbc.sql(CARD + """
                  FROM market_product p
                  JOIN market_shop s ON s.id = p.shop_id
                  JOIN org_unit c ON c.id = p.commune_id
                  JOIN org_unit pr ON pr.id = p.province_id
                 WHERE p.shop_id = :shop AND p.listed
                 ORDER BY p.id DESC LIMIT :limit
                """).param("shop", shopId).param("today", today).param("limit", limit).query(StorefrontRepository::card).list();
    }

    /** Listed products per shop of a list of shops (for "Buy from the Union"). */
    Map<Long, Long> listedCounts(List<Long> shopIds) {
        Map<Long, Long> out = new LinkedHashMap<>();
        jdbc.sql("SELECT shop_id, count(*) AS n FROM market_product WHERE listed AND shop_id = ANY(:ids) GROUP BY shop_id")
                .param("ids", shopIds.toArray(Long[]::new)).query((rs, i) -> out.put(rs.getLong("shop_id"), rs.getLong("n")))
                .list();
        return out;
    }

    /** An open unit by its official code at a level: id and ltree path. */
    record Unit(long id, String code, String name, String path) {
    }

    Optional<Unit> openUnit(String code, String level) {
        return jdbc.sql(
                "SELECT id, code, name, path::text AS path FROM org_unit WHERE code = :code AND level_code = :level AND valid_to IS NULL")
                .param("code", code).param("level", level)
                .query((rs, i) -> new Unit(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("path")))
                .optional();
    }

    Optional<Unit> unit(long id) {
        return jdbc.sql("SELECT id, code, name, path::text AS path FROM org_unit WHERE id = :id AND valid_to IS NULL")
                .param("id", id)
                .query((rs, i) -> new Unit(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("path")))
                .optional();
    }

    /** A commune of a province by its name typed without diacritics ("ba dinh"); empty when none or several. */
    Optional<Unit> communeByName(long provinceId, String folded) {
        List<Unit> found = jdbc.sql("""
                SELECT c.id, c.code, c.name, c.path::text AS path FROM org_unit c JOIN org_unit p ON p.id = :province
                 WHERE c.path <@ p.path AND c.level_code = 'COMMUNE' AND c.valid_to IS NULL
                   AND (hoiso_fold(c.name) = :name OR hoiso_fold(c.name) LIKE '% ' || :name)
                """).param("province", provinceId).param("name", folded)
                .query((rs, i) -> new Unit(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("path")))
                .list();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** Whether a commune is in one of the shop's delivery areas (or is the shop's own). */
    boolean delivers(long shopId, long communeId) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM market_shop s WHERE s.id = :shop AND s.commune_id = :commune)
                    OR EXISTS (SELECT 1 FROM market_shop_area a JOIN org_unit au ON au.id = a.unit_id
                                JOIN org_unit c ON c.id = :commune
                               WHERE a.shop_id = :shop AND au.path @> c.path)
                """).param("shop", shopId).param("commune", communeId).query(Boolean.class).single();
    }

    /** Ids of listed products after an id, in id order (the sitemap's pages and the feeds). */
    List<Long> listedIds(long afterId, int limit) {
        return jdbc.sql("SELECT id FROM market_product WHERE listed AND id > :after ORDER BY id LIMIT :limit")
                .param("after", afterId).param("limit", limit).query(Long.class).list();
    }

    long listedCount() {
        return jdbc.sql("SELECT count(*) FROM market_product WHERE listed").query(Long.class).single();
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static ProductCard card(ResultSet rs, int i) throws SQLException {
        return new ProductCard(rs.getLong("id"), rs.getLong("shop_id"), rs.getString("shop_name"), rs.getString("name_vi"),
                rs.getString("name_en"), rs.getString("unit_vi"), rs.getString("unit_en"), rs.getLong("price"),
                (Integer) rs.getObject("ocop_stars"), rs.getBoolean("made_to_order"), rs.getString("commune_name"),
                rs.getString("province_name"), (Long) rs.getObject("photo_id"));
    }
}
