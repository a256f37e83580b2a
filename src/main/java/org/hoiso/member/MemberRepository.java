package org.hoiso.member;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.hoiso.platform.web.DomainException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the member registry. */
@Repository
class MemberRepository {

    private static final String MEMBER_COLUMNS = """
            m.id, m.full_name, m.birth_date, m.national_id, m.phone, m.address, m.ethnicity_code, m.sensitive_consent_on,
            m.unit_id, u.name AS unit_name, m.joined_on, m.status, m.status_since, m.position, m.has_smartphone,
            m.vneid_level, m.has_ewallet, m.digital_skill, m.version
            """;

    /** Rows an export fetches per round trip. */
    private static final int EXPORT_FETCH = 5_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate exportJdbc;
    private final WordShares wordShares;

    MemberRepository(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.wordShares = new WordShares(jdbc);
        this.exportJdbc = new JdbcTemplate(dataSource);
        this.exportJdbc.setFetchSize(EXPORT_FETCH);
    }

    Optional<Member> find(long id) {
        return jdbc.sql("SELECT " + MEMBER_COLUMNS + " FROM member m JOIN org_unit u ON u.id = m.unit_id WHERE m.id = :id")
                .param("id", id).query(Member.class).optional();
    }

    /** Her member number (số hội viên, see V50__member_number.sql). */
    Optional<String> number(long memberId) {
        return jdbc.sql("SELECT member_number FROM member WHERE id = :id").param("id", memberId).query(String.class).optional();
    }

    /** The unit path of the member, for scope checks. */
    Optional<String> unitPath(long memberId) {
        return jdbc.sql("SELECT u.path::text FROM member m JOIN org_unit u ON u.id = m.unit_id WHERE m.id = :id")
                .param("id", memberId).query(String.class).optional();
    }

    record Holder(long memberId, long unitId, String unitName, String unitPath) {
    }

    /** The living member holding this CCCD, other than {@code exceptId}. */
    Optional<Holder> livingHolder(String nationalId, Long exceptId) {
        return jdbc.sql("""
                SELECT m.id AS member_id, m.unit_id, u.name AS unit_name, u.path::text AS unit_path
                  FROM member m JOIN org_unit u ON u.id = m.unit_id
                 WHERE m.national_id = :n AND m.status IN ('ACTIVE', 'TRANSFERRED_OUT')
                   AND (CAST(:except AS bigint) IS NULL OR m.id <> :except)
                """).param("n", nationalId).param("except", exceptId).query(Holder.class).optional();
    }

    long insert(MemberInput m, LocalDate statusSince) {
        return jdbc.sql("""
                INSERT INTO member (full_name, birth_date, national_id, phone, address, ethnicity_code, sensitive_consent_on,
                                    unit_id, joined_on, status, status_since, position, has_smartphone, vneid_level,
                                    has_ewallet, digital_skill)
                VALUES (:name, :birth, :cccd, :phone, :address, :eth, :consent, :unit, :joined, 'ACTIVE', :since, :position,
                        :smartphone, :vneid, :ewallet, :skill)
                RETURNING id
                """).params(params(m)).param("since", statusSince).query(Long.class).single();
    }

    /** Updates when the version still matches; returns false if someone else changed the record first. */
    boolean update(long id, int version, MemberInput m) {
        return jdbc.sql("""
                UPDATE member SET full_name = :name, birth_date = :birth, national_id = :cccd, phone = :phone,
                       address = :address, ethnicity_code = :eth, sensitive_consent_on = :consent, joined_on = :joined,
                       position = :position, has_smartphone = :smartphone, vneid_level = :vneid, has_ewallet = :ewallet,
                       digital_skill = :skill, updated_at = now(), version = version + 1
                 WHERE id = :id AND version = :version
                """).params(params(m)).param("id", id).param("version", version).update() == 1;
    }

