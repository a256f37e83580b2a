package org.hoiso.market;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hoiso.platform.web.DateInput;
import org.hoiso.platform.web.FieldProblem;

/**
 * What a product must be before anything is written: a Vietnamese name and unit, texts of bounded length with no
 * HTML or script (descriptions use the lessons' safe markup, nothing else is rendered as HTML), a known category,
 * a traceability link that is an https address, one to ten variants (named when there are several) each with a
 * price in whole dong (no decimals, not negative) and, unless made to order, a stock of zero or more whole items;
 * an OCOP rating complete (3–5 stars, decision, its date not in the future, authority) and not expired on the day.
 * Every problem is named at once.
 */
final class ProductRules {

    static final int MAX_VARIANTS = 10;

    private ProductRules() {
    }

    /** A variant as it will be stored; stock null when made to order. */
    record CheckedVariant(Long id, String nameVi, String nameEn, long price, Integer stock) {
    }

    /** The product as it will be stored, and every problem with it (empty when it may be written). */
    record Checked(String nameVi, String nameEn, String descriptionVi, String descriptionEn, String unitVi, String unitEn,
            String netQuantity, Category category, boolean madeToOrder, Long originUnitId, String lot, String traceUrl,
            Ocop ocop, List<CheckedVariant> variants, List<FieldProblem> problems) {

        long lowestPrice() {
            return variants.stream().mapToLong(CheckedVariant::price).min().orElse(0);
        }
    }

    static Checked check(ProductInput in, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        String nameVi = text(in.nameVi(), "nameVi", 150, true, problems);
        String nameEn = text(in.nameEn(), "nameEn", 150, false, problems);
        String descriptionVi = description(in.descriptionVi(), "descriptionVi", problems);
        String descriptionEn = description(in.descriptionEn(), "descriptionEn", problems);
        String unitVi = text(in.unitVi(), "unitVi", 40, true, problems);
        String unitEn = text(in.unitEn(), "unitEn", 40, false, problems);
        String net = text(in.netQuantity(), "netQuantity", 40, false, problems);
        Category category = Category.of(in.category());
        if (category == null) {
            problems.add(FieldProblem.of("category", "market.product.categoryUnknown"));
        }
        String lot = text(in.lot(), "lot", 60, false, problems);
        String trace = MarketText.line(in.traceUrl());
        if (trace != null && !trace.matches("https://[^\\s<>\"']{3,490}")) {
            problems.add(FieldProblem.of("traceUrl", "market.product.traceUrl"));
        }
        Ocop ocop = ocop(in.ocop(), today, problems);
        List<CheckedVariant> variants = variants(in, problems);
        return new Checked(nameVi, nameEn, descriptionVi, descriptionEn, unitVi, unitEn, net, category, in.madeToOrder(),
                in.originUnitId(), lot, trace, ocop, variants, List.copyOf(problems));
    }

    private static List<CheckedVariant> variants(ProductInput in, List<FieldProblem> problems) {
        List<ProductInput.VariantInput> rows = in.variants().stream().filter(v -> !v.isBlank()).toList();
        if (rows.isEmpty()) {
            problems.add(FieldProblem.of("variants", "market.variants.none"));
            return List.of();
        }
        if (rows.size() > MAX_VARIANTS) {
            problems.add(FieldProblem.of("variants", "market.variants.tooMany", MAX_VARIANTS));
            return List.of();
        }
        List<CheckedVariant> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ProductInput.VariantInput v = rows.get(i);
            String field = "variants[" + i + "]";
            String nameVi = text(v.nameVi(), field + ".nameVi", 80, rows.size() > 1, problems);
            String nameEn = text(v.nameEn(), field + ".nameEn", 80, false, problems);
            MarketText.Amount price = MarketText.price(v.price());
            if (price.problem() != null) {
                problems.add(FieldProblem.of(field + ".price", price.problem()));
            }
            Integer stock = null;
            if (!in.madeToOrder()) {
                MarketText.Amount s = MarketText.stock(v.stock());
                if (s.problem() != null) {
                    problems.add(FieldProblem.of(field + ".stock", s.problem()));
                } else {
                    stock = s.value().intValue();
                }
            }
            out.add(new CheckedVariant(v.id(), nameVi, nameEn, price.value() == null ? 0 : price.value(), stock));
        }
        return List.copyOf(out);
    }

    private static Ocop ocop(ProductInput.OcopInput in, LocalDate today, List<FieldProblem> problems) {
        if (in == null || in.isBlank()) {
            return null;
        }
        int before = problems.size();
        String stars = in.stars() == null ? "" : in.stars().strip();
        if (!stars.matches("[345]")) {
            problems.add(FieldProblem.of("ocopStars", "market.ocop.stars"));
        }
        String decision = MarketText.line(in.decision());
        if (decision == null || decision.length() > 60) {
            problems.add(FieldProblem.of("ocopDecision", "market.ocop.decision"));
        }
        String authority = MarketText.line(in.authority());
        if (authority == null || authority.length() > 200) {
            problems.add(FieldProblem.of("ocopAuthority", "market.ocop.authority"));
        }
        LocalDate date = null;
        try {
            date = DateInput.parse(in.date()).orElse(null);
        } catch (IllegalArgumentException e) {
            // reported below, as a missing date
        }
        if (date == null || date.isAfter(today)) {
            problems.add(FieldProblem.of("ocopDate", "market.ocop.date"));
        } else if (Ocop.expiryOf(date).isBefore(today)) {
            problems.add(FieldProblem.of("ocopDate", "market.ocop.expired", DateInput.format(Ocop.expiryOf(date))));
        }
        return problems.size() > before
                ? null
                : new Ocop(Integer.parseInt(stars), decision, date, authority, Ocop.expiryOf(date));
    }

    private static String description(String text, String field, List<FieldProblem> problems) {
        String t = MarketText.block(text);
        if (t != null && t.length() > 5000) {
            problems.add(FieldProblem.of(field, "market.text.tooLong", 5000));
        } else if (MarketText.hasMarkup(t)) {
            problems.add(FieldProblem.of(field, "market.text.markup"));
        }
        return t;
    }

    private static String text(String raw, String field, int max, boolean required, List<FieldProblem> problems) {
        String t = MarketText.line(raw);
        if (t == null && required) {
            problems.add(FieldProblem.of(field, "error.field.required"));
        } else if (t != null && t.length() > max) {
            problems.add(FieldProblem.of(field, "market.text.tooLong", max));
        } else if (MarketText.hasMarkup(t)) {
            problems.add(FieldProblem.of(field, "market.text.markup"));
        }
        return t;
    }
}
