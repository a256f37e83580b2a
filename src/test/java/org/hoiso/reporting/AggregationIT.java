package org.hoiso.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

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
    @Autowired
    ReportExchange exchange;
    @Autowired
    JdbcClient jdbc;

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
    void theHistoryOfASplitCommuneCountsOnceOnTodaysTree() {
        Form form = testForm("COMMUNE", Periodicity.YEARLY, LocalDate.of(2020, 1, 1));
        Period y2024 = new Period(Periodicity.YEARLY, LocalDate.of(2024, 1, 1));
        // Old Bính Xá went to today's Đình Lập and Kiên Mộc; old Kiên Mộc to today's Châu Sơn and Kiên Mộc.
        OrgUnit binhXa = units.findByCodeOn(Places.OLD_BINH_XA, y2024.end()).orElseThrow();
        OrgUnit oldKienMoc = units.findByCodeOn(Places.KIEN_MOC, y2024.end()).orElseThrow();
        fillAndApprove(form, binhXa, y2024, 10);
        fillAndApprove(form, oldKienMoc, y2024, 5);

        OrgUnit langSon = fixtures.unit(Places.LANG_SON);
        assertThat(total(form, langSon, y2024, TreeView.TODAY)).isEqualByComparingTo("15");
        BigDecimal children = aggregates.children(fixtures.admin(), langSon.id(),
                new Aggregates.Query(form.items().get(0).indicator().code(), TreeView.TODAY, false), y2024).stream()
                .map(c -> c.figure().value() == null ? BigDecimal.ZERO : c.figure().value())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(children).isEqualByComparingTo("15");
        // Each counts under one successor: the one that kept its code where one did.
        assertThat(total(form, fixtures.unit(Places.KIEN_MOC), y2024, TreeView.TODAY)).isEqualByComparingTo("5");
        assertThat(total(form, fixtures.unit(Places.DINH_LAP), y2024, TreeView.TODAY)).isEqualByComparingTo("10");
        assertThat(total(form, fixtures.unit(Places.CHAU_SON), y2024, TreeView.TODAY)).isEqualByComparingTo("0");
        OrgUnit central = units.get(fixtures.centralId());
        assertThat(total(form, central, y2024, TreeView.THEN)).isEqualByComparingTo("15");
        assertThat(total(form, central, y2024, TreeView.TODAY)).isEqualByComparingTo("15");
    }

    @Test
    void aCommuneCodeInAnImportedFileIsTheUnitThatCarriedItAtThePeriodsEnd(@TempDir Path dir) throws Exception {
        Form form = testForm("COMMUNE", Periodicity.YEARLY, LocalDate.of(2020, 1, 1));
        String code = form.items().get(0).indicator().code();
        Path csv = dir.resolve("values.csv");
        Files.writeString(csv, """
                form,unit_code,period,indicator,category,value
                %1$s,%2$s,2024,%1$s,,3
                %1$s,%2$s,2025,%1$s,,7
                %1$s,%3$s,2025,%1$s,,9
                """.formatted(form.code(), Places.KIEN_MOC, Places.TAN_KY));
        exchange.importReports(fixtures.admin(), exchange.read("values.csv", csv), true, VI);

        OrgUnit oldKienMoc = units.findByCodeOn(Places.KIEN_MOC, LocalDate.of(2024, 12, 31)).orElseThrow();
        assertThat(oldKienMoc.isOpen()).isFalse();
        assertThat(reportedUnit(form, LocalDate.of(2024, 1, 1))).isEqualTo(oldKienMoc.id());
        // 2025 saw both the old communes and today's: the code is the one it named on 31 December, even where the
        // old commune's name comes first (the old Xã Cao Kỳ before today's Xã Tân Kỳ).
        assertThat(reportedUnits(form, LocalDate.of(2025, 1, 1))).containsExactlyInAnyOrder(
                fixtures.unit(Places.KIEN_MOC).id(), fixtures.unit(Places.TAN_KY).id());
    }

    private long reportedUnit(Form form, LocalDate periodStart) {
        return jdbc.sql("SELECT unit_id FROM rpt_report WHERE form_id = :f AND period_start = :p").param("f", form.id())
                .param("p", periodStart).query(Long.class).single();
    }

    private List<Long> reportedUnits(Form form, LocalDate periodStart) {
        return jdbc.sql("SELECT unit_id FROM rpt_report WHERE form_id = :f AND period_start = :p").param("f", form.id())
                .param("p", periodStart).query(Long.class).list();
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
