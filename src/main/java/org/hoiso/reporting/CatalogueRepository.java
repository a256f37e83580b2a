package org.hoiso.reporting;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Indicators, dimensions, forms, their items and rules (tables rpt_indicator … rpt_rule). */
@Repository
class CatalogueRepository {

    private static final String INDICATOR_COLUMNS = """
            i.id, i.code, i.name_vi, i.name_en, i.description_vi, i.description_en, i.value_type, i.aggregation,
            i.dimension_code, i.computed_key, i.unit_vi, i.unit_en""";

    private final JdbcClient jdbc;

    CatalogueRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Indicator> indicators() {
        return jdbc.sql("SELECT " + INDICATOR_COLUMNS + " FROM rpt_indicator i ORDER BY i.code")
                .query((rs, n) -> indicator(rs)).list();
    }

    Optional<Indicator> indicator(String code) {
        return jdbc.sql("SELECT " + INDICATOR_COLUMNS + " FROM rpt_indicator i WHERE i.code = :code")
                .param("code", code).query((rs, n) -> indicator(rs)).optional();
    }

    Map<String, Dimension> dimensions() {
        Map<String, List<Dimension.Category>> categories = new LinkedHashMap<>();
        jdbc.sql("SELECT dimension_code, code, name_vi, name_en FROM rpt_category ORDER BY dimension_code, position")
                .query(rs -> {
                    categories.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new Dimension.Category(rs.getString(2), rs.getString(3), rs.getString(4)));
                });
        Map<String, Dimension> result = new LinkedHashMap<>();
        jdbc.sql("SELECT code, name_vi, name_en FROM rpt_dimension ORDER BY code").query(rs -> {
            String code = rs.getString(1);
            result.put(code, new Dimension(code, rs.getString(2), rs.getString(3), categories.getOrDefault(code, List.of())));
        });
        return result;
    }

    List<Form> forms() {
        List<Form> bare = jdbc.sql("""
                SELECT id, code, name_vi, name_en, periodicity, level_code, deadline_days, first_period, active
                  FROM rpt_form ORDER BY active DESC, level_code DESC, periodicity, code
                """).query((rs, n) -> bareForm(rs)).list();
        return bare.stream().map(this::complete).toList();
    }

    Optional<Form> form(long id) {
        return jdbc.sql("""
                SELECT id, code, name_vi, name_en, periodicity, level_code, deadline_days, first_period, active
                  FROM rpt_form WHERE id = :id
                """).param("id", id).query((rs, n) -> bareForm(rs)).optional().map(this::complete);
    }

    Optional<Form> form(String code) {
        return jdbc.sql("SELECT id FROM rpt_form WHERE code = :code").param("code", code).query(Long.class).optional()
                .flatMap(this::form);
    }

    /** The form that holds the indicator for that periodicity (at most one, by the unique index). */
    Optional<Long> formOf(long indicatorId, Periodicity periodicity) {
        return jdbc.sql("SELECT form_id FROM rpt_form_item WHERE indicator_id = :i AND periodicity = :p")
                .param("i", indicatorId).param("p", periodicity.name()).query(Long.class).optional();
    }

    List<Periodicity> periodicitiesOf(long indicatorId) {
        return jdbc.sql("SELECT periodicity FROM rpt_form_item WHERE indicator_id = :i")
                .param("i", indicatorId).query((rs, n) -> Periodicity.valueOf(rs.getString(1))).list()
                .stream().sorted().toList();
    }

    long insertIndicator(Catalogue.NewIndicator s) {
        return jdbc.sql("""
                INSERT INTO rpt_indicator (code, name_vi, name_en, description_vi, description_en, value_type, aggregation,
                                           dimension_code, source, computed_key, unit_vi, unit_en)
                VALUES (:code, :nameVi, :nameEn, :descVi, :descEn, :type, :agg, :dim, 'MANUAL', NULL, :unitVi, :unitEn)
                RETURNING id
                """).param("code", s.code()).param("nameVi", s.nameVi()).param("nameEn", s.nameEn())
                .param("descVi", s.descriptionVi()).param("descEn", s.descriptionEn())
                .param("type", s.valueType().name()).param("agg", s.aggregation().name()).param("dim", s.dimensionCode())
                .param("unitVi", s.unitVi()).param("unitEn", s.unitEn()).query(Long.class).single();
    }

    int updateIndicatorTexts(String code, Catalogue.NewIndicator s) {
        return jdbc.sql("""
                UPDATE rpt_indicator SET name_vi = :nameVi, name_en = :nameEn, description_vi = :descVi,
                       description_en = :descEn, unit_vi = :unitVi, unit_en = :unitEn
                 WHERE code = :code
                """).param("code", code).param("nameVi", s.nameVi()).param("nameEn", s.nameEn())
                .param("descVi", s.descriptionVi()).param("descEn", s.descriptionEn())
                .param("unitVi", s.unitVi()).param("unitEn", s.unitEn()).update();
    }

    long insertForm(Catalogue.NewForm s) {
        return jdbc.sql("""
                INSERT INTO rpt_form (code, name_vi, name_en, periodicity, level_code, deadline_days, first_period, active)
                VALUES (:code, :nameVi, :nameEn, :p, :level, :days, :first, true) RETURNING id
                """).param("code", s.code()).param("nameVi", s.nameVi()).param("nameEn", s.nameEn())
                .param("p", s.periodicity().name()).param("level", s.levelCode()).param("days", s.deadlineDays())
                .param("first", s.firstPeriod()).query(Long.class).single();
    }

    int updateForm(long id, String nameVi, String nameEn, int deadlineDays, boolean active) {
        return jdbc.sql("UPDATE rpt_form SET name_vi = :vi, name_en = :en, deadline_days = :d, active = :a WHERE id = :id")
                .param("id", id).param("vi", nameVi).param("en", nameEn).param("d", deadlineDays).param("a", active).update();
    }

    void insertItem(long formId, long indicatorId, Periodicity p, String sectionVi, String sectionEn, boolean required) {
        jdbc.sql("""
                INSERT INTO rpt_form_item (form_id, indicator_id, periodicity, position, section_vi, section_en, required)
                VALUES (:f, :i, :p, (SELECT coalesce(max(position), 0) + 1 FROM rpt_form_item WHERE form_id = :f),
                        :sv, :se, :r)
                """).param("f", formId).param("i", indicatorId).param("p", p.name()).param("sv", sectionVi)
                .param("se", sectionEn).param("r", required).update();
    }

    void insertRule(long formId, String left, String op, String rightCode, BigDecimal rightValue, String vi, String en) {
        jdbc.sql("""
                INSERT INTO rpt_rule (form_id, left_code, op, right_code, right_value, message_vi, message_en)
                VALUES (:f, :l, :op, :rc, :rv, :vi, :en)
                """).param("f", formId).param("l", left).param("op", op).param("rc", rightCode).param("rv", rightValue)
                .param("vi", vi).param("en", en).update();
    }

    boolean formCodeExists(String code) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM rpt_form WHERE code = :c)").param("c", code).query(Boolean.class).single();
    }

    boolean indicatorCodeExists(String code) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM rpt_indicator WHERE code = :c)").param("c", code).query(Boolean.class)
                .single();
    }

    Optional<String> formHolding(long indicatorId, Periodicity p) {
        return jdbc.sql("""
                SELECT f.code FROM rpt_form_item it JOIN rpt_form f ON f.id = it.form_id
                 WHERE it.indicator_id = :i AND it.periodicity = :p
                """).param("i", indicatorId).param("p", p.name()).query(String.class).optional();
    }

    boolean levelExists(String code) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM org_level WHERE code = :c)").param("c", code).query(Boolean.class).single();
    }

    private Form complete(Form f) {
        List<Form.Item> items = jdbc.sql("SELECT " + INDICATOR_COLUMNS + """
                , it.position, it.section_vi, it.section_en, it.required
                  FROM rpt_form_item it JOIN rpt_indicator i ON i.id = it.indicator_id
                 WHERE it.form_id = :f ORDER BY it.position
                """).param("f", f.id()).query((rs, n) -> new Form.Item(indicator(rs), rs.getInt("position"),
                rs.getString("section_vi"), rs.getString("section_en"), rs.getBoolean("required"))).list();
        List<Form.Rule> rules = jdbc
                .sql("""
                        SELECT id, left_code, op, right_code, right_value, message_vi, message_en FROM rpt_rule WHERE form_id = :f ORDER BY id
                        """)
                .param("f", f.id()).query((rs, n) -> new Form.Rule(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getBigDecimal(5), rs.getString(6), rs.getString(7)))
                .list();
        return new Form(f.id(), f.code(), f.nameVi(), f.nameEn(), f.periodicity(), f.levelCode(), f.deadlineDays(),
                f.firstPeriod(), f.active(), items, rules);
    }

    private static Form bareForm(ResultSet rs) throws SQLException {
        return new Form(rs.getLong("id"), rs.getString("code"), rs.getString("name_vi"), rs.getString("name_en"),
                Periodicity.valueOf(rs.getString("periodicity")), rs.getString("level_code"), rs.getInt("deadline_days"),
                rs.getObject("first_period", LocalDate.class), rs.getBoolean("active"), List.of(), List.of());
    }

    private static Indicator indicator(ResultSet rs) throws SQLException {
        return new Indicator(rs.getLong("id"), rs.getString("code"), rs.getString("name_vi"), rs.getString("name_en"),
                rs.getString("description_vi"), rs.getString("description_en"), ValueType.valueOf(rs.getString("value_type")),
                Aggregation.valueOf(rs.getString("aggregation")), rs.getString("dimension_code"), rs.getString("computed_key"),
                rs.getString("unit_vi"), rs.getString("unit_en"));
    }

}
