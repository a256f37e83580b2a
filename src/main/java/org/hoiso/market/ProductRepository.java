package org.hoiso.market;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Products, their variants and the photos of shops and products. */
@Repository
class ProductRepository {

    static final String COLUMNS = """
            p.id, p.shop_id, p.name_vi, p.name_en, p.description_vi, p.description_en, p.unit_vi, p.unit_en, p.net_quantity,
            p.category, p.price, p.made_to_order, p.origin_unit_id, o.name AS origin_name, p.lot, p.trace_url, p.ocop_stars,
            p.ocop_decision, p.ocop_date, p.ocop_authority, p.ocop_expires, p.status, p.status_reason, p.listed, p.commune_id,
            p.province_id, p.created_at, p.version
            """;
    private static final String SELECT = "SELECT " + COLUMNS
            + " FROM market_product p LEFT JOIN org_unit o ON o.id = p.origin_unit_id";

    private final JdbcClient jdbc;

    ProductRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long shopId, ProductRules.Checked c) {
        long id = jdbc.sql("""
                INSERT INTO market_product (shop_id, name_vi, name_en, description_vi, description_en, unit_vi, unit_en,
                       net_quantity, category, price, made_to_order, origin_unit_id, lot, trace_url, ocop_stars, ocop_decision,
                       ocop_date, ocop_authority, ocop_expires, commune_id, province_id)
                VALUES (:shop, :nameVi, :nameEn, :descVi, :descEn, :unitVi, :unitEn, :net, :category, :price, :mto, :origin,
                        :lot, :trace, :stars, :decision, :date, :authority, :expires, 0, 0)
                RETURNING id
                """).param("shop", shopId).params(fields(c)).query(Long.class).single();
        for (int i = 0; i < c.variants().size(); i++) {
            insertVariant(id, i, c.variants().get(i));
        }
        return id;
    }

    /** Changes the product if it is still at that version (false otherwise) and puts its variants in the given order. */
    boolean update(long id, int version, ProductRules.Checked c, ListingStatus status) {
        Map<String, Object> p = fields(c);
        p.put("id", id);
        p.put("version", version);
        p.put("status", status.name());
        int n = jdbc
                .sql("""
                        UPDATE market_product SET name_vi = :nameVi, name_en = :nameEn, description_vi = :descVi, description_en = :descEn,
                               unit_vi = :unitVi, unit_en = :unitEn, net_quantity = :net, category = :category, price = :price,
                               made_to_order = :mto, origin_unit_id = :origin, lot = :lot, trace_url = :trace, ocop_stars = :stars,
                               ocop_decision = :decision, ocop_date = :date, ocop_authority = :authority, ocop_expires = :expires,
                               status = :status, updated_at = now(), version = version + 1
                         WHERE id = :id AND version = :version
                        """)
                .params(p).update();
        if (n == 0) {
            return false;
        }
        List<Long> kept = new ArrayList<>();
        for (int i = 0; i < c.variants().size(); i++) {
            ProductRules.CheckedVariant v = c.variants().get(i);
            if (v.id() == null) {
                kept.add(insertVariant(id, i, v));
            } else {
                jdbc.sql(
                        """
                                UPDATE market_variant SET position = :pos, name_vi = :nameVi, name_en = :nameEn, price = :price, stock = :stock
                                 WHERE id = :vid AND product_id = :id AND active
                                """)
                        .param("pos", i).param("nameVi", v.nameVi()).param("nameEn", v.nameEn()).param("price", v.price())
                        .param("stock", v.stock()).param("vid", v.id()).param("id", id).update();
                kept.add(v.id());
            }
        }
        jdbc.sql("UPDATE market_variant SET active = false WHERE product_id = :id AND active AND NOT (id = ANY(:kept))")
                .param("id", id).param("kept", kept.toArray(Long[]::new)).update();
        return true;
    }

    /** The ids of the active variants of a product. */
    List<Long> variantIds(long productId) {
        return jdbc.sql("SELECT id FROM market_variant WHERE product_id = :id AND active ORDER BY position")
                .param("id", productId).query(Long.class).list();
    }

    /** Only the English texts (the seller's bulk translation), keeping the version check. */
    boolean updateEnglish(long id, int version, String nameEn, String unitEn, String descriptionEn, ListingStatus status) {
        return jdbc.sql("""
                UPDATE market_product SET name_en = :nameEn, unit_en = :unitEn, description_en = :descEn, status = :status,
                       updated_at = now(), version = version + 1
                 WHERE id = :id AND version = :version
                """).param("nameEn", nameEn).param("unitEn", unitEn).param("descEn", descriptionEn)
                .param("status", status.name()).param("id", id).param("version", version).update() == 1;
    }

    void updateVariantEnglish(long productId, long variantId, String nameEn) {
        jdbc.sql("UPDATE market_variant SET name_en = :nameEn WHERE id = :vid AND product_id = :id")
                .param("nameEn", nameEn).param("vid", variantId).param("id", productId).update();
    }

    boolean setStatus(long id, ListingStatus from, ListingStatus to, String reason, String actor) {
        return jdbc.sql("""
                UPDATE market_product SET status = :to, status_reason = :reason, status_by = :actor, status_at = now(),
                       approved_at = CASE WHEN :to = 'PUBLISHED' THEN coalesce(approved_at, now()) ELSE approved_at END,
                       version = version + 1
                 WHERE id = :id AND status = :from
                """).param("to", to.name()).param("reason", reason).param("actor", actor).param("id", id)
                .param("from", from.name()).update() == 1;
    }

    Optional<Product> find(long id) {
        return withDetails(jdbc.sql(SELECT + " WHERE p.id = :id").param("id", id).query(ProductRepository::row).list())
                .stream().findFirst();
    }

    List<Product> ofShop(long shopId) {
        return withDetails(jdbc.sql(SELECT + " WHERE p.shop_id = :shop ORDER BY p.id").param("shop", shopId)
                .query(ProductRepository::row).list());
    }

    /** Products of a subtree's shops with one of those statuses, oldest first (the officers' queue). */
    List<Product> inSubtree(String path, List<ListingStatus> statuses, int limit) {
        return withDetails(jdbc.sql(SELECT + """
                 JOIN market_shop s ON s.id = p.shop_id JOIN org_unit u ON u.id = s.unit_id
                 WHERE u.path <@ CAST(:path AS ltree) AND p.status = ANY(:statuses)
                 ORDER BY p.status_at NULLS FIRST, p.id LIMIT :limit
                """).param("path", path).param("statuses", statuses.stream().map(Enum::name).toArray(String[]::new))
                .param("limit", limit).query(ProductRepository::row).list());
    }

    /** Listed products after an id, in id order, with variants and photos (the feeds, in batches). */
    List<Product> listedAfter(long afterId, int limit) {
        return withDetails(jdbc.sql(SELECT + " WHERE p.listed AND p.id > :after ORDER BY p.id LIMIT :limit")
                .param("after", afterId).param("limit", limit).query(ProductRepository::row).list());
    }

    /** Names of shops by id. */
    Map<Long, String> shopNames(List<Long> shopIds) {
        Map<Long, String> out = new HashMap<>();
        jdbc.sql("SELECT id, name FROM market_shop WHERE id = ANY(:ids)").param("ids", shopIds.toArray(Long[]::new))
                .query((rs, i) -> out.put(rs.getLong("id"), rs.getString("name"))).list();
        return out;
    }

    long insertPhoto(long shopId, Long productId, Photos.Encoded e) {
        return jdbc.sql("""
                INSERT INTO market_photo (shop_id, product_id, position, width, height, image, thumb)
                VALUES (:shop, :product, (SELECT coalesce(max(position), 0) + 1 FROM market_photo
                                           WHERE shop_id = :shop AND product_id IS NOT DISTINCT FROM :product),
                        :w, :h, :image, :thumb)
                RETURNING id
                """).param("shop", shopId).param("product", productId).param("w", e.width()).param("h", e.height())
                .param("image", e.image()).param("thumb", e.thumb()).query(Long.class).single();
    }

    int photoCount(long shopId, Long productId) {
        return jdbc.sql("SELECT count(*) FROM market_photo WHERE shop_id = :shop AND product_id IS NOT DISTINCT FROM :product")
                .param("shop", shopId).param("product", productId).query(Integer.class).single();
    }

    List<Long> shopPhotos(long shopId) {
        return jdbc.sql("SELECT id FROM market_photo WHERE shop_id = :shop AND product_id IS NULL ORDER BY position, id")
                .param("shop", shopId).query(Long.class).list();
    }

    boolean deletePhoto(long shopId, long photoId) {
        return jdbc.sql("DELETE FROM market_photo WHERE id = :id AND shop_id = :shop").param("id", photoId)
                .param("shop", shopId).update() == 1;
    }

    /** A photo's bytes and whose it is: the shop, the product, and whether the public may see it. */
    record PhotoBytes(long id, long shopId, Long productId, boolean visible, byte[] bytes) {
    }

    Optional<PhotoBytes> photo(long id, boolean thumb) {
        return jdbc.sql("""
                SELECT f.id, f.shop_id, f.product_id, %s AS bytes,
                       s.status = 'PUBLISHED' AND (f.product_id IS NULL OR p.listed) AS visible
                  FROM market_photo f JOIN market_shop s ON s.id = f.shop_id LEFT JOIN market_product p ON p.id = f.product_id
                 WHERE f.id = :id
                """.formatted(thumb ? "f.thumb" : "f.image")).param("id", id)
                .query((rs, i) -> new PhotoBytes(rs.getLong("id"), rs.getLong("shop_id"), (Long) rs.getObject("product_id"),
                        rs.getBoolean("visible"), rs.getBytes("bytes")))
                .optional();
    }

    /** Variants and photo ids of the products, read in two statements for all of them. */
    List<Product> withDetails(List<Product> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Long[] ids = rows.stream().map(Product::id).toArray(Long[]::new);
        Map<Long, List<Variant>> variants = new HashMap<>();
        jdbc.sql("""
                SELECT id, product_id, position, name_vi, name_en, price, stock FROM market_variant
                 WHERE product_id = ANY(:ids) AND active ORDER BY product_id, position
                """).param("ids", ids).query((rs, i) -> {
            variants.computeIfAbsent(rs.getLong("product_id"), k -> new ArrayList<>()).add(new Variant(rs.getLong("id"),
                    rs.getInt("position"), rs.getString("name_vi"), rs.getString("name_en"), rs.getLong("price"),
                    (Integer) rs.getObject("stock")));
            return null;
        }).list();
        Map<Long, List<Long>> photos = new HashMap<>();
        jdbc.sql("SELECT id, product_id FROM market_photo WHERE product_id = ANY(:ids) ORDER BY product_id, position, id")
                .param("ids", ids).query((rs, i) -> {
                    photos.computeIfAbsent(rs.getLong("product_id"), k -> new ArrayList<>()).add(rs.getLong("id"));
                    return null;
                }).list();
        return rows.stream().map(p -> new Product(p.id(), p.shopId(), p.nameVi(), p.nameEn(), p.descriptionVi(),
                p.descriptionEn(), p.unitVi(), p.unitEn(), p.netQuantity(), p.category(), p.price(), p.madeToOrder(),
                p.originUnitId(), p.originName(), p.lot(), p.traceUrl(), p.ocop(), p.status(), p.statusReason(), p.listed(),
                p.communeId(), p.provinceId(), p.createdAt(), p.version(), variants.getOrDefault(p.id(), List.of()),
                photos.getOrDefault(p.id(), List.of()))).toList();
    }

    private long insertVariant(long productId, int position, ProductRules.CheckedVariant v) {
        return jdbc.sql("""
                INSERT INTO market_variant (product_id, position, name_vi, name_en, price, stock)
                VALUES (:product, :pos, :nameVi, :nameEn, :price, :stock) RETURNING id
                """).param("product", productId).param("pos", position).param("nameVi", v.nameVi()).param("nameEn", v.nameEn())
                .param("price", v.price()).param("stock", v.stock()).query(Long.class).single();
    }

    private static Map<String, Object> fields(ProductRules.Checked c) {
        Map<String, Object> p = new HashMap<>();
        p.put("nameVi", c.nameVi());
        p.put("nameEn", c.nameEn());
        p.put("descVi", c.descriptionVi());
        p.put("descEn", c.descriptionEn());
        p.put("unitVi", c.unitVi());
        p.put("unitEn", c.unitEn());
        p.put("net", c.netQuantity());
        p.put("category", c.category().name());
        p.put("price", c.lowestPrice());
        p.put("mto", c.madeToOrder());
        p.put("origin", c.originUnitId());
        p.put("lot", c.lot());
        p.put("trace", c.traceUrl());
        Ocop o = c.ocop();
        p.put("stars", o == null ? null : o.stars());
        p.put("decision", o == null ? null : o.decision());
        p.put("date", o == null ? null : o.date());
        p.put("authority", o == null ? null : o.authority());
        p.put("expires", o == null ? null : o.expires());
        return p;
    }

    static Product row(ResultSet rs, int i) throws SQLException {
        Ocop ocop = rs.getObject("ocop_stars") == null
                ? null
                : new Ocop(rs.getInt("ocop_stars"), rs.getString("ocop_decision"), rs.getObject("ocop_date", LocalDate.class),
                        rs.getString("ocop_authority"), rs.getObject("ocop_expires", LocalDate.class));
        return new Product(rs.getLong("id"), rs.getLong("shop_id"), rs.getString("name_vi"), rs.getString("name_en"),
                rs.getString("description_vi"), rs.getString("description_en"), rs.getString("unit_vi"), rs.getString("unit_en"),
                rs.getString("net_quantity"), Category.valueOf(rs.getString("category")), rs.getLong("price"),
                rs.getBoolean("made_to_order"), (Long) rs.getObject("origin_unit_id"), rs.getString("origin_name"),
                rs.getString("lot"), rs.getString("trace_url"), ocop, ListingStatus.valueOf(rs.getString("status")),
                rs.getString("status_reason"), rs.getBoolean("listed"), rs.getLong("commune_id"), rs.getLong("province_id"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getInt("version"), List.of(), List.of());
    }
}
