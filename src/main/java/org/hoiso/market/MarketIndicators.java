package org.hoiso.market;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.hoiso.platform.indicators.IndicatorSource;
import org.springframework.stereotype.Component;

/**
 * The report indicators the market knows, for the shops of a subtree: shops and products shown on the period's last
 * day, OCOP products valid that day, orders delivered in the period and their value. Nobody types these numbers.
 */
@Component
class MarketIndicators implements IndicatorSource {

    static final String SHOPS = "market.shopsActive";
    static final String PRODUCTS = "market.productsListed";
    static final String OCOP = "market.ocopProducts";
    static final String ORDERS = "market.ordersCompleted";
    static final String SALES = "market.salesValue";

    private final IndicatorRepository repo;

    MarketIndicators(IndicatorRepository repo) {
        this.repo = repo;
    }

    @Override
    public Set<String> keys() {
        return Set.of(SHOPS, PRODUCTS, OCOP, ORDERS, SALES);
    }

    @Override
    public Map<String, BigDecimal> compute(String key, String subtreePath, LocalDate from, LocalDate to) {
        long value = switch (key) {
            case SHOPS -> repo.shopsActive(subtreePath, to);
            case PRODUCTS -> repo.productsListed(subtreePath, to);
            case OCOP -> repo.ocopProducts(subtreePath, to);
            case ORDERS -> repo.delivered(subtreePath, from, to).orders();
            case SALES -> repo.delivered(subtreePath, from, to).value();
            default -> throw new IllegalArgumentException("not a market indicator: " + key);
        };
        return Map.of("", BigDecimal.valueOf(value));
    }
}
