package org.hoiso.market;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hoiso.market.vietqr.Payment;
import org.hoiso.market.vietqr.TransferService;
import org.hoiso.market.vietqr.VietQr;
import org.hoiso.platform.audit.Audit;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.text.PhoneNumber;
import org.hoiso.platform.text.VietnameseText;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Orders (đơn hàng): a buyer without an account orders from one shop, the stock is reserved atomically, and she
 * pays by a dynamic VietQR code of the seller's own account for the exact amount, the order code in the purpose
 * of the transfer. The shop's managers move the order step by step ({@link OrderStep}); the buyer follows it with
 * the order's key (from her order's page) or its code and her phone. Buyers' names and phones reach only the
 * shop's managers, and each read of them is in the audit log.
 */
@Service
@Transactional(readOnly = true)
public class Orders {

    static final int MAX_LINES = 20;
    static final int MAX_QUANTITY = 1000;
    private static final char[] CODE = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();

    private final OrderRepository repo;
    private final ShopRepository shops;
    private final StorefrontRepository places;
    private final Shops shopAccess;
    private final Banks banks;
    private final Audit audit;
    private final SecureRandom random = new SecureRandom();

    Orders(OrderRepository repo, ShopRepository shops, StorefrontRepository places, Shops shopAccess, Banks banks,
            Audit audit) {
        this.repo = repo;
        this.shops = shops;
        this.places = places;
        this.shopAccess = shopAccess;
        this.banks = banks;
        this.audit = audit;
    }

    /** A placed order: its code, the key of its page, and the total. */
    public record Placed(long id, String code, String key, long total) {
    }

    /** What the buyer's page shows: the order, the shop's account to pay into, the VietQR payload, the shop's phone. */
    public record ForBuyer(Order order, String bankName, String bankAccount, String accountHolder, String payload,
            String shopPhone, long shopId) {
    }

    @Transactional
    public Placed place(OrderInput in) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = VietnameseText.personName(in.buyerName());
        if (name == null || name.isEmpty() || name.length() > 100 || MarketText.hasMarkup(name)) {
            problems.add(FieldProblem.of("buyerName", "market.order.name"));
        }
        String phone = PhoneNumber.normalise(in.buyerPhone()).orElse(null);
        if (phone == null) {
            problems.add(FieldProblem.of("buyerPhone", "market.order.phone"));
        }
        Map<Long, Integer> quantities = quantities(in.lines(), problems);
        String address = MarketText.line(in.address());
        String note = MarketText.block(in.note());
        if (address != null && address.length() > 300 || note != null && note.length() > 1000) {
            problems.add(FieldProblem.of("note", "market.text.tooLong", 1000));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        // in variant order, so that two orders of the same variants never wait for each other crosswise
        List<OrderRepository.Orderable> items = new ArrayList<>(repo.orderable(List.copyOf(quantities.keySet())));
        items.sort(Comparator.comparingLong(OrderRepository.Orderable::variantId));
        if (items.size() != quantities.size() || items.stream().anyMatch(v -> !v.open())) {
            throw DomainException.notFound("market.product.notFound");
        }
        long shopId = items.get(0).shopId();
        if (items.stream().anyMatch(v -> v.shopId() != shopId)) {
            throw DomainException.invalid(List.of(FieldProblem.of("lines", "market.order.oneShop")));
        }
        Shop shop = shops.find(shopId).filter(Shop::published)
                .orElseThrow(() -> DomainException.notFound("market.shop.notFound"));
        OrderRepository.OrderInputChecked checked = delivery(in, shop, name, phone, address, note);
        long total = 0;
        for (OrderRepository.Orderable v : items) {
            int q = quantities.get(v.variantId());
            if (!repo.reserve(v.variantId(), q)) {
                throw DomainException.conflict("market.order.outOfStock", v.name(), v.stock() == null ? 0 : v.stock());
            }
            total += v.price() * q;
        }
        String code = code();
        String key = key();
        long id = repo.insert(code, key, shopId, checked, total);
        int line = 1;
        for (OrderRepository.Orderable v : items) {
            repo.insertLine(id, line++, v, quantities.get(v.variantId()));
        }
        repo.event(id, OrderStatus.PLACED, false, null, "buyer");
        audit.record(Audit.Action.CREATE, "market_order", id, shop.unitId(), code);
        return new Placed(id, code, key, total);
    }

    /** The buyer's view of her order, by its code and the key of its page; 404 for a wrong pair. */
    public ForBuyer forBuyer(String code, String key) {
        Order o = (code == null || key == null ? Optional.<Order>empty() : repo.byKey(code.strip().toUpperCase(), key.strip()))
                .orElseThrow(() -> DomainException.notFound("market.order.notFound"));
        Shop shop = shops.find(o.shopId()).orElseThrow();
        return new ForBuyer(o, banks.find(shop.bankBin()).map(b -> b.shortName()).orElse(shop.bankBin()), shop.bankAccount(),
                shop.accountHolder(), o.payable() ? payload(shop, o) : null, shop.phone(), shop.id());
    }

    /** The key of her order's page, from its code and her phone; 404 when they do not match. */
    public String keyOf(String code, String phone) {
        String c = code == null ? "" : code.strip().toUpperCase();
        Optional<String> p = PhoneNumber.normalise(phone);
        return p.flatMap(x -> repo.keyOf(c, x)).orElseThrow(() -> DomainException.notFound("market.order.notFound"));
    }

