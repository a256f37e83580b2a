package org.hoiso.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.platform.security.Caller;
import org.hoiso.reporting.Catalogue;
import org.hoiso.reporting.Period;
import org.hoiso.reporting.Periodicity;
import org.hoiso.reporting.Report;
import org.hoiso.reporting.Reports;
import org.hoiso.reporting.Value;
import org.hoiso.reporting.ValueKey;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Union sees the market's results: the six-monthly form of a commune is filled with its shops, products, OCOP
 * products and the orders delivered in the period with their value; once approved, the sales show on the dashboard's
 * province map.
 */
@IntegrationTest
class MarketIndicatorsIT {

    @Autowired
    MarketFixtures market;
    @Autowired
    Orders orders;
    @Autowired
    Reports reports;
    @Autowired
    Catalogue catalogue;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JsonMapper json;

    @Test
    void theSixMonthlyFormCountsTheCommunesMarketAndTheMapShowsItsSalesByProvince() throws Exception {
        MarketFixtures.Seller lan = market.seller(Places.TAY_NHA_TRANG);
        String decided = LocalDate.now().minusYears(1).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        long salt = market.listed(lan, Places.TAY_NHA_TRANG, AShop.valid(),
                AProduct.valid().named("Muối Hòn Khói", "Hon Khoi salt").price("30000", "100")
                        .ocop("3", "12/QĐ-UBND", decided, "UBND tỉnh Khánh Hoà"));
        long shop = market.products().find(salt).orElseThrow().shopId();
        long nest = market.product(lan, shop, AProduct.valid().named("Yến sào", "Bird's nest").price("1.500.000", "4"));
        market.approveProduct(nest, Places.TAY_NHA_TRANG);
        long pending = market.product(lan, shop, AProduct.valid().named("Mực một nắng", null));
        long pickup = jdbc.sql("SELECT id FROM market_pickup WHERE shop_id = :s").param("s", shop).query(Long.class).single();

        deliver(lan, order(salt, "3", pickup));
        deliver(lan, order(nest, "1", pickup));
        Orders.Placed cancelled = order(salt, "10", pickup);
        orders.step(lan.caller(), cancelled.id(), 0, OrderStep.CANCEL, "Khách đổi ý");
        order(salt, "2", pickup);

        OrgUnit commune = market.fixtures().unit(Places.TAY_NHA_TRANG);
        Caller officer = market.officer(Places.TAY_NHA_TRANG).caller();
        Period period = Period.containing(Periodicity.SIX_MONTHLY, reports.today());
        Report report = reports.open(officer, catalogue.form("PT_6THANG").id(), commune.id(), period);
        Map<ValueKey, Value> values = reports.entry(officer, report.id()).values();
        assertThat(value(values, "MARKET_SHOPS_ACTIVE")).isEqualByComparingTo("1");
        assertThat(value(values, "MARKET_PRODUCTS_LISTED")).isEqualByComparingTo("2");
        assertThat(value(values, "MARKET_OCOP_PRODUCTS")).isEqualByComparingTo("1");
        assertThat(value(values, "MARKET_ORDERS_COMPLETED")).isEqualByComparingTo("2");
        assertThat(value(values, "MARKET_SALES_VALUE")).isEqualByComparingTo("1590000");
        assertThat(pending).isPositive();

        Caller admin = market.fixtures().admin();
        reports.submit(admin, report.id(), report.version(), Map.ofEntries(Map.entry("POOR_HOUSEHOLDS_OUT", "1"),
                Map.entry("BUSINESS_OWNERS_TRAINED", "1"), Map.entry("COOPS_NEW", "0"),
                Map.entry("VIOLENCE_VICTIMS_DETECTED", "0"), Map.entry("VIOLENCE_VICTIMS_SUPPORTED", "0"),
                Map.entry("DIGITAL_FAMILIES", "1"), Map.entry("DIGITAL_TEAM_MEMBERS", "1"),
                Map.entry("ONLINE_SELLERS_HELPED", "1"),
                Map.entry("DIGITAL_BRANCH_MODEL", "true")), Locale.forLanguageTag("vi"));
        reports.approve(admin, report.id(), null);

        Fixtures.Officer national = market.fixtures().account(Caller.Role.VIEWER, Places.CENTRAL);
        String body = mvc.perform(get("/dashboard/provinces.json").param("indicator", "MARKET_SALES_VALUE")
                .param("period", period.code()).with(user(users.loadUserByUsername(national.username()))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode map = json.readTree(body);
        JsonNode khanhHoa = null;
        for (JsonNode row : map.get("rows")) {
            if (row.get("code").asString().equals(Places.KHANH_HOA)) {
                khanhHoa = row;
            }
        }
        assertThat(khanhHoa).isNotNull();
        assertThat(khanhHoa.get("value").decimalValue()).isEqualByComparingTo("1590000");
        assertThat(map.get("indicator").get("code").asString()).isEqualTo("MARKET_SALES_VALUE");
    }

    private Orders.Placed order(long product, String quantity, long pickup) {
        long variant = market.products().find(product).orElseThrow().variants().get(0).id();
        return orders
                .place(new OrderInput(List.of(new OrderInput.Line(variant, quantity)), "Lê Thị Thu", "0905123456", null, null,
                        pickup, null, null));
    }

    private void deliver(MarketFixtures.Seller seller, Orders.Placed placed) {
        Order o = orders.step(seller.caller(), placed.id(), 0, OrderStep.PAY, null);
        o = orders.step(seller.caller(), placed.id(), o.version(), OrderStep.SHIP, null);
        orders.step(seller.caller(), placed.id(), o.version(), OrderStep.DELIVER, null);
    }

    private static BigDecimal value(Map<ValueKey, Value> values, String code) {
        Value v = values.get(new ValueKey(code, ""));
        assertThat(v).as(code).isNotNull();
        return v.num();
    }
}
