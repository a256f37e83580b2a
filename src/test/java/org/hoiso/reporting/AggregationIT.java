package org.hoiso.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.orgunit.OrgUnits;
import org.hoiso.orgunit.Reorganisation;
import org.hoiso.platform.security.Caller;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Totals equal the sum of the leaves at every level, on the tree then and on today's tree. */
@IntegrationTest
class AggregationIT {

    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final Locale VI = Locale.forLanguageTag("vi");

    @Autowired
    Fixtures fixtures;
    @Autowired
    Reports reports;
    @Autowired
    Catalogue catalogue;
    @Autowired
    Aggregates aggregates;
    @Autowired
    OrgUnits units;
    @Autowired
    Reorganisation reorganisation;

    /** A form of its own with one summed indicator, so other tests' reports cannot change these totals. */
    private Form testForm(String level, Periodicity p, LocalDate first) {
        Caller admin = fixtures.admin();
        String code = "AGG_" + System.nanoTime() % 1_000_000 + "_" + SEQ.incrementAndGet();
        catalogue.createIndicator(admin, new Catalogue.NewIndicator(code, "Chỉ tiêu thử " + code, "Test " + code, null, null,
                ValueType.INTEGER, Aggregation.SUM, null, "người", "people"));
        Form form = catalogue.createForm(admin,
                new Catalogue.NewForm(code, "Biểu thử " + code, "Test form " + code, p, level, 15, first));
        return catalogue.addItem(admin, form.id(), new Catalogue.NewItem(code, null, null, true));
    }

    private void fillAndApprove(Form form, OrgUnit unit, Period period, long value) {
        Caller admin = fixtures.admin();
        Report r = reports.open(admin, form.id(), unit.id(), period);
        reports.submit(admin, r.id(), r.version(), Map.of(form.items().get(0).indicator().code(), String.valueOf(value)), VI);
        reports.approve(admin, r.id(), null);
    }

    private BigDecimal total(Form form, OrgUnit unit, Period period, TreeView view) {
        BigDecimal v = aggregates.figure(fixtures.admin(), unit.id(),
                new Aggregates.Query(form.items().get(0).indicator().code(), view, false), period).value();
        return v == null ? BigDecimal.ZERO : v;
    }