    private static Map<String, Object> params(MemberInput m) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", m.fullName());
        p.put("birth", m.birthDate());
        p.put("cccd", m.nationalId());
        p.put("phone", m.phone());
        p.put("address", m.address());
        p.put("eth", m.ethnicityCode());
        p.put("consent", m.sensitiveConsentOn());
        p.put("unit", m.unitId());
        p.put("joined", m.joinedOn());
        p.put("position", m.position().name());
        p.put("smartphone", m.hasSmartphone());
        p.put("vneid", m.vneidLevel());
        p.put("ewallet", m.hasEwallet());
        p.put("skill", m.digitalSkill());
        return p;
    }

    void setStatus(long id, MemberStatus status, LocalDate since) {
        jdbc.sql("UPDATE member SET status = :s, status_since = :since, updated_at = now(), version = version + 1 WHERE id = :id")
                .param("id", id).param("s", status.name()).param("since", since).update();
    }

    void setUnit(long id, long unitId) {
        jdbc.sql("UPDATE member SET unit_id = :u, updated_at = now(), version = version + 1 WHERE id = :id")
                .param("id", id).param("u", unitId).update();
    }

    void insertStatusHistory(long memberId, MemberStatus status, LocalDate date, String reason, String by) {
        jdbc.sql("""
                INSERT INTO member_status_history (member_id, status, effective_date, reason, changed_by)
                VALUES (:m, :s, :d, :r, :by)
                """).param("m", memberId).param("s", status.name()).param("d", date).param("r", reason).param("by", by).update();
    }

    long insertTransfer(long memberId, long from, long to, LocalDate date, String reason, String by) {
        return jdbc.sql("""
                INSERT INTO member_transfer (member_id, from_unit_id, to_unit_id, effective_date, reason, created_by)
                VALUES (:m, :from, :to, :d, :r, :by) RETURNING id
                """).param("m", memberId).param("from", from).param("to", to).param("d", date).param("r", reason)
                .param("by", by).query(Long.class).single();
    }

    List<MemberHistory> history(long memberId) {
        return jdbc
                .sql("""
                        SELECT 'STATUS' AS kind, h.effective_date, h.status, NULL::bigint AS from_unit_id, NULL AS from_unit_name,
                               NULL::bigint AS to_unit_id, NULL AS to_unit_name, h.reason, h.changed_by AS by, h.changed_at AS at
                          FROM member_status_history h WHERE h.member_id = :id
                        UNION ALL
                        SELECT 'TRANSFER', t.effective_date, NULL, t.from_unit_id, f.name, t.to_unit_id, tu.name, t.reason, t.created_by, t.created_at
                          FROM member_transfer t JOIN org_unit f ON f.id = t.from_unit_id JOIN org_unit tu ON tu.id = t.to_unit_id
                         WHERE t.member_id = :id
                         ORDER BY at, effective_date
                        """)
                .param("id", memberId).query(MemberHistory.class).list();
    }

    /** Transfers into (or out of) the subtree, newest first. */
    List<Transfer> transfers(String path, boolean incoming, int limit) {
        String side = incoming ? "tu" : "f";
        String other = incoming ? "f" : "tu";
        return jdbc.sql("""
                SELECT t.id, t.member_id, m.full_name AS member_name, t.from_unit_id, f.name AS from_unit_name,
                       t.to_unit_id, tu.name AS to_unit_name, t.effective_date, t.reason, t.created_by, t.created_at
                  FROM member_transfer t
                  JOIN member m ON m.id = t.member_id
                  JOIN org_unit f ON f.id = t.from_unit_id
                  JOIN org_unit tu ON tu.id = t.to_unit_id
                 WHERE %s.path <@ CAST(:p AS ltree) AND NOT (%s.path <@ CAST(:p AS ltree))
                 ORDER BY t.id DESC LIMIT :limit
                """.formatted(side, other)).param("p", path).param("limit", limit).query(Transfer.class).list();
    }

    record Counts(long active, long transferredOut, long leftUnion, long deceased) {
        long total() {
            return active + transferredOut + leftUnion + deceased;
        }
    }

    private static final String SUM_COUNTS = """
            SELECT coalesce(sum(c.active), 0) AS active, coalesce(sum(c.transferred_out), 0) AS transferred_out,
                   coalesce(sum(c.left_union), 0) AS left_union, coalesce(sum(c.deceased), 0) AS deceased
              FROM member_subtree_count c
            """;

    /**
     * Member counts of the whole subtree: one row of the subtree totals the triggers keep. The root's
     * totals are not kept (every write in the country would queue on that row), so the whole country
     * is the sum of its children's, a few dozen rows.
     */
    Counts counts(String path) {
        String sql = isRoot(path)
                ? SUM_COUNTS + " JOIN org_unit u ON u.id = c.unit_id WHERE u.parent_id = :id"
                : SUM_COUNTS + " WHERE c.unit_id = :id";
        return jdbc.sql(sql).param("id", unitId(path)).query(Counts.class).single();
    }

    /** Active members per child unit of the given unit (each child's whole subtree). */
    Map<Long, Long> activeByChild(String path) {
        Map<Long, Long> out = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT u.id, c.active FROM org_unit u JOIN member_subtree_count c ON c.unit_id = u.id
                 WHERE u.parent_id = :id
                """).param("id", unitId(path)).query((rs, i) -> {
            out.put(rs.getLong(1), rs.getLong(2));
            return null;
        }).list();
        return out;
    }

    /** A unit's path ends with its own id (see org_unit_set_path). */
    private static long unitId(String path) {
        return Long.parseLong(path.substring(path.lastIndexOf('.') + 1));
    }

    private static boolean isRoot(String path) {
        return path.indexOf('.') < 0;
    }

    /** The unit at depth 2 of a path (a province, or an agency under the central union); null for the root. */
    private static Long provinceId(String path) {
        String[] labels = path.split("\\.");
        return labels.length >= 2 ? Long.valueOf(labels[1]) : null;
    }

    /** The WHERE clause of a search or an export, and its parameters. */
    private record Filter(StringBuilder where, Map<String, Object> params) {
    }

    private Filter filter(String path, MemberQuery q, SearchText text) {
        StringBuilder where = new StringBuilder(" WHERE u.path <@ CAST(:path AS ltree)");
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("path", path);
        Long province = provinceId(path);
        if (province != null) {
            where.append(" AND m.province_id = :province");
            p.put("province", province);
        }
        if (text.nationalId() != null) {
            where.append(" AND m.national_id = :cccd");
            p.put("cccd", text.nationalId());
        } else if (text.phone() != null) {
            where.append(" AND m.phone = :phone");
            p.put("phone", text.phone());
        }
        if (!text.words().isEmpty()) {
            // a word typed twice is one condition ("ng ng" asks for a word beginning with "ng")
            nameWords(province, text.words().stream().distinct().toList(), where, p);
        }
        if (q.status() != null) {
            where.append(" AND m.status = :status");
            p.put("status", q.status().name());
        }
        if (q.hasSmartphone() != null) {
            where.append(" AND m.has_smartphone = :smartphone");
            p.put("smartphone", q.hasSmartphone());
        }
        if (q.vneidLevel() != null) {
            where.append(" AND m.vneid_level = :vneid");
            p.put("vneid", q.vneidLevel());
        }
        if (q.hasEwallet() != null) {
            where.append(" AND m.has_ewallet = :ewallet");
            p.put("ewallet", q.hasEwallet());
        }
        if (q.minDigitalSkill() != null) {
            where.append(" AND m.digital_skill >= :skill");
            p.put("skill", q.minDigitalSkill());
        }
        return new Filter(where, p);
    }

    /**
     * Every word begins a word of the name (member/V111). The index holds each word beginning of a member's name
     * with her province ("11:thu"), so a search within a province asks for all its words at once, as one array
     * the planner weighs against the index's statistics; a search of the whole country asks the same of every
     * province (the central union's children, closed ones included, and 0 for members above any province). Each
     * word is also a plain substring condition on the folded name: implied by the first, cheap on a row, it is
     * what walking the name order checks first, and its statistics tell the planner how common the word is.
     */
    private void nameWords(Long province, List<String> words, StringBuilder where, Map<String, Object> p) {
        List<Long> provinces = province != null ? List.of(province) : provincesOfTheCountry();
        where.append(" AND (");
        for (int i = 0; i < provinces.size(); i++) {
            long id = provinces.get(i);
            where.append(i == 0 ? "" : " OR ")
                    .append("hoiso_word_prefixes(m.province_id, m.name_folded) @> string_to_array(:words").append(i)
                    .append(", ' ')");
            // the words hold no space: they were split on spaces
            p.put("words" + i, String.join(" ", words.stream().map(w -> id + ":" + w).toList()));
        }
        where.append(")");
        for (int i = 0; i < words.size(); i++) {
            where.append(" AND m.name_folded LIKE :w").append(i).append(" ESCAPE '\\'");
            p.put("w" + i, "%" + escapeLike(words.get(i)) + "%");
        }
    }

    /**
     * The units that are some member's province (see member_set_province: the central union's children, closed ones
     * included, with members in their subtree), and 0 for members of the central union itself.
     */
    private List<Long> provincesOfTheCountry() {
        List<Long> ids = new ArrayList<>(jdbc.sql("""
                SELECT c.id FROM org_unit c JOIN org_unit r ON r.id = c.parent_id
                  JOIN member_subtree_count n ON n.unit_id = c.id
                 WHERE r.parent_id IS NULL AND n.active + n.transferred_out + n.left_union + n.deceased > 0
                 ORDER BY c.id
                """).query(Long.class).list());
        ids.add(0L);
        return ids;
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /**
     * Searches the subtree. The SQL is assembled from fixed fragments for the filters present (values
     * are always bound parameters), so each shape gets its own plan: a name search walks the province's
     * (or the country's) name order or uses the word-beginnings index, a CCCD or phone lookup its own index.
     *
     * <p>Two steps: the inner query finds the page's ids reading only what {@code member_province_name}
     * carries (an index-only scan that can pass over thousands of non-matching names cheaply); the outer
     * one fetches those rows. Plans are always made for the actual values ({@code force_custom_plan}):
     * whether walking the name order or looking the words up in the index is cheaper depends entirely on the words,
     * and a generic plan cached after a few executions would be wrong for most of them.
     */
    MemberPage search(String path, MemberQuery q, SearchText text, int pageSize) {
        Filter f = filter(path, q, text);
        StringBuilder where = f.where();
        Map<String, Object> p = f.params();
        Cursor after = Cursor.decode(q.after());
        if (after != null) {
            where.append(" AND (m.name_folded, m.id) > (:afterName, :afterId)");
            p.put("afterName", after.nameFolded());
            p.put("afterId", after.id());
        }
        // One row more than the page tells whether there is a next page.
        p.put("limit", pageSize + 1);
        String sql = """
                SELECT page.name_folded, m.id, m.full_name, m.birth_date, m.national_id AS national_id_masked, m.phone, m.unit_id,
                       u.name AS unit_name, m.status, m.position
                  FROM (SELECT m.id, m.name_folded FROM member m JOIN org_unit u ON u.id = m.unit_id
                        %s
                         ORDER BY m.name_folded, m.id LIMIT :limit) page
                  JOIN member m ON m.id = page.id
                  JOIN org_unit u ON u.id = m.unit_id
                 ORDER BY page.name_folded, page.id
                """.formatted(where);
        interactive(walksNameOrder(path, text));
        List<Cursor> positions = new ArrayList<>();
        List<MemberSummary> rows = jdbc.sql(sql).params(p).query((rs, i) -> {
            positions.add(new Cursor(rs.getString("name_folded"), rs.getLong("id")));
            return new MemberSummary(
                    rs.getLong("id"), rs.getString("full_name"), rs.getObject("birth_date", LocalDate.class),
                    NationalId.mask(rs.getString("national_id_masked")), rs.getString("phone"), rs.getLong("unit_id"),
                    rs.getString("unit_name"), MemberStatus.valueOf(rs.getString("status")),
                    Position.valueOf(rs.getString("position")));
        }).list();
        if (rows.size() <= pageSize) {
            return new MemberPage(List.copyOf(rows), null);
        }
        return new MemberPage(List.copyOf(rows.subList(0, pageSize)), positions.get(pageSize - 1).encode());
    }

    /** A member as exported: the import's columns plus her unit's code and name. */
    record ExportRow(String fullName, LocalDate birthDate, String nationalId, String phone, String address,
            String ethnicityCode, LocalDate sensitiveConsentOn, String unitCode, String unitName, LocalDate joinedOn,
            String position, Boolean hasSmartphone, Integer vneidLevel, Boolean hasEwallet, Integer digitalSkill,
            String status, long memberId) {
    }

    /**
     * Settings for the rest of the transaction (SET LOCAL: the caller's, which MemberRegistry opens) of a statement an
     * officer waits for: a plan made for the actual values (see {@link #search}), and no parallel workers. Such a
     * statement finds a page in a few milliseconds when its plan is right; starting workers cost more than that
     * (measured at 2,000,000 members: 139 ms of a 162 ms search went to starting workers for a query needing 3 ms).
     * Reports and exports, which read whole subtrees, keep the server's parallelism.
     */
    private void interactive() {
        interactive(false);
    }

    /**
     * The same; with {@code walk}, without bitmap scans either, which leaves the name search one way to its page:
     * walking the province's name order (see {@link WordShares}).
     */
    private void interactive(boolean walk) {
        jdbc.sql("SELECT set_config('plan_cache_mode', 'force_custom_plan', true), "
                + "set_config('max_parallel_workers_per_gather', '0', true), "
                + "set_config('enable_bitmapscan', :bitmap, true)").param("bitmap", walk ? "off" : "on").query().singleRow();
    }

    /** Whether a name search within a province will match so many members that walking its name order is quicker. */
    private boolean walksNameOrder(String path, SearchText text) {
        Long province = provinceId(path);
        if (province == null || text.words().isEmpty()) {
            return false;
        }
        long members = jdbc.sql(SUM_COUNTS + " WHERE c.unit_id = :id").param("id", province).query(Counts.class).single().total();
        return wordShares.expectedMatches(province, members, text.words().stream().distinct().toList()) > WordShares.WALK_ABOVE;
    }

    /** How many members match a search (no page limit), counting no further than {@code upTo}. */
    long count(String path, MemberQuery q, SearchText text, long upTo) {
        Filter f = filter(path, q, text);
        interactive();
        return jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM member m JOIN org_unit u ON u.id = m.unit_id" + f.where()
                + " LIMIT :upTo) matched").params(f.params()).param("upTo", upTo).query(Long.class).single();
    }

    /**
     * Streams every member matching a search (no page limit) in name order to {@code sink}, reading
     * {@link #EXPORT_FETCH} rows at a time through a server-side cursor: memory does not grow with the
     * subtree. Must run in a transaction (a cursor needs one).
     */
    void export(String path, MemberQuery q, SearchText text, Consumer<ExportRow> sink) {
        Filter f = filter(path, q, text);
        String sql = """
                SELECT m.full_name, m.birth_date, m.national_id, m.phone, m.address, m.ethnicity_code, m.sensitive_consent_on,
                       u.code AS unit_code, u.name AS unit_name, m.joined_on, m.position, m.has_smartphone, m.vneid_level,
                       m.has_ewallet, m.digital_skill, m.status, m.id
                  FROM member m JOIN org_unit u ON u.id = m.unit_id
                """ + f.where() + " ORDER BY m.name_folded, m.id";
        var template = new NamedParameterJdbcTemplate(exportJdbc);
        template.query(sql, f.params(), rs -> {
            sink.accept(new ExportRow(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4),
                    rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class), rs.getString(8), rs.getString(9),
                    rs.getObject(10, LocalDate.class), rs.getString(11), (Boolean) rs.getObject(12),
                    (Integer) rs.getObject(13, Integer.class), (Boolean) rs.getObject(14),
                    (Integer) rs.getObject(15, Integer.class),
                    rs.getString(16), rs.getLong(17)));
        });
    }

    List<Ethnicity> ethnicities() {
        return jdbc.sql("SELECT code, name_vi, name_en FROM ethnicity ORDER BY code").query(Ethnicity.class).list();
    }

    boolean ethnicityExists(String code) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM ethnicity WHERE code = :c)").param("c", code).query(Boolean.class).single();
    }

    /** The search text split into what it can be: a CCCD, a phone number, or name words (folded). */
    record SearchText(String nationalId, String phone, List<String> words) {
    }

    /** Keyset position: the last row's folded name and id, opaque to clients. */
    record Cursor(String nameFolded, long id) {
        String encode() {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((id + ":" + nameFolded).getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String s) {
            if (s == null || s.isBlank()) {
                return null;
            }
            try {
                String raw = new String(Base64.getUrlDecoder().decode(s), StandardCharsets.UTF_8);
                int colon = raw.indexOf(':');
                return new Cursor(raw.substring(colon + 1), Long.parseLong(raw.substring(0, colon)));
            } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
                throw DomainException.badRequest("member.search.cursor");
            }
        }
    }

    static List<String> splitWords(String folded) {
        List<String> words = new ArrayList<>();
        for (String w : folded.split(" ")) {
            if (!w.isBlank()) {
                words.add(w);
            }
        }
        return words;
    }

    void eraseSensitive(long id) {
        jdbc.sql("""
                UPDATE member SET ethnicity_code = NULL, sensitive_consent_on = NULL, version = version + 1, updated_at = now()
                 WHERE id = :id
                """).param("id", id).update();
    }
}
