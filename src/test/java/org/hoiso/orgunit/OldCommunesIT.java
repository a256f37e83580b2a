package org.hoiso.orgunit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The communes before 1 July 2025 are loaded as closed units under the 63 old provinces, with a lineage into
 * today's communes, like the old provinces: a code read as of a date before the reform names the old commune
 * (commune codes were reused by their successors), and a split commune leads to every successor.
 */
@IntegrationTest
class OldCommunesIT {

    private static final LocalDate END_OF_2024 = LocalDate.of(2024, 12, 31);

    @Autowired
    OrgUnits units;
    @Autowired
    OrgTreeLoader loader;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    private long closedCommunes() {
        return jdbc.sql("""
                SELECT count(*) FROM org_unit c JOIN org_unit p ON p.id = c.parent_id
                 WHERE c.level_code = 'COMMUNE' AND c.valid_to = DATE '2025-06-30' AND p.valid_to = DATE '2025-06-30'
                """).query(Long.class).single();
    }

    @Test
    void theCommunesBefore2025AreClosedUnitsUnderTheOldProvinces() {
        assertThat(closedCommunes()).isEqualTo(10_047);
        OrgUnit binhXa = units.findByCodeOn(Places.OLD_BINH_XA, END_OF_2024).orElseThrow();
        assertThat(binhXa.name()).isEqualTo("Xã Bính Xá");
        assertThat(binhXa.levelCode()).isEqualTo("COMMUNE");
        assertThat(binhXa.isOpen()).isFalse();
        assertThat(binhXa.validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
        OrgUnit oldLangSon = units.get(binhXa.parentId());
        assertThat(oldLangSon.name()).isEqualTo("Tỉnh Lạng Sơn");
        assertThat(oldLangSon.isOpen()).isFalse();
    }

    @Test
    void aCodeReusedByASuccessorNamesTheOldCommuneBeforeTheReformAndTheNewOneAfter() {
        OrgUnit before = units.findByCodeOn(Places.KIEN_MOC, END_OF_2024).orElseThrow();
        OrgUnit after = units.findByCodeOn(Places.KIEN_MOC, LocalDate.of(2025, 7, 1)).orElseThrow();
        assertThat(before.isOpen()).isFalse();
        assertThat(after.isOpen()).isTrue();
        assertThat(after.id()).isEqualTo(fixtures.unit(Places.KIEN_MOC).id());
        assertThat(before.name()).isEqualTo(after.name()).isEqualTo("Xã Kiên Mộc");
    }

    @Test
    void aSplitCommuneLeadsToEverySuccessor() {
        OrgUnit binhXa = units.findByCodeOn(Places.OLD_BINH_XA, END_OF_2024).orElseThrow();
        List<Long> successors = jdbc.sql("SELECT to_unit_id FROM org_lineage_link WHERE from_unit_id = :u ORDER BY to_unit_id")
                .param("u", binhXa.id()).query(Long.class).list();
        assertThat(successors).containsExactlyInAnyOrder(fixtures.unit(Places.DINH_LAP).id(),
                fixtures.unit(Places.KIEN_MOC).id());
        assertThat(jdbc
                .sql("""
                        SELECT DISTINCT e.kind || ' ' || e.effective_date FROM org_lineage_event e JOIN org_lineage_link l ON l.event_id = e.id
                         WHERE l.from_unit_id = :u
                        """)
                .param("u", binhXa.id()).query(String.class).list()).containsExactly("MERGE 2025-07-01");
    }

    @Test
    void theOldCommunesAreLoadedOnceWhateverTheNumberOfStarts() {
        long before = closedCommunes();
        long links = jdbc.sql("SELECT count(*) FROM org_lineage_link").query(Long.class).single();
        loader.run(new DefaultApplicationArguments());
        assertThat(closedCommunes()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM org_lineage_link").query(Long.class).single()).isEqualTo(links);
    }
}