    @Test
    void totalsEqualTheSumOfLeavesAtEveryLevelAndAMovedCommuneIsCountedOnce() {
        Form form = testForm("COMMUNE", Periodicity.QUARTERLY, LocalDate.of(2026, 1, 1));
        Period q = new Period(Periodicity.QUARTERLY, LocalDate.of(2026, 4, 1));
        List<String> provinces = List.of(Places.CAN_THO, Places.DA_NANG, Places.HO_CHI_MINH_CITY);
        Map<String, Long> byProvince = new HashMap<>();
        Map<Long, Long> byCommune = new HashMap<>();
        long n = 0;
        for (String p : provinces) {
            List<OrgUnit> communes = units.unitsAtLevel(units.readable(fixtures.admin(), fixtures.unit(p).id()), "COMMUNE",
                    q.start(), q.end()).stream().filter(OrgUnit::isOpen).limit(7).toList();
            for (OrgUnit c : communes) {
                long value = 10 + (n++ * 37) % 101;
                fillAndApprove(form, c, q, value);
                byProvince.merge(p, value, Long::sum);
                byCommune.put(c.id(), value);
            }
        }
        long national = byProvince.values().stream().mapToLong(Long::longValue).sum();
        OrgUnit central = units.get(fixtures.centralId());
        for (TreeView view : TreeView.values()) {
            assertThat(total(form, central, q, view)).isEqualByComparingTo(BigDecimal.valueOf(national));
            for (String p : provinces) {
                assertThat(total(form, fixtures.unit(p), q, view)).isEqualByComparingTo(BigDecimal.valueOf(byProvince.get(p)));
            }
            for (var e : byCommune.entrySet()) {
                assertThat(total(form, units.get(e.getKey()), q, view)).isEqualByComparingTo(BigDecimal.valueOf(e.getValue()));
            }
            BigDecimal childSum = aggregates.children(fixtures.admin(), central.id(),
                    new Aggregates.Query(form.items().get(0).indicator().code(), view, false), q).stream()
                    .map(c -> c.figure().value() == null ? BigDecimal.ZERO : c.figure().value())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(childSum).isEqualByComparingTo(BigDecimal.valueOf(national));
        }

        // A commune of Cần Thơ moves to Đà Nẵng after reporting: its past report stays under Cần Thơ on the tree
        // then and counts under Đà Nẵng on today's tree, never under both.
        Long movedId = byCommune.keySet().stream()
                .filter(id -> units.get(id).path().startsWith(fixtures.unit(Places.CAN_THO).path() + "."))
                .findFirst().orElseThrow();
        long movedValue = byCommune.get(movedId);
        reorganisation.move(fixtures.admin(), movedId, fixtures.unit(Places.DA_NANG).id(), LocalDate.of(2026, 7, 1), "thử");
        assertThat(total(form, fixtures.unit(Places.CAN_THO), q, TreeView.THEN))
                .isEqualByComparingTo(BigDecimal.valueOf(byProvince.get(Places.CAN_THO)));
        assertThat(total(form, fixtures.unit(Places.DA_NANG), q, TreeView.THEN))
                .isEqualByComparingTo(BigDecimal.valueOf(byProvince.get(Places.DA_NANG)));
        assertThat(total(form, fixtures.unit(Places.CAN_THO), q, TreeView.TODAY))
                .isEqualByComparingTo(BigDecimal.valueOf(byProvince.get(Places.CAN_THO) - movedValue));
        assertThat(total(form, fixtures.unit(Places.DA_NANG), q, TreeView.TODAY))
                .isEqualByComparingTo(BigDecimal.valueOf(byProvince.get(Places.DA_NANG) + movedValue));
        assertThat(total(form, central, q, TreeView.THEN)).isEqualByComparingTo(BigDecimal.valueOf(national));
        assertThat(total(form, central, q, TreeView.TODAY)).isEqualByComparingTo(BigDecimal.valueOf(national));
    }

    @Test
    void theYearlyReportsOf2024ForTodaysCanThoIncludeTheOldHauGiangAndSocTrang() {
        Form form = testForm("PROVINCE", Periodicity.YEARLY, LocalDate.of(2020, 1, 1));
        Period y2024 = new Period(Periodicity.YEARLY, LocalDate.of(2024, 1, 1));
        LocalDate end = y2024.end();
        OrgUnit oldCanTho = units.findByCodeOn(Places.CAN_THO, end).orElseThrow();
        OrgUnit hauGiang = units.findByCodeOn(Places.HAU_GIANG, end).orElseThrow();
        OrgUnit socTrang = units.findByCodeOn(Places.SOC_TRANG, end).orElseThrow();
        OrgUnit oldHanoi = units.findByCodeOn(Places.HA_NOI, end).orElseThrow();
        assertThat(hauGiang.name()).isEqualTo("Tỉnh Hậu Giang");
        assertThat(hauGiang.isOpen()).isFalse();
        assertThat(oldCanTho.isOpen()).isFalse();
        fillAndApprove(form, oldCanTho, y2024, 100);
        fillAndApprove(form, hauGiang, y2024, 20);
        fillAndApprove(form, socTrang, y2024, 3);
        fillAndApprove(form, oldHanoi, y2024, 4000);

        OrgUnit canThoToday = fixtures.unit(Places.CAN_THO);
        assertThat(total(form, canThoToday, y2024, TreeView.TODAY)).isEqualByComparingTo("123");
        assertThat(total(form, canThoToday, y2024, TreeView.THEN)).isEqualByComparingTo("0");
        assertThat(total(form, hauGiang, y2024, TreeView.THEN)).isEqualByComparingTo("20");
        assertThat(total(form, fixtures.unit(Places.HA_NOI), y2024, TreeView.TODAY)).isEqualByComparingTo("4000");
        OrgUnit central = units.get(fixtures.centralId());
        assertThat(total(form, central, y2024, TreeView.THEN)).isEqualByComparingTo("4123");
        assertThat(total(form, central, y2024, TreeView.TODAY)).isEqualByComparingTo("4123");
    }
}
