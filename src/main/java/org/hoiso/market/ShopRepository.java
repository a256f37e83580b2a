package org.hoiso.market;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.hoiso.market.vietqr.TransferService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The shops' tables: shops, their managers and invitation codes, delivery areas, pickup points and reviews. */
@Repository
class ShopRepository {

    private static final String SELECT = """
            SELECT s.id, s.kind, s.name, s.story, s.unit_id, u.name AS unit_name, s.commune_id, c.name AS commune_name,
                   s.province_id, p.name AS province_name, s.phone, s.bank_bin, s.bank_account, s.account_holder,
                   s.bank_service, s.status, s.status_reason, s.status_at, s.created_at, s.version
              FROM market_shop s
              JOIN org_unit u ON u.id = s.unit_id
              JOIN org_unit c ON c.id = s.commune_id
              JOIN org_unit p ON p.id = s.province_id
            """;

    private final JdbcClient jdbc;

    ShopRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Where a member sits in the tree: her unit, its commune and province (empty when her unit is under no commune). */
    record Place(long unitId, long communeId, String communeName, String communePath, long provinceId, String provinceName) {
    }

    Optional<Place> placeOf(long unitId) {
        return jdbc.sql("""
                SELECT u.id, c.id AS commune_id, c.name AS commune_name, c.path::text AS commune_path, p.id AS province_id,
                       p.name AS province_name
                  FROM org_unit u
                  JOIN org_unit c ON c.path @> u.path AND c.level_code = 'COMMUNE'
                  JOIN org_unit p ON p.id = ltree2text(subpath(u.path, 1, 1))::bigint
                 WHERE u.id = :id AND nlevel(u.path) >= 3
                """).param("id", unitId)
                .query((rs, i) -> new Place(rs.getLong("id"), rs.getLong("commune_id"), rs.getString("commune_name"),
                        rs.getString("commune_path"), rs.getLong("province_id"), rs.getString("province_name")))
                .optional();
    }

    long insert(ShopInput s, Place place, long memberId) {
        long id = jdbc.sql("""
                INSERT INTO market_shop (kind, name, story, unit_id, commune_id, province_id, phone, bank_bin, bank_account,
                                         account_holder, bank_service, created_by)
                VALUES (:kind, :name, :story, :unit, :commune, :province, :phone, :bin, :account, :holder, :service, :member)
                RETURNING id
                """).param("kind", s.kind().name()).param("name", s.name()).param("story", s.story())
                .param("unit", place.unitId()).param("commune", place.communeId()).param("province", place.provinceId())
                .param("phone", s.phone()).param("bin", s.bankBin()).param("account", s.bankAccount())
                .param("holder", s.accountHolder()).param("service", s.service().name()).param("member", memberId)
                .query(Long.class).single();
        jdbc.sql("INSERT INTO market_shop_manager (shop_id, member_id, role) VALUES (:shop, :member, 'OWNER')")
                .param("shop", id).param("member", memberId).update();
        return id;
    }

    /** Changes the shop if it is still at that version; false when someone changed it meanwhile. */
    boolean update(long id, int version, ShopInput s, ListingStatus status) {
        return jdbc.sql("""
                UPDATE market_shop SET kind = :kind, name = :name, story = :story, phone = :phone, bank_bin = :bin,
                       bank_account = :account, account_holder = :holder, bank_service = :service, status = :status,
                       updated_at = now(), version = version + 1
                 WHERE id = :id AND version = :version
                """).param("kind", s.kind().name()).param("name", s.name()).param("story", s.story())
                .param("phone", s.phone()).param("bin", s.bankBin()).param("account", s.bankAccount())
                .param("holder", s.accountHolder()).param("service", s.service().name()).param("status", status.name())
                .param("id", id).param("version", version).update() == 1;
    }

    void replaceAreas(long shopId, List<Long> unitIds) {
        jdbc.sql("DELETE FROM market_shop_area WHERE shop_id = :shop").param("shop", shopId).update();
        for (Long unit : unitIds) {
            jdbc.sql("INSERT INTO market_shop_area (shop_id, unit_id) VALUES (:shop, :unit)").param("shop", shopId)
                    .param("unit", unit).update();
        }
    }

    /** Keeps the points whose label stays, makes the others inactive and adds the new ones. */
    void replacePickups(long shopId, List<String> labels) {
        jdbc.sql("UPDATE market_pickup SET active = (label = ANY(:labels)) WHERE shop_id = :shop")
                .param("labels", labels.toArray(String[]::new)).param("shop", shopId).update();
        for (String label : labels) {
            jdbc.sql("""
                    INSERT INTO market_pickup (shop_id, label)
                    SELECT :shop, :label WHERE NOT EXISTS (SELECT 1 FROM market_pickup WHERE shop_id = :shop AND label = :label)
                    """).param("shop", shopId).param("label", label).update();
        }
    }

    Optional<Shop> find(long id) {
        return jdbc.sql(SELECT + " WHERE s.id = :id").param("id", id).query(ShopRepository::shop).optional();
    }

