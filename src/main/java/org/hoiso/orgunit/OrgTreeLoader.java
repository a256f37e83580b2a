package org.hoiso.orgunit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hoiso.platform.text.VietnameseText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the real organisation tree on first start: the central union, the 34 provinces and the 3,321
 * commune-level unions of the administrative map in force since 1 July 2025 (see
 * {@code orgunit/data/SOURCES.md}). Units take the official code as their code; the tree exists
 * before anyone types anything.
 */
@Component
@Order(0)
public class OrgTreeLoader implements ApplicationRunner {

    /** The two-tier local government took effect on this date. */
    public static final LocalDate REFORM_2025 = LocalDate.of(2025, 7, 1);
    public static final String CENTRAL_CODE = "TW";
    /** The 63-province map dates from the merger of Hà Tây into Hà Nội on 1 August 2008. */
    public static final LocalDate PROVINCES_63_FROM = LocalDate.of(2008, 8, 1);
    private static final Logger log = LoggerFactory.getLogger(OrgTreeLoader.class);

    private final OrgUnitRepository units;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final OldCommunes oldCommunes;

    OrgTreeLoader(OrgUnitRepository units, JdbcTemplate jdbc, TransactionTemplate tx, OldCommunes oldCommunes) {
        this.units = units;
        this.jdbc = jdbc;
        this.tx = tx;
        this.oldCommunes = oldCommunes;
    }

    @Override
    public void run(ApplicationArguments args) {
        tx.executeWithoutResult(status -> {
            if (units.isEmpty()) {
                load();
            }
            if (!historyLoaded()) {
                loadProvincesBefore2025();
            }
            if (!communeHistoryLoaded()) {
                loadCommunesBefore2025();
            }
        });
    }

    private void load() {
        Date from = Date.valueOf(REFORM_2025);
        long central = units.insert(CENTRAL_CODE, "Hội Liên hiệp Phụ nữ Việt Nam", "CENTRAL", null, null, REFORM_2025);
        List<Object[]> provinces = new ArrayList<>();
        for (String[] r : read("orgunit/data/provinces_current.csv")) {
            // code,name,full_name,name_en,full_name_en,code_name,unit_type_vi,unit_type_en
            provinces.add(new Object[] {r[0], VietnameseText.clean(r[2]), central, r[0], from});
        }
        jdbc.batchUpdate("""
                INSERT INTO org_unit (code, name, level_code, parent_id, admin_code, valid_from)
                VALUES (?, ?, 'PROVINCE', ?, ?, ?)
                """, provinces);
        List<Object[]> communes = new ArrayList<>();
        for (String[] r : read("orgunit/data/communes_current.csv")) {
            // code,name,full_name,name_en,full_name_en,code_name,province_code,unit_type_vi,unit_type_en
            communes.add(new Object[] {r[0], VietnameseText.clean(r[2]), r[0], from, r[6]});
        }
        jdbc.batchUpdate("""
                INSERT INTO org_unit (code, name, level_code, parent_id, admin_code, valid_from)
                SELECT ?, ?, 'COMMUNE', p.id, ?, ? FROM org_unit p
                 WHERE p.code = ? AND p.level_code = 'PROVINCE' AND p.valid_to IS NULL
                """, communes);
        Integer loaded = jdbc.queryForObject("SELECT count(*) FROM org_unit WHERE level_code = 'COMMUNE'", Integer.class);
        if (loaded == null || loaded != communes.size()) {
            throw new IllegalStateException(
                    "commune list refers to unknown provinces: loaded " + loaded + " of " + communes.size());
        }
        log.info("Loaded the organisation tree: 1 central union, {} provinces, {} communes", provinces.size(), communes.size());
    }

