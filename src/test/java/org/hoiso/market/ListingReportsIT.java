package org.hoiso.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.hoiso.platform.security.Caller;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A buyer's report of a listing, without an account: it reaches the officers of the shop's commune (and above), not
 * another commune's; it is published for the online-safety module naming the listing and never a person; an officer
 * closes it with an outcome.
 */
@IntegrationTest
@RecordApplicationEvents
class ListingReportsIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    MarketFixtures market;
    @Autowired
    Reviews reviews;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    private long productId;
    private long shopId;

    @BeforeEach
    void aListedProductOfTienThanh() {
        MarketFixtures.Seller lan = market.seller(Places.TIEN_THANH);
        productId = market.listed(lan, Places.TIEN_THANH, AShop.valid().named("Cơ sở " + Fixtures.uniqueGivenName()),
                AProduct.valid().named("Thanh long " + Fixtures.uniqueGivenName(), "Dragon fruit"));
        shopId = market.products().find(productId).orElseThrow().shopId();
    }

    @Test
    void aVisitorsReportReachesTheCommunesOfficersAndIsPublishedForTheSafetyModule() throws Exception {
        MvcResult r = mvc.perform(post("/cho-so/san-pham/" + productId + "/bao-cao").with(csrf()).param("reason", "SCAM")
                .param("note", "Đòi chuyển khoản trước qua số tài khoản khác")).andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(r.getResponse().getRedirectedUrl()).contains("/cho-so/san-pham/" + productId);
        assertThat(r.getFlashMap().get("outcomeErrors")).isNull();

        List<ListingReported> published = events.stream(ListingReported.class).filter(e -> e.shopId() == shopId).toList();
        assertThat(published).hasSize(1);
        ListingReported event = published.get(0);
        assertThat(event.productId()).isEqualTo(productId);
        assertThat(event.reason()).isEqualTo(ReportReason.SCAM);

        Caller officer = market.officer(Places.TIEN_THANH).caller();
        assertThat(reviews.queue(officer, null).reports()).extracting(ListingReportRepository.Row::id)
                .contains(event.reportId());
        assertThat(reviews.shop(officer, shopId).reports()).extracting(ListingReportRepository.Row::note)
                .containsExactly("Đòi chuyển khoản trước qua số tài khoản khác");

        Caller elsewhere = market.officer(Places.LIEN_HUONG).caller();
        assertThat(reviews.queue(elsewhere, null).reports()).extracting(ListingReportRepository.Row::id)
                .doesNotContain(event.reportId());
    }

    @Test
    void anOfficerClosesAReportWithItsOutcomeAndItLeavesTheOpenList() {
        long reportId = reviews.report(shopId, productId, ReportReason.WRONG_INFO, "Giá ghi sai");
        Fixtures.Officer officer = market.officer(Places.TIEN_THANH);
        reviews.closeReport(officer.caller(), reportId, "Đã nhắc người bán sửa giá");
        assertThat(reviews.queue(officer.caller(), null).reports()).extracting(ListingReportRepository.Row::id)
                .doesNotContain(reportId);
        ListingReportRepository.Row closed = reviews.shop(officer.caller(), shopId).reports().stream()
                .filter(x -> x.id() == reportId).findFirst().orElseThrow();
        assertThat(closed.outcome()).isEqualTo("Đã nhắc người bán sửa giá");
        assertThat(closed.closedBy()).isEqualTo(officer.username());
        assertThat(closed.closedAt()).isNotNull();
    }

    @Test
    void aReportWithoutAReasonIsRefusedWithAMessageAndNothingIsWritten() throws Exception {
        MvcResult r = mvc.perform(post("/en/market/products/" + productId + "/report").with(csrf()).param("note", "?"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(r.getFlashMap().get("outcomeErrors").toString()).contains("Choose a reason for the report.");
        assertThat(jdbc.sql("SELECT count(*) FROM market_listing_report WHERE shop_id = :s").param("s", shopId)
                .query(Long.class).single()).isZero();
        assertThat(events.stream(ListingReported.class).filter(e -> e.shopId() == shopId)).isEmpty();
    }
}
