package org.hoiso.orgunit;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the organisation tree. The path column is maintained by triggers (see V2__orgunit.sql). */
@Repository
class OrgUnitRepository {

    private static final String UNIT_COLUMNS = "u.id, u.code, u.name, u.level_code, u.parent_id, u.admin_code, u.path::text AS path, u.valid_from, u.valid_to";
    private static final String NODE_COLUMNS = """
            u.id, u.code, u.name, u.level_code, u.parent_id, u.admin_code, u.valid_from, u.valid_to,
            (SELECT count(*) FROM org_unit c WHERE c.parent_id = u.id AND c.valid_to IS NULL)::int AS child_count
            """;

    /** Levels whose open units anyone may find by name (the official list of communes; unions of agencies). */
    static final Set<String> PUBLIC_LEVELS = Set.of("COMMUNE", "AGENCY");

    private final JdbcClient jdbc;

    OrgUnitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean isEmpty() {
        return jdbc.sql("SELECT NOT EXISTS (SELECT 1 FROM org_unit)").query(Boolean.class).single();
    }

    Optional<OrgUnit> find(long id) {
        return jdbc.sql("SELECT " + UNIT_COLUMNS + " FROM org_unit u WHERE u.id = :id")
                .param("id", id).query(OrgUnit.class).optional();
    }

    Optional<OrgUnit> findOpenByCode(String code) {
        return jdbc.sql("SELECT " + UNIT_COLUMNS + " FROM org_unit u WHERE u.code = :code AND u.valid_to IS NULL")
                .param("code", code).query(OrgUnit.class).optional();
    }

    List<OrgUnit> openIn(String path) {
        return jdbc
                .sql("SELECT " + UNIT_COLUMNS
                        + " FROM org_unit u WHERE u.path <@ CAST(:p AS ltree) AND u.valid_to IS NULL ORDER BY u.path")
                .param("p", path).query(OrgUnit.class).list();
    }

