package org.hoiso.market;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hoiso.market.vietqr.TransferService;
import org.hoiso.platform.web.DateInput;
import org.springframework.util.MultiValueMap;

/**
 * The sellers' forms as typed, every field text, so that a refused form comes back with what she typed. Repeated
 * fields are read from the whole request (never split on commas, which a product name may hold).
 */
final class SellerForms {

    private SellerForms() {
    }

    /** The shop form; {@code pickups} is one point a line. */
    public record ShopForm(String kind, String name, String story, String phone, String bankBin, String bankAccount,
            String accountHolder, String service, List<String> areas, String pickups) {

        static ShopForm blank(String phone) {
            return new ShopForm("MEMBER", "", "", phone, "", "", "", "ACCOUNT", List.of(), "");
        }

        static ShopForm of(Shop s, List<ShopRepository.Area> areas, List<ShopRepository.Pickup> pickups) {
            return new ShopForm(s.kind().name(), s.name(), s.story(), s.phone(), s.bankBin(), s.bankAccount(), s.accountHolder(),
                    s.service().name(), areas.stream().map(a -> Long.toString(a.unitId())).toList(),
                    String.join("\n", pickups.stream().map(ShopRepository.Pickup::label).toList()));
        }

        static ShopForm from(MultiValueMap<String, String> f) {
            return new ShopForm(one(f, "kind"), one(f, "name"), one(f, "story"), one(f, "phone"), one(f, "bankBin"),
                    one(f, "bankAccount"), one(f, "accountHolder"), one(f, "service"), all(f, "areas"), one(f, "pickups"));
        }

        ShopInput input() {
            List<Long> ids = new ArrayList<>();
            for (String a : areas) {
                if (a != null && a.strip().matches("[0-9]{1,18}")) {
                    ids.add(Long.valueOf(a.strip()));
                }
            }
            return new ShopInput(enumOf(ShopKind.class, kind), name, story, phone, bankBin, bankAccount, accountHolder,
                    enumOf(TransferService.class, service), ids,
                    pickups == null ? List.of() : Arrays.stream(pickups.split("\\R")).toList());
        }

        public boolean hasArea(long unitId) {
            return areas.contains(Long.toString(unitId));
        }
    }

    /** One variant row of the product form; {@code id} empty for a new one. */
    public record VariantRow(String id, String nameVi, String nameEn, String price, String stock) {
    }

    public record ProductForm(String nameVi, String nameEn, String descriptionVi, String descriptionEn, String unitVi,
            String unitEn, String netQuantity, String category, boolean madeToOrder, String originUnitId, String lot,
            String traceUrl, String ocopStars, String ocopDecision, String ocopDate, String ocopAuthority,
            List<VariantRow> variants) {

        static ProductForm blank() {
            return new ProductForm("", "", "", "", "", "", "", "FOOD", false, "", "", "", "", "", "", "",
                    List.of(new VariantRow("", "", "", "", "")));
        }

        static ProductForm of(Product p) {
            Ocop o = p.ocop();
            return new ProductForm(p.nameVi(), p.nameEn(), p.descriptionVi(), p.descriptionEn(), p.unitVi(), p.unitEn(),
                    p.netQuantity(), p.category().name(), p.madeToOrder(),
                    p.originUnitId() == null ? "" : p.originUnitId().toString(), p.lot(), p.traceUrl(),
                    o == null ? "" : Integer.toString(o.stars()), o == null ? "" : o.decision(),
                    o == null ? "" : DateInput.format(o.date()), o == null ? "" : o.authority(),
                    p.variants().stream().map(v -> new VariantRow(Long.toString(v.id()), v.nameVi(), v.nameEn(),
                            Long.toString(v.price()), v.stock() == null ? "" : v.stock().toString())).toList());
        }

        static ProductForm from(MultiValueMap<String, String> f) {
            List<String> ids = all(f, "variantId");
            List<VariantRow> rows = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                rows.add(
                        new VariantRow(ids.get(i), at(f, "variantNameVi", i), at(f, "variantNameEn", i), at(f, "variantPrice", i),
                                at(f, "variantStock", i)));
            }
            return new ProductForm(one(f, "nameVi"), one(f, "nameEn"), one(f, "descriptionVi"), one(f, "descriptionEn"),
                    one(f, "unitVi"), one(f, "unitEn"), one(f, "netQuantity"), one(f, "category"),
                    "true".equals(one(f, "madeToOrder")), one(f, "originUnitId"), one(f, "lot"), one(f, "traceUrl"),
                    one(f, "ocopStars"), one(f, "ocopDecision"), one(f, "ocopDate"), one(f, "ocopAuthority"), rows);
        }

        /** The rows to show: hers, and one empty row to add a variant while there is room. */
        public List<VariantRow> rows() {
            List<VariantRow> out = new ArrayList<>(variants.isEmpty() ? List.of(new VariantRow("", "", "", "", "")) : variants);
            boolean lastBlank = out.get(out.size() - 1).id().isEmpty() && SellerForms.blank(out.get(out.size() - 1).price());
            if (!lastBlank && out.size() < ProductRules.MAX_VARIANTS) {
                out.add(new VariantRow("", "", "", "", ""));
            }
            return out;
        }

        ProductInput input() {
            List<ProductInput.VariantInput> vs = variants.stream().map(v -> new ProductInput.VariantInput(
                    v.id() == null || !v.id().strip().matches("[0-9]{1,18}") ? null : Long.valueOf(v.id().strip()), v.nameVi(),
                    v.nameEn(), v.price(), v.stock())).toList();
            Long origin = originUnitId != null && originUnitId.strip().matches("[0-9]{1,18}")
                    ? Long.valueOf(originUnitId.strip())
                    : null;
            return new ProductInput(nameVi, nameEn, descriptionVi, descriptionEn, unitVi, unitEn, netQuantity, category,
                    madeToOrder, origin, lot, traceUrl,
                    new ProductInput.OcopInput(ocopStars, ocopDecision, ocopDate, ocopAuthority), vs);
        }
    }

    static String one(MultiValueMap<String, String> f, String name) {
        String v = f.getFirst(name);
        return v == null ? "" : v;
    }

    static List<String> all(MultiValueMap<String, String> f, String name) {
        List<String> v = f.get(name);
        return v == null ? List.of() : List.copyOf(v);
    }

    private static String at(MultiValueMap<String, String> f, String name, int i) {
        List<String> v = f.get(name);
        return v == null || i >= v.size() ? "" : v.get(i);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        return null;
    }
}
