package org.hoiso.orgunit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
    private static final Logger log = LoggerFactory.getLogger(OrgTreeLoader.class);

    private final OrgUnitRepository units;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    OrgTreeLoader(OrgUnitRepository units, JdbcTemplate jdbc, TransactionTemplate tx) {
        this.units = units;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        tx.executeWithoutResult(status -> {
            if (units.isEmpty()) {
                load();
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
            throw new IllegalStateException("commune list refers to unknown provinces: loaded " + loaded + " of " + communes.size());
        }
        log.info("Loaded the organisation tree: 1 central union, {} provinces, {} communes", provinces.size(), communes.size());
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