    /** Units of one level in a subtree that existed during [from, to] (open or closed since). */
    List<OrgUnit> atLevelIn(String path, String level, LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT " + UNIT_COLUMNS + """
                 FROM org_unit u
                WHERE u.path <@ CAST(:p AS ltree) AND u.level_code = :level
                  AND u.valid_from <= :to AND (u.valid_to IS NULL OR u.valid_to >= :from)
                ORDER BY u.name, u.id
                """).param("p", path).param("level", level).param("from", from).param("to", to).query(OrgUnit.class).list();
    }

    /** The unit that carried this code on that date (codes of closed units can be reused by their successors). */
    Optional<OrgUnit> findByCodeOn(String code, LocalDate date) {
        return jdbc.sql("SELECT " + UNIT_COLUMNS + """
                 FROM org_unit u
                WHERE u.code = :code AND u.valid_from <= :d AND (u.valid_to IS NULL OR u.valid_to >= :d)
                ORDER BY u.valid_from DESC LIMIT 1
                """).param("code", code).param("d", date).query(OrgUnit.class).optional();
    }

    List<OrgUnit> findAll(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + UNIT_COLUMNS + " FROM org_unit u WHERE u.id IN (:ids) ORDER BY u.path")
                .param("ids", ids).query(OrgUnit.class).list();
    }

    /** The unit's path if the unit lies in the subtree of one of the scope units. */
    Optional<String> pathWithin(long unitId, List<Long> scope) {
        if (scope.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT u.path::text FROM org_unit u
                 WHERE u.id = :id
                   AND EXISTS (SELECT 1 FROM org_unit s WHERE s.id IN (:scope) AND u.path <@ s.path)
                """).param("id", unitId).param("scope", scope).query(String.class).optional();
    }

    /** The chain from the root down to the unit, for breadcrumbs. */
    List<OrgUnit> ancestors(String path) {
        return jdbc.sql("SELECT " + UNIT_COLUMNS + " FROM org_unit u WHERE u.path @> CAST(:p AS ltree) ORDER BY nlevel(u.path)")
                .param("p", path).query(OrgUnit.class).list();
    }

    List<UnitNode> nodes(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + NODE_COLUMNS + " FROM org_unit u WHERE u.id IN (:ids) ORDER BY u.path")
                .param("ids", ids).query(UnitNode.class).list();
    }

    List<UnitNode> children(long parentId, boolean includeClosed) {
        return jdbc.sql("SELECT " + NODE_COLUMNS + """
                 FROM org_unit u
                 WHERE u.parent_id = :parent AND (:closed OR u.valid_to IS NULL)
                 ORDER BY u.valid_to NULLS FIRST, u.code, u.id
                """).param("parent", parentId).param("closed", includeClosed).query(UnitNode.class).list();
    }

    /** Units in the subtree whose name contains the (folded) words, diacritics and case ignored. */
    List<UnitNode> search(String foldedQuery, String subtreePath, boolean includeClosed, int limit) {
        return jdbc.sql("SELECT " + NODE_COLUMNS + """
                 FROM org_unit u
                 WHERE u.name_folded LIKE '%' || :q || '%' ESCAPE '\\'
                   AND u.path <@ CAST(:p AS ltree)
                   AND (:closed OR u.valid_to IS NULL)
                 ORDER BY nlevel(u.path), u.name_folded, u.id
                 LIMIT :limit
                """).param("q", escapeLike(foldedQuery)).param("p", subtreePath).param("closed", includeClosed)
                .param("limit", limit).query(UnitNode.class).list();
    }

    /**
     * Open units of the given levels (any if none) inside the scope units' subtrees, or also of a public level
     * anywhere, whose name, commune and province (folded) together have a word starting with each word typed
     * ("ham ro" finds "Phường Hàm Rồng"); the unit whose name is
     * the phrase first, then those whose name holds it, higher levels first. The place is "commune, province".
     */
    List<UnitChoice> pick(List<String> words, String phrase, List<Long> scope, boolean publicLevels, Set<String> levels,
            int limit) {
        StringBuilder sql = new StringBuilder("""
                SELECT u.id, u.code, u.name, u.level_code, concat_ws(', ', c.name, p.name) AS place
                  FROM org_unit u
                  LEFT JOIN org_unit p ON p.id = CASE WHEN nlevel(u.path) > 2 THEN ltree2text(subpath(u.path, 1, 1))::bigint END
                  LEFT JOIN org_unit c ON c.id = CASE WHEN nlevel(u.path) > 3 THEN ltree2text(subpath(u.path, 2, 1))::bigint END
                 WHERE u.valid_to IS NULL
                   AND (cardinality(CAST(:levels AS text[])) = 0 OR u.level_code = ANY(CAST(:levels AS text[])))
                   AND (EXISTS (SELECT 1 FROM org_unit s WHERE s.id = ANY(CAST(:scope AS bigint[])) AND u.path <@ s.path)
                        OR (:public AND u.level_code = ANY(CAST(:publicLevels AS text[]))))
                """);
        // the unit's own name holds one of the longer words: lets the trigram index (org_unit_name_trgm) pick the
        // candidates among some 100,000 units instead of reading them all
        List<String> longWords = words.stream().filter(w -> w.length() >= 3).toList();
        if (!longWords.isEmpty()) {
            sql.append("   AND (");
            for (int i = 0; i < longWords.size(); i++) {
                sql.append(i == 0 ? "" : " OR ").append("u.name_folded LIKE '%' || :l").append(i).append(" || '%' ESCAPE '\\'");
            }
            sql.append(")\n");
        }
        for (int i = 0; i < words.size(); i++) {
            sql.append("   AND (' ' || u.name_folded || ' ' || coalesce(c.name_folded, '') || ' ' || coalesce(p.name_folded, ''))"
                    + " LIKE '% ' || :w").append(i).append(" || '%' ESCAPE '\\'\n");
        }
        sql.append("""
                 ORDER BY (u.name_folded = :phrase) DESC, (u.name_folded LIKE '%' || :phraseLike || '%' ESCAPE '\\') DESC,
                          nlevel(u.path), u.name_folded, u.id
                 LIMIT :limit
                """);
        JdbcClient.StatementSpec statement = jdbc.sql(sql.toString()).param("levels", levels.toArray(String[]::new))
                .param("scope", scope.toArray(Long[]::new)).param("public", publicLevels)
                .param("publicLevels", PUBLIC_LEVELS.toArray(String[]::new)).param("phrase", phrase)
                .param("phraseLike", escapeLike(phrase)).param("limit", limit);
        for (int i = 0; i < words.size(); i++) {
            statement = statement.param("w" + i, escapeLike(words.get(i)));
        }
        for (int i = 0; i < longWords.size(); i++) {
            statement = statement.param("l" + i, escapeLike(longWords.get(i)));
        }
        return statement.query(UnitChoice.class).list();
    }

    /** One unit as a picker shows it. */
    Optional<UnitChoice> choice(long id) {
        return choices(List.of(id)).stream().findFirst();
    }

    /** Units as a picker shows them, with their place. */
    List<UnitChoice> choices(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT u.id, u.code, u.name, u.level_code, concat_ws(', ', c.name, p.name) AS place
                  FROM org_unit u
                  LEFT JOIN org_unit p ON p.id = CASE WHEN nlevel(u.path) > 2 THEN ltree2text(subpath(u.path, 1, 1))::bigint END
                  LEFT JOIN org_unit c ON c.id = CASE WHEN nlevel(u.path) > 3 THEN ltree2text(subpath(u.path, 2, 1))::bigint END
                 WHERE u.id IN (:ids)
                """).param("ids", ids).query(UnitChoice.class).list();
    }

    /** The levels a unit of this level may sit under. */
    List<String> parentLevels(String level) {
        return jdbc.sql("SELECT parent_level FROM org_level_parent WHERE level_code = :l ORDER BY parent_level")
                .param("l", level).query(String.class).list();
    }

    /** The levels allowed under a unit of this level, highest first. */
    List<Level> childLevels(String parentLevel) {
        return jdbc.sql("""
                SELECT l.code, l.rank, l.name_vi, l.name_en FROM org_level l JOIN org_level_parent p ON p.level_code = l.code
                 WHERE p.parent_level = :p ORDER BY l.rank, l.code
                """).param("p", parentLevel).query(Level.class).list();
    }

    boolean levelAllowedUnder(String level, String parentLevel) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM org_level_parent WHERE level_code = :l AND parent_level = :p)")
                .param("l", level).param("p", parentLevel).query(Boolean.class).single();
    }

    boolean levelExists(String level) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM org_level WHERE code = :l)").param("l", level).query(Boolean.class)
                .single();
    }

    record Level(String code, int rank, String nameVi, String nameEn) {
    }

    long insert(String code, String name, String level, Long parentId, String adminCode, LocalDate validFrom) {
        return jdbc.sql("""
                INSERT INTO org_unit (code, name, level_code, parent_id, admin_code, valid_from)
                VALUES (:code, :name, :level, :parent, :admin, :from) RETURNING id
                """).param("code", code).param("name", name).param("level", level).param("parent", parentId)
                .param("admin", adminCode).param("from", validFrom).query(Long.class).single();
    }

    void setParent(long id, long parentId) {
        jdbc.sql("UPDATE org_unit SET parent_id = :parent WHERE id = :id").param("id", id).param("parent", parentId).update();
    }

    void rename(long id, String name) {
        jdbc.sql("UPDATE org_unit SET name = :name WHERE id = :id").param("id", id).param("name", name).update();
    }

    void close(long id, LocalDate validTo) {
        jdbc.sql("UPDATE org_unit SET valid_to = :to WHERE id = :id").param("id", id).param("to", validTo).update();
    }

    /** Children ever made under the unit, closed ones included. */
    int childCount(long parentId) {
        return jdbc.sql("SELECT count(*) FROM org_unit WHERE parent_id = :p").param("p", parentId).query(Integer.class).single();
    }

    boolean codeTakenByOpenUnit(String code) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM org_unit WHERE code = :c AND valid_to IS NULL)")
                .param("c", code).query(Boolean.class).single();
    }

    long insertEvent(String kind, LocalDate date, String note, String by) {
        return jdbc.sql("""
                INSERT INTO org_lineage_event (kind, effective_date, note, created_by)
                VALUES (:kind, :date, :note, :by) RETURNING id
                """).param("kind", kind).param("date", date).param("note", note).param("by", by).query(Long.class).single();
    }

    void insertLink(long eventId, Long from, Long to, String oldName, String newName, Long oldParent, Long newParent) {
        jdbc.sql(
                """
                        INSERT INTO org_lineage_link (event_id, from_unit_id, to_unit_id, old_name, new_name, old_parent_id, new_parent_id)
                        VALUES (:e, :from, :to, :oldName, :newName, :oldParent, :newParent)
                        """)
                .param("e", eventId).param("from", from).param("to", to).param("oldName", oldName)
                .param("newName", newName).param("oldParent", oldParent).param("newParent", newParent).update();
    }

    /** Every lineage link that names the unit as predecessor or successor, oldest first. */
    List<LineageEntry> lineage(long unitId) {
        return jdbc.sql("""
                SELECT e.id AS event_id, e.kind, e.effective_date, e.note, e.created_by,
                       l.from_unit_id, f.name AS from_name, l.to_unit_id, t.name AS to_name,
                       l.old_name, l.new_name, l.old_parent_id, l.new_parent_id
                  FROM org_lineage_link l
                  JOIN org_lineage_event e ON e.id = l.event_id
                  LEFT JOIN org_unit f ON f.id = l.from_unit_id
                  LEFT JOIN org_unit t ON t.id = l.to_unit_id
                 WHERE l.event_id IN (SELECT event_id FROM org_lineage_link WHERE from_unit_id = :id OR to_unit_id = :id)
                 ORDER BY e.effective_date, e.id, l.from_unit_id
                """).param("id", unitId).query(LineageEntry.class).list();
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