    /** The orders of a shop she manages, newest first, buyers masked. The read is audited. */
    @Transactional
    public List<Order> ofShop(Caller caller, long shopId, OrderStatus status) {
        Shop shop = shopAccess.managed(caller, shopId);
        List<Order> list = repo.ofShop(shopId, status, 200).stream().map(Order::masked).toList();
        audit.record(Audit.Action.READ, "market_orders", shopId, shop.unitId(), "list, buyers masked");
        return list;
    }

    /** One order of a shop she manages, the buyer in full. The read is audited. */
    @Transactional
    public Order ofMine(Caller caller, long orderId) {
        Order o = repo.find(orderId).orElseThrow(() -> DomainException.notFound("market.order.notFound"));
        Shop shop = shops.managed(o.shopId(), Shops.member(caller))
                .orElseThrow(() -> DomainException.notFound("market.order.notFound"));
        audit.record(Audit.Action.READ, "market_order", orderId, shop.unitId(), o.code());
        return o;
    }

    /** A manager's step on an order; a cancellation gives the stock back. */
    @Transactional
    public Order step(Caller caller, long orderId, int version, OrderStep step, String reason) {
        Order o = ofMine(caller, orderId);
        OrderStatus to = step.apply(o.status(), o.paid(), reason);
        String why = step == OrderStep.CANCEL ? reason.strip() : null;
        if (!repo.step(orderId, version, step, to, why)) {
            throw DomainException.conflict("market.changedMeanwhile");
        }
        if (step == OrderStep.CANCEL) {
            repo.release(orderId);
        }
        repo.event(orderId, to, step == OrderStep.PAY, why, caller.username());
        audit.record(Audit.Action.STATUS, "market_order", orderId, null, step.name());
        return repo.find(orderId).orElseThrow();
    }

    /** The dynamic VietQR payload of an order: the shop's account, the exact amount, the code as bill number and purpose. */
    static String payload(Shop shop, Order o) {
        Payment base = shop.service() == TransferService.CARD
                ? Payment.toCard(shop.bankBin(), shop.bankAccount())
                : Payment.toAccount(shop.bankBin(), shop.bankAccount());
        return VietQr.encode(base.withAmount(o.total()).withBillNumber(o.code()).withPurpose("Don hang " + o.code()));
    }

    /** Items sold of a variant (orders not cancelled). */
    public long sold(long variantId) {
        return repo.sold(variantId);
    }

    private Map<Long, Integer> quantities(List<OrderInput.Line> lines, List<FieldProblem> problems) {
        Map<Long, Integer> out = new LinkedHashMap<>();
        if (lines.isEmpty() || lines.size() > MAX_LINES) {
            problems.add(FieldProblem.of("lines", "market.order.lines", MAX_LINES));
            return out;
        }
        for (OrderInput.Line l : lines) {
            MarketText.Amount q = MarketText.stock(l.quantity());
            if (l.variantId() == null) {
                problems.add(FieldProblem.of("variantId", "market.order.variantMissing"));
            } else if (q.problem() != null || q.value() < 1 || q.value() > MAX_QUANTITY) {
                problems.add(FieldProblem.of("quantity", "market.order.quantityInvalid", MAX_QUANTITY));
            } else {
                out.merge(l.variantId(), q.value().intValue(), Integer::sum);
            }
        }
        if (out.values().stream().anyMatch(q -> q > MAX_QUANTITY)) {
            problems.add(FieldProblem.of("quantity", "market.order.quantityInvalid", MAX_QUANTITY));
        }
        return out;
    }

    private OrderRepository.OrderInputChecked delivery(OrderInput in, Shop shop, String name, String phone, String address,
            String note) {
        if (in.pickupId() != null) {
            boolean known = shops.pickups(shop.id()).stream().anyMatch(p -> p.id() == in.pickupId());
            if (!known) {
                throw DomainException.invalid(List.of(FieldProblem.of("pickupId", "market.order.pickup")));
            }
            return new OrderRepository.OrderInputChecked(name, phone, null, in.pickupId(), address, note);
        }
        String commune = in.deliveryCommune() == null ? "" : in.deliveryCommune().strip();
        Optional<StorefrontRepository.Unit> unit;
        if (commune.matches("[0-9]{5}")) {
            unit = places.openUnit(commune, "COMMUNE");
        } else {
            unit = in.deliveryProvince() == null || commune.isEmpty()
                    ? Optional.empty()
                    : places.openUnit(in.deliveryProvince().strip(), "PROVINCE")
                            .flatMap(p -> places.communeByName(p.id(), VietnameseText.fold(commune)));
        }
        if (unit.isEmpty()) {
            throw DomainException.invalid(List.of(FieldProblem.of("deliveryCommune", "market.order.communeUnknown")));
        }
        if (!places.delivers(shop.id(), unit.get().id())) {
            throw DomainException.invalid(List.of(FieldProblem.of("deliveryCommune", "market.order.noDelivery",
                    unit.get().name())));
        }
        if (address == null) {
            throw DomainException.invalid(List.of(FieldProblem.of("address", "market.order.addressMissing")));
        }
        return new OrderRepository.OrderInputChecked(name, phone, unit.get().id(), null, address, note);
    }

    private String code() {
        StringBuilder b = new StringBuilder("CS");
        for (int i = 0; i < 8; i++) {
            b.append(CODE[random.nextInt(CODE.length)]);
        }
        return b.toString();
    }

    private String key() {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