    /** The shop if the member manages it. */
    Optional<Shop> managed(long id, long memberId) {
        return jdbc.sql(SELECT + """
                 JOIN market_shop_manager m ON m.shop_id = s.id AND m.member_id = :member
                WHERE s.id = :id
                """).param("id", id).param("member", memberId).query(ShopRepository::shop).optional();
    }

    List<Shop> managedBy(long memberId) {
        return jdbc.sql(SELECT + """
                 JOIN market_shop_manager m ON m.shop_id = s.id AND m.member_id = :member
                ORDER BY s.id
                """).param("member", memberId).query(ShopRepository::shop).list();
    }

    /** The shop if its unit is in the subtree of that path. */
    Optional<Shop> inSubtree(long id, String path) {
        return jdbc.sql(SELECT + " WHERE s.id = :id AND u.path <@ CAST(:path AS ltree)").param("id", id).param("path", path)
                .query(ShopRepository::shop).optional();
    }

    /** Shops of a subtree with one of those statuses, oldest first (the officers' queue). */
    List<Shop> inSubtree(String path, List<ListingStatus> statuses, int limit) {
        return jdbc.sql(SELECT + """
                 WHERE u.path <@ CAST(:path AS ltree) AND s.status = ANY(:statuses)
                 ORDER BY s.status_at NULLS FIRST, s.id LIMIT :limit
                """).param("path", path).param("statuses", statuses.stream().map(Enum::name).toArray(String[]::new))
                .param("limit", limit).query(ShopRepository::shop).list();
    }

    /** Published shops of a subtree (the "Buy from the Union" list), by name. */
    List<Shop> publishedIn(String path, int limit) {
        return jdbc.sql(SELECT + """
                 WHERE u.path <@ CAST(:path AS ltree) AND s.status = 'PUBLISHED'
                 ORDER BY s.name, s.id LIMIT :limit
                """).param("path", path).param("limit", limit).query(ShopRepository::shop).list();
    }

    /** Moves the shop from one status to another; false when it is no longer in the first. */
    boolean setStatus(long id, ListingStatus from, ListingStatus to, String reason, String actor) {
        return jdbc.sql("""
                UPDATE market_shop SET status = :to, status_reason = :reason, status_by = :actor, status_at = now(),
                       approved_at = CASE WHEN :to = 'PUBLISHED' THEN coalesce(approved_at, now()) ELSE approved_at END,
                       version = version + 1
                 WHERE id = :id AND status = :from
                """).param("to", to.name()).param("reason", reason).param("actor", actor).param("id", id)
                .param("from", from.name()).update() == 1;
    }

    void review(long shopId, Long productId, ListingStep step, String reason, String actor) {
        jdbc.sql(
                """
                        INSERT INTO market_review (shop_id, product_id, step, reason, actor) VALUES (:shop, :product, :step, :reason, :actor)
                        """)
                .param("shop", shopId).param("product", productId).param("step", step.name()).param("reason", reason)
                .param("actor", actor).update();
    }

    /** A decision on a shop or a product, for the history the seller and the officers see. */
    record Review(Long productId, String productName, ListingStep step, String reason, String actor, OffsetDateTime at) {
    }

    List<Review> reviews(long shopId) {
        return jdbc.sql("""
                SELECT r.product_id, p.name_vi, r.step, r.reason, r.actor, r.at
                  FROM market_review r LEFT JOIN market_product p ON p.id = r.product_id
                 WHERE r.shop_id = :shop ORDER BY r.id DESC LIMIT 50
                """).param("shop", shopId)
                .query((rs, i) -> new Review((Long) rs.getObject("product_id"), rs.getString("name_vi"),
                        ListingStep.valueOf(rs.getString("step")), rs.getString("reason"), rs.getString("actor"),
                        rs.getObject("at", OffsetDateTime.class)))
                .list();
    }

    /** A delivery area: a unit of the tree and its level. */
    record Area(long unitId, String code, String name, String levelCode, String path) {
    }

    List<Area> areas(long shopId) {
        return jdbc.sql("""
                SELECT u.id, u.code, u.name, u.level_code, u.path::text AS path
                  FROM market_shop_area a JOIN org_unit u ON u.id = a.unit_id
                 WHERE a.shop_id = :shop ORDER BY nlevel(u.path), u.name
                """).param("shop", shopId).query((rs, i) -> new Area(rs.getLong("id"), rs.getString("code"),
                rs.getString("name"), rs.getString("level_code"), rs.getString("path")))
                .list();
    }

    /** The open units a shop may name as a delivery area (the country, a province, a commune), of those ids. */
    List<Long> deliveryUnits(List<Long> ids) {
        return jdbc.sql("""
                SELECT id FROM org_unit
                 WHERE id = ANY(:ids) AND valid_to IS NULL AND level_code IN ('CENTRAL', 'PROVINCE', 'COMMUNE')
                """).param("ids", ids.toArray(Long[]::new)).query(Long.class).list();
    }

