package org.hoiso.market;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Orders, their lines and steps, and the stock they reserve. */
@Repository
class OrderRepository {

    private static final String SELECT = """
            SELECT o.id, o.code, o.shop_id, s.name AS shop_name, o.buyer_name, o.buyer_phone, o.delivery_unit_id,
                   d.name AS delivery_name, o.pickup_id, k.label AS pickup_label, o.address, o.note, o.total, o.status, o.paid_at,
                   o.cancel_reason, o.created_at, o.version
              FROM market_order o
              JOIN market_shop s ON s.id = o.shop_id
              LEFT JOIN org_unit d ON d.id = o.delivery_unit_id
              LEFT JOIN market_pickup k ON k.id = o.pickup_id
            """;

    private final JdbcClient jdbc;

    OrderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A variant as an order needs it: its product, shop, price, stock, and whether it can be ordered at all. */
    record Orderable(long variantId, long productId, long shopId, String name, long price, Integer stock, boolean open) {
    }

    List<Orderable> orderable(List<Long> variantIds) {
        return jdbc.sql("""
                SELECT v.id, v.product_id, p.shop_id, p.name_vi || coalesce(' — ' || v.name_vi, '') AS name, v.price, v.stock,
                       v.active AND p.listed AS open
                  FROM market_variant v JOIN market_product p ON p.id = v.product_id
                 WHERE v.id = ANY(:ids)
                """).param("ids", variantIds.toArray(Long[]::new))
                .query((rs, i) -> new Orderable(rs.getLong("id"), rs.getLong("product_id"), rs.getLong("shop_id"),
                        rs.getString("name"), rs.getLong("price"), (Integer) rs.getObject("stock"), rs.getBoolean("open")))
                .list();
    }

    /**
     * Takes the quantity from the variant's stock in one statement, only if that much is left: two buyers can never
     * take the last item twice (the row is locked by the first until her transaction ends, and the second re-checks).
     * True when reserved, or when the variant is made to order.
     */
    boolean reserve(long variantId, int quantity) {
        return jdbc.sql("""
                UPDATE market_variant SET stock = CASE WHEN stock IS NULL THEN NULL ELSE stock - :q END
                 WHERE id = :id AND active AND (stock IS NULL OR stock >= :q)
                """).param("q", quantity).param("id", variantId).update() == 1;
    }

    /** Gives a cancelled order's items back to the stock of variants that keep one. */
    void release(long orderId) {
        jdbc.sql("""
                UPDATE market_variant v SET stock = v.stock + l.quantity
                  FROM market_order_line l
                 WHERE l.order_id = :order AND v.id = l.variant_id AND v.stock IS NOT NULL
                """).param("order", orderId).update();
    }

    long insert(String code, String key, long shopId, OrderInputChecked o, long total) {
        return jdbc
                .sql("""
                        INSERT INTO market_order (code, access_key, shop_id, buyer_name, buyer_phone, delivery_unit_id, pickup_id, address,
                                                  note, total)
                        VALUES (:code, :key, :shop, :name, :phone, :delivery, :pickup, :address, :note, :total) RETURNING id
                        """)
                .param("code", code).param("key", key).param("shop", shopId).param("name", o.buyerName())
                .param("phone", o.buyerPhone()).param("delivery", o.deliveryUnitId()).param("pickup", o.pickupId())
                .param("address", o.address()).param("note", o.note()).param("total", total).query(Long.class).single();
    }

    /** The buyer's order as checked: one line per variant, delivery resolved to a commune or a pickup point. */
    record OrderInputChecked(String buyerName, String buyerPhone, Long deliveryUnitId, Long pickupId, String address,
            String note) {
    }

    void insertLine(long orderId, int line, Orderable v, int quantity) {
        jdbc.sql("""
                INSERT INTO market_order_line (order_id, line, product_id, variant_id, name, quantity, unit_price)
                VALUES (:order, :line, :product, :variant, :name, :q, :price)
                """).param("order", orderId).param("line", line).param("product", v.productId()).param("variant", v.variantId())
                .param("name", v.name()).param("q", quantity).param("price", v.price()).update();
    }

    void event(long orderId, OrderStatus status, boolean paid, String reason, String actor) {
        jdbc.sql("INSERT INTO market_order_event (order_id, status, paid, reason, actor) VALUES (:o, :s, :p, :r, :a)")
                .param("o", orderId).param("s", status.name()).param("p", paid).param("r", reason).param("a", actor).update();
    }