    private boolean historyLoaded() {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM org_unit WHERE level_code = 'PROVINCE' AND valid_to IS NOT NULL)", Boolean.class));
    }

    /**
     * The 63 provinces before 1 July 2025, as closed units with a lineage into today's 34, so reports and
     * figures of 2024 can be read as of the old tree or mapped onto today's (e.g. Cần Thơ today includes the
     * old Hậu Giang and Sóc Trăng). One MERGE event per new province, a link from each old one.
     */
    private void loadProvincesBefore2025() {
        Long central = jdbc.queryForObject("SELECT id FROM org_unit WHERE code = ? AND valid_to IS NULL", Long.class,
                CENTRAL_CODE);
        Date from = Date.valueOf(PROVINCES_63_FROM);
        Date to = Date.valueOf(REFORM_2025.minusDays(1));
        Map<String, List<Long>> oldByNew = new LinkedHashMap<>();
        for (String[] r : read("orgunit/data/old_to_new_provinces_20250701.csv")) {
            // old_province_code,old_province_name,new_province_code,new_province_name
            Long id = jdbc.queryForObject("""
                    INSERT INTO org_unit (code, name, level_code, parent_id, admin_code, valid_from, valid_to)
                    VALUES (?, ?, 'PROVINCE', ?, ?, ?, ?) RETURNING id
                    """, Long.class, r[0], VietnameseText.clean(r[1]), central, r[0], from, to);
            oldByNew.computeIfAbsent(r[2], k -> new ArrayList<>()).add(id);
        }
        for (var e : oldByNew.entrySet()) {
            Long newId = jdbc.queryForObject(
                    "SELECT id FROM org_unit WHERE code = ? AND level_code = 'PROVINCE' AND valid_to IS NULL",
                    Long.class, e.getKey());
            Long event = jdbc.queryForObject("""
                    INSERT INTO org_lineage_event (kind, effective_date, note, created_by)
                    VALUES ('MERGE', ?, 'Nghị quyết 202/2025/QH15 về sắp xếp đơn vị hành chính cấp tỉnh', 'system') RETURNING id
                    """, Long.class, Date.valueOf(REFORM_2025));
            for (Long oldId : e.getValue()) {
                jdbc.update("INSERT INTO org_lineage_link (event_id, from_unit_id, to_unit_id) VALUES (?, ?, ?)", event, oldId,
                        newId);
            }
        }
        log.info("Loaded the {} provinces before 1 July 2025 as closed units with their lineage",
                oldByNew.values().stream().mapToInt(List::size).sum());
    }

    /** Old communes hang under the old provinces: one there means they were loaded. */
    private boolean communeHistoryLoaded() {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                SELECT EXISTS (SELECT 1 FROM org_unit c JOIN org_unit p ON p.id = c.parent_id
                                WHERE c.level_code = 'COMMUNE' AND p.level_code = 'PROVINCE' AND p.valid_to IS NOT NULL)
                """, Boolean.class));
    }

    /**
     * The 10,047 communes before 1 July 2025 (the list as it stood before the reform; earlier changes of
     * communes are not in it), as closed units under their old province, with a lineage into today's
     * communes: one MERGE event per commune of today, a link from each old commune that went into it, whole or
     * in part, so a commune split among several leads to all of them. Set-based: three statements.
     */
    private void loadCommunesBefore2025() {
        Map<String, OldCommunes.OldCommune> olds = new LinkedHashMap<>();
        List<String> pairOld = new ArrayList<>();
        List<String> pairNew = new ArrayList<>();
        for (OldCommunes.OldCommune c : oldCommunes.all()) {
            olds.putIfAbsent(c.oldCode(), c);
            pairOld.add(c.oldCode());
            pairNew.add(c.newCode());
        }
        Date from = Date.valueOf(PROVINCES_63_FROM);
        Date to = Date.valueOf(REFORM_2025.minusDays(1));
        int loaded = jdbc.update("""
                INSERT INTO org_unit (code, name, level_code, parent_id, admin_code, valid_from, valid_to)
                SELECT c.code, c.name, 'COMMUNE', p.id, c.code, ?, ?
                  FROM unnest(?::text[], ?::text[], ?::text[]) WITH ORDINALITY AS c(code, name, province, n)
                  JOIN org_unit p ON p.code = c.province AND p.level_code = 'PROVINCE' AND p.valid_to = ?
                 ORDER BY c.n
                """, from, to, olds.keySet().toArray(String[]::new),
                olds.values().stream().map(OldCommunes.OldCommune::oldName).toArray(String[]::new),
                olds.values().stream().map(OldCommunes.OldCommune::oldProvinceCode).toArray(String[]::new), to);
        if (loaded != olds.size()) {
            throw new IllegalStateException("old commune list refers to unknown old provinces: loaded " + loaded + " of "
                    + olds.size());
        }
        int links = jdbc.update(
                """
                        WITH pairs AS (
                            SELECT * FROM unnest(?::text[], ?::text[]) AS x(old_code, new_code)
                        ), ids AS MATERIALIZED (
                            SELECT o.id AS old_id, n.id AS new_id
                              FROM pairs x
                              JOIN org_unit o ON o.code = x.old_code AND o.level_code = 'COMMUNE' AND o.valid_to = ?
                              JOIN org_unit n ON n.code = x.new_code AND n.level_code = 'COMMUNE' AND n.valid_to IS NULL
                        ), events AS MATERIALIZED (
                            SELECT new_id, nextval(pg_get_serial_sequence('org_lineage_event', 'id')) AS event_id
                              FROM (SELECT DISTINCT new_id FROM ids ORDER BY new_id) s
                        ), inserted AS (
                            INSERT INTO org_lineage_event (id, kind, effective_date, note, created_by) OVERRIDING SYSTEM VALUE
                            SELECT event_id, 'MERGE', ?, 'Nghị quyết của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính cấp xã năm 2025', 'system'
                              FROM events
                        )
                        INSERT INTO org_lineage_link (event_id, from_unit_id, to_unit_id)
                        SELECT e.event_id, i.old_id, i.new_id FROM ids i JOIN events e USING (new_id)
                        """,
                pairOld.toArray(String[]::new), pairNew.toArray(String[]::new), to, Date.valueOf(REFORM_2025));
        log.info("Loaded the {} communes before 1 July 2025 as closed units with their lineage ({} links)", loaded, links);
    }

    /** Rows of a header-first UTF-8 CSV without quoted fields (the official lists have none). */
    static List<String[]> read(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            String header = in.readLine();
            int columns = header.split(",", -1).length;
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (cells.length != columns) {
                    throw new IllegalStateException(resource + ": unexpected line " + line);
                }
                rows.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
