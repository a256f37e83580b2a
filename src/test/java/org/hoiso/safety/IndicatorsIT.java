package org.hoiso.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.hoiso.market.vietqr.Payment;
import org.hoiso.market.vietqr.VietQr;
import org.hoiso.platform.text.VietnameseText;
import org.hoiso.platform.web.DomainException;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Scam indicators: one per identifier however it was typed, public from three distinct reporters or once verified. */
@IntegrationTest
class IndicatorsIT {

    @Autowired
    SafetyTestData data;
    @Autowired
    ScamIndicators indicators;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    private long commune() {
        return fixtures.unit(Places.KIM_LONG).id();
    }

    private ScamIndicators.CheckResult check(String text) {
        return indicators.check(text, null, SafetyTestData.freshAddress());
    }

    @Test
    void oneNumberTypedThreeWaysByThreeReportersIsOneIndicatorShownWithItsCount() {
        data.report(AReport.scam(commune()).phone("0169 555 0101"));
        data.report(AReport.scam(commune()).phone("+84 39 555 0101"));
        assertThat(check("0395550101").verdict()).as("two reporters are not enough").isEqualTo(ScamIndicators.Verdict.NOTHING);
        data.report(AReport.scam(commune()).phone("84395550101"));
        ScamIndicators.CheckResult r = check("039 555 0101");
        assertThat(r.verdict()).isEqualTo(ScamIndicators.Verdict.REPORTED);
        assertThat(r.reporters()).isEqualTo(3);
        assertThat(r.lastReported()).isEqualTo(LocalDate.now(VietnameseText.ZONE));
        assertThat(jdbc.sql("SELECT count(*) FROM safety_indicator WHERE kind = 'PHONE' AND value = '+84395550101'")
                .query(Long.class).single()).isOne();
    }

    @Test
    void threeReportsFromOneReporterCountOnce() {
        String address = SafetyTestData.freshAddress();
        for (int i = 0; i < 3; i++) {
            data.report(AReport.scam(commune()).phone("0395550202"), address);
        }
        assertThat(check("0395550202").verdict()).isEqualTo(ScamIndicators.Verdict.NOTHING);
    }

    @Test
    void aPastedVietQrCodeIsCheckedAsTheAccountItPaysTo() {
        for (int i = 0; i < 3; i++) {
            data.report(AReport.scam(commune()).account("970415", "1133 6666 0303"));
        }
        String payload = VietQr.encode(Payment.toAccount("970415", "113366660303").withAmount(5_000_000));
        ScamIndicators.CheckResult r = check(payload);
        assertThat(r.identifier().display()).isEqualTo("VietinBank 113366660303");
        assertThat(r.verdict()).isEqualTo(ScamIndicators.Verdict.REPORTED);
        assertThat(indicators.check("113366660303", "970415", SafetyTestData.freshAddress()).reporters()).isEqualTo(3);
    }

    @Test
    void anOfficerOfTheProvinceVerifiesOneOrMarksItFalseAndTheCheckFollows() {
        Fixtures.Officer province = fixtures.officer(Places.HUE);
        data.report(AReport.scam(commune()).link("https://vietcombank-hoantien.xyz/otp"));
        ScamIndicators.Row row = indicators.list(province.caller(), "vietcombank-hoantien.xyz/otp").get(0);
        assertThat(row.shownPublicly()).isFalse();
        indicators.verify(province.caller(), row.id());
        assertThat(check("http://www.vietcombank-hoantien.xyz/otp/").verdict()).isEqualTo(ScamIndicators.Verdict.VERIFIED);
        indicators.markFalse(province.caller(), row.id());
        assertThat(check("vietcombank-hoantien.xyz/otp").verdict()).isEqualTo(ScamIndicators.Verdict.NOTHING);
    }

    @Test
    void anIndicatorMarkedFalseDisappearsFromTheCheckWhateverItsCount() {
        Fixtures.Officer national = fixtures.officer(Places.CENTRAL);
        for (int i = 0; i < 4; i++) {
            data.report(AReport.scam(commune()).phone("0395550404"));
        }
        long id = indicators.list(national.caller(), "0395550404").get(0).id();
        indicators.markFalse(national.caller(), id);
        assertThat(check("0395550404").verdict()).isEqualTo(ScamIndicators.Verdict.NOTHING);
    }

    @Test
    void aCommuneOfficerDoesNotReviewIndicators() {
        assertThatThrownBy(() -> indicators.list(fixtures.officer(Places.KIM_LONG).caller(), null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("safety.indicator.forbidden"));
    }

    @Test
    void harassmentReportsNameNobodyPubliclyTheirIdentifiersStaySealedInTheCase() {
        for (int i = 0; i < 3; i++) {
            data.report(AReport.harassment(commune()).phone("0395550505").link("https://www.facebook.com/ke.quay.roi"));
        }
        assertThat(check("0395550505").verdict()).isEqualTo(ScamIndicators.Verdict.NOTHING);
        assertThat(jdbc.sql("SELECT count(*) FROM safety_indicator WHERE value IN ('+84395550505', "
                + "'https://www.facebook.com/ke.quay.roi')").query(Long.class).single()).isZero();
    }

    @Test
    void whatTheCheckCannotReadIsRefusedWithAMessage() {
        assertThatThrownBy(() -> check("xin chào")).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.fieldProblems()).extracting(p -> p.code()).containsExactly("safety.check.notRecognised"));
    }

    @Test
    void checksArePerAddressLimited() {
        String address = SafetyTestData.freshAddress();
        for (int i = 0; i < 30; i++) {
            indicators.check("0912000" + String.format("%03d", i), null, address);
        }
        assertThatThrownBy(() -> indicators.check("0912000999", null, address)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.TOO_MANY));
    }
}