    /** Moves the order if it is still at that version; the step's time goes into its column. */
    boolean step(long id, int version, OrderStep step, OrderStatus to, String reason) {
        String column = switch (step) {
            case PAY -> "paid_at";
            case SHIP -> "shipped_at";
            case DELIVER -> "delivered_at";
            case CANCEL -> "cancelled_at";
        };
        return jdbc.sql("""
                UPDATE market_order SET status = :to, %s = now(), cancel_reason = coalesce(:reason, cancel_reason),
                       version = version + 1
                 WHERE id = :id AND version = :version
                """.formatted(column)).param("to", to.name()).param("reason", reason).param("id", id)
                .param("version", version).update() == 1;
    }

    Optional<Order> find(long id) {
        return withDetails(jdbc.sql(SELECT + " WHERE o.id = :id").param("id", id).query(OrderRepository::row).list())
                .stream().findFirst();
    }

    /** The order of that code if the key is its own (the buyer's page). */
    Optional<Order> byKey(String code, String key) {
        return withDetails(jdbc.sql(SELECT + " WHERE o.code = :code AND o.access_key = :key").param("code", code)
                .param("key", key).query(OrderRepository::row).list()).stream().findFirst();
    }

    /** The key of the order of that code and buyer's phone (the buyer finding her order again). */
    Optional<String> keyOf(String code, String phone) {
        return jdbc.sql("SELECT access_key FROM market_order WHERE code = :code AND buyer_phone = :phone")
                .param("code", code).param("phone", phone).query(String.class).optional();
    }

    List<Order> ofShop(long shopId, OrderStatus status, int limit) {
        return withDetails(jdbc.sql(SELECT + " WHERE o.shop_id = :shop AND (CAST(:status AS text) IS NULL OR o.status = :status)"
                + " ORDER BY o.id DESC LIMIT :limit").param("shop", shopId).param("status", status == null ? null : status.name())
                .param("limit", limit).query(OrderRepository::row).list());
    }

    /** Items sold (in orders not cancelled) of a variant: the benchmark's and the tests' check. */
    long sold(long variantId) {
        return jdbc.sql("""
                SELECT coalesce(sum(l.quantity), 0) FROM market_order_line l JOIN market_order o ON o.id = l.order_id
                 WHERE l.variant_id = :v AND o.status <> 'CANCELLED'
                """).param("v", variantId).query(Long.class).single();
    }

    private List<Order> withDetails(List<Order> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Long[] ids = rows.stream().map(Order::id).toArray(Long[]::new);
        Map<Long, List<Order.Line>> lines = new HashMap<>();
        jdbc.sql("""
                SELECT order_id, product_id, variant_id, name, quantity, unit_price FROM market_order_line
                 WHERE order_id = ANY(:ids) ORDER BY order_id, line
                """).param("ids", ids).query((rs, i) -> lines.computeIfAbsent(rs.getLong("order_id"), k -> new ArrayList<>())
                .add(new Order.Line(rs.getLong("product_id"), rs.getLong("variant_id"), rs.getString("name"),
                        rs.getInt("quantity"), rs.getLong("unit_price"))))
                .list();
        Map<Long, List<Order.Event>> events = new HashMap<>();
        jdbc.sql(
                "SELECT order_id, status, paid, reason, actor, at FROM market_order_event WHERE order_id = ANY(:ids) ORDER BY id")
                .param("ids", ids).query((rs, i) -> events.computeIfAbsent(rs.getLong("order_id"), k -> new ArrayList<>())
                        .add(new Order.Event(OrderStatus.valueOf(rs.getString("status")), rs.getBoolean("paid"),
                                rs.getString("reason"), rs.getString("actor"), rs.getObject("at", OffsetDateTime.class))))
                .list();
        return rows.stream().map(o -> new Order(o.id(), o.code(), o.shopId(), o.shopName(), o.buyerName(), o.buyerPhone(),
                o.deliveryUnitId(), o.deliveryName(), o.pickupId(), o.pickupLabel(), o.address(), o.note(), o.total(), o.status(),
                o.paidAt(), o.cancelReason(), o.createdAt(), o.version(), lines.getOrDefault(o.id(), List.of()),
                events.getOrDefault(o.id(), List.of()))).toList();
    }

    private static Order row(ResultSet rs, int i) throws SQLException {
        return new Order(rs.getLong("id"), rs.getString("code"), rs.getLong("shop_id"), rs.getString("shop_name"),
                rs.getString("buyer_name"), rs.getString("buyer_phone"), (Long) rs.getObject("delivery_unit_id"),
                rs.getString("delivery_name"), (Long) rs.getObject("pickup_id"), rs.getString("pickup_label"),
                rs.getString("address"), rs.getString("note"), rs.getLong("total"), OrderStatus.valueOf(rs.getString("status")),
                rs.getObject("paid_at", OffsetDateTime.class), rs.getString("cancel_reason"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getInt("version"), List.of(), List.of());
    }
}