    record Pickup(long id, String label) {
    }

    List<Pickup> pickups(long shopId) {
        return jdbc.sql("SELECT id, label FROM market_pickup WHERE shop_id = :shop AND active ORDER BY id")
                .param("shop", shopId).query((rs, i) -> new Pickup(rs.getLong("id"), rs.getString("label"))).list();
    }

    record Manager(long memberId, String role, OffsetDateTime addedAt) {
    }

    List<Manager> managers(long shopId) {
        return jdbc.sql("SELECT member_id, role, added_at FROM market_shop_manager WHERE shop_id = :shop ORDER BY added_at")
                .param("shop", shopId).query((rs, i) -> new Manager(rs.getLong("member_id"), rs.getString("role"),
                        rs.getObject("added_at", OffsetDateTime.class)))
                .list();
    }

    Optional<String> role(long shopId, long memberId) {
        return jdbc.sql("SELECT role FROM market_shop_manager WHERE shop_id = :shop AND member_id = :member")
                .param("shop", shopId).param("member", memberId).query(String.class).optional();
    }

    void insertInvite(String code, long shopId, long memberId, OffsetDateTime expiresAt) {
        jdbc.sql(
                "INSERT INTO market_shop_invite (code, shop_id, created_by, expires_at) VALUES (:code, :shop, :member, :expires)")
                .param("code", code).param("shop", shopId).param("member", memberId).param("expires", expiresAt).update();
    }

    /** Uses an unused, unexpired code once; the shop it names, if any. */
    Optional<Long> useInvite(String code, long memberId) {
        return jdbc.sql("""
                UPDATE market_shop_invite SET used_by = :member, used_at = now()
                 WHERE code = :code AND used_by IS NULL AND expires_at > now()
                RETURNING shop_id
                """).param("code", code).param("member", memberId).query(Long.class).optional();
    }

    /** Adds a manager; false when she already is one. */
    boolean addManager(long shopId, long memberId) {
        return jdbc.sql("""
                INSERT INTO market_shop_manager (shop_id, member_id, role) VALUES (:shop, :member, 'MANAGER')
                ON CONFLICT DO NOTHING
                """).param("shop", shopId).param("member", memberId).update() == 1;
    }

    boolean removeManager(long shopId, long memberId) {
        return jdbc.sql("DELETE FROM market_shop_manager WHERE shop_id = :shop AND member_id = :member AND role = 'MANAGER'")
                .param("shop", shopId).param("member", memberId).update() == 1;
    }

    /** Open units of the tree under a unit (for choosing delivery areas and origins): id, code, name. */
    record UnitChoice(long id, String code, String name) {
    }

    List<UnitChoice> communesOf(long provinceId) {
        return jdbc.sql("""
                SELECT c.id, c.code, c.name FROM org_unit c JOIN org_unit p ON p.id = :province
                 WHERE c.path <@ p.path AND c.level_code = 'COMMUNE' AND c.valid_to IS NULL
                 ORDER BY hoiso_fold(c.name), c.id
                """).param("province", provinceId)
                .query((rs, i) -> new UnitChoice(rs.getLong("id"), rs.getString("code"), rs.getString("name"))).list();
    }

    List<UnitChoice> provinces() {
        return jdbc
                .sql("""
                        SELECT id, code, name FROM org_unit WHERE level_code = 'PROVINCE' AND valid_to IS NULL ORDER BY hoiso_fold(name), id
                        """)
                .query((rs, i) -> new UnitChoice(rs.getLong("id"), rs.getString("code"), rs.getString("name"))).list();
    }

    Optional<UnitChoice> central() {
        return jdbc
                .sql("SELECT id, code, name FROM org_unit WHERE level_code = 'CENTRAL' AND valid_to IS NULL ORDER BY id LIMIT 1")
                .query((rs, i) -> new UnitChoice(rs.getLong("id"), rs.getString("code"), rs.getString("name"))).optional();
    }

    /** Ids of published shops, in id order (the sitemap). */
    List<Long> publishedIds(int limit) {
        return jdbc.sql("SELECT id FROM market_shop WHERE status = 'PUBLISHED' ORDER BY id LIMIT :limit").param("limit", limit)
                .query(Long.class).list();
    }

    private static Shop shop(ResultSet rs, int row) throws SQLException {
        return new Shop(rs.getLong("id"), ShopKind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getString("story"),
                rs.getLong("unit_id"), rs.getString("unit_name"), rs.getLong("commune_id"), rs.getString("commune_name"),
                rs.getLong("province_id"), rs.getString("province_name"), rs.getString("phone"), rs.getString("bank_bin"),
                rs.getString("bank_account"), rs.getString("account_holder"),
                TransferService.valueOf(rs.getString("bank_service")),
                ListingStatus.valueOf(rs.getString("status")), rs.getString("status_reason"),
                rs.getObject("status_at", OffsetDateTime.class), rs.getObject("created_at", OffsetDateTime.class),
                rs.getInt("version"));
    }
}
