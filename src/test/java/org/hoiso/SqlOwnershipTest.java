package org.hoiso;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each module's SQL names its own tables, the organisation tree, and the views other modules publish for
 * reading (STYLE.md). Spring Modulith sees only Java dependencies, so this test reads the SQL itself.
 * <ul>
 *   <li>A module owns the tables, views and functions its migrations create ({@code CREATE TABLE},
 *   {@code CREATE [MATERIALIZED] VIEW}, {@code CREATE FUNCTION} in {@code db/migration/<module>/}).</li>
 *   <li>A view is <b>published</b> when the comment right above its {@code CREATE VIEW} has a line
 *   starting {@code -- published:} (saying for whom); any module may read it. A published view carries
 *   no personal data.</li>
 *   <li>The organisation tree ({@code org_unit}, {@code org_level}, {@code org_level_parent},
 *   {@code org_lineage_*}, {@code org_unit_today}) may be read by every module.</li>
 *   <li>The SQL of a module is every string literal and text block of its Java sources under
 *   {@code org/hoiso/<module>/}; the names after FROM (and the comma list that follows), JOIN, INTO,
 *   UPDATE, USING, COPY, TRUNCATE, TABLE, ANALYZE and REFERENCES are the tables it names.</li>
 * </ul>
 */
class SqlOwnershipTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Path SOURCES = Path.of("src/main/java/org/hoiso");
    private static final Pattern TREE = Pattern.compile("org_unit|org_level|org_level_parent|org_lineage_\\w+|org_unit_today");

    private static final String NAME = "(?:\"?\\w+\"?\\.)?\"?([a-z_][a-z0-9_]*)\"?";
    private static final Pattern CREATED = Pattern.compile("(?i)\\bCREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:UNLOGGED\\s+)?"
            + "(TABLE|MATERIALIZED\\s+VIEW|VIEW|FUNCTION)\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?" + NAME);
    private static final Pattern NAMED = Pattern.compile("(?i)\\b(?:FROM|JOIN|INTO|UPDATE|USING|COPY|TRUNCATE|TABLE|ANALYZE"
            + "|REFERENCES)\\s+(?:ONLY\\s+|IF\\s+(?:NOT\\s+)?EXISTS\\s+)?" + NAME);
    /** After a FROM item: an optional alias, a comma and the next item. */
    private static final Pattern NEXT_ITEM = Pattern.compile("(?i)\\G(?:\\s+(?:AS\\s+)?(?!WHERE\\b|GROUP\\b|ORDER\\b|LIMIT\\b)"
            + "[a-z_][a-z0-9_]*)?\\s*,\\s*(?:ONLY\\s+)?" + NAME);

    /** Who owns what, and which views are published. */
    record Ownership(Map<String, String> owners, Set<String> published) {

        static Ownership of(Map<String, List<String>> migrationsByModule) {
            Map<String, String> owners = new TreeMap<>();
            Set<String> published = new TreeSet<>();
            migrationsByModule.forEach((module, scripts) -> scripts.forEach(sql -> {
                Matcher m = CREATED.matcher(sql);
                while (m.find()) {
                    String name = m.group(2).toLowerCase();
                    String before = owners.putIfAbsent(name, module);
                    if (before != null && !before.equals(module)) {
                        throw new IllegalStateException(name + " is created by both " + before + " and " + module);
                    }
                    if (m.group(1).toUpperCase().endsWith("VIEW") && commentAbove(sql, m.start()).contains("\n-- published:")) {
                        published.add(name);
                    }
                }
            }));
            return new Ownership(owners, published);
        }

        /** The comment lines right above a position, each with a leading newline. */
        private static String commentAbove(String sql, int at) {
            String[] lines = sql.substring(0, at).split("\n", -1);
            StringBuilder comment = new StringBuilder();
            for (int i = lines.length - 2; i >= 0 && lines[i].strip().startsWith("--"); i--) {
                comment.insert(0, "\n" + lines[i].strip());
            }
            return comment.toString();
        }

        /** Whether a module's SQL may name a table, view or function. */
        boolean mayName(String module, String name) {
            String owner = owners.get(name);
            return owner == null || owner.equals(module) || TREE.matcher(name).matches() || published.contains(name);
        }
    }

    /** A name a module's SQL uses. */
    record Use(String module, String file, int line, String name) {
    }

    /** A module's SQL naming what another module owns. */
    record Violation(String file, int line, String name, String owner) {
        @Override
        public String toString() {
            return file + ":" + line + " names " + name + " of the module " + owner;
        }
    }

    /** Every table name in the string literals and text blocks of a Java source. */
    static List<Use> uses(String module, String file, String java) {
        List<Use> uses = new ArrayList<>();
        for (int[] literal : literals(java)) {
            String text = java.substring(literal[0], literal[1]);
            Matcher m = NAMED.matcher(text);
            while (m.find()) {
                uses.add(use(module, file, java, literal[0] + m.start(1), m.group(1)));
                if (m.group().regionMatches(true, 0, "FROM", 0, 4)) {
                    Matcher next = NEXT_ITEM.matcher(text);
                    int from = m.end();
                    while (next.find(from) && next.start() == from) {
                        uses.add(use(module, file, java, literal[0] + next.start(1), next.group(1)));
                        from = next.end();
                    }
                }
            }
        }
        return uses;
    }

    private static Use use(String module, String file, String java, int at, String name) {
        return new Use(module, file, (int) java.substring(0, at).chars().filter(c -> c == '\n').count() + 1, name.toLowerCase());
    }

    /** Start and end of the content of every string literal and text block, comments and char literals skipped. */
    static List<int[]> literals(String java) {
        List<int[]> found = new ArrayList<>();
        int i = 0;
        int n = java.length();
        while (i < n) {
            char c = java.charAt(i);
            if (java.startsWith("//", i)) {
                i = java.indexOf('\n', i) < 0 ? n : java.indexOf('\n', i);
            } else if (java.startsWith("/*", i)) {
                i = java.indexOf("*/", i + 2) < 0 ? n : java.indexOf("*/", i + 2) + 2;
            } else if (java.startsWith("\"\"\"", i)) {
                int start = i + 3;
                int end = start;
                while (end < n && !(java.startsWith("\"\"\"", end) && java.charAt(end - 1) != '\\')) {
                    end++;
                }
                found.add(new int[] {start, end});
                i = end + 3;
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < n && java.charAt(end) != c && java.charAt(end) != '\n') {
                    end += java.charAt(end) == '\\' ? 2 : 1;
                }
                if (c == '"') {
                    found.add(new int[] {i + 1, Math.min(end, n)});
                }
                i = end + 1;
            } else {
                i++;
            }
        }
        return found;
    }

    static List<Violation> violations(Ownership ownership, List<Use> uses) {
        return uses.stream().filter(u -> !ownership.mayName(u.module(), u.name()))
                .map(u -> new Violation(u.file(), u.line(), u.name(), ownership.owners().get(u.name()))).toList();
    }

    // ---- the project ------------------------------------------------------------------------------------

    @Test
    void noModulesSqlNamesATableAViewOrAFunctionOfAnotherModuleExceptTheTreeAndPublishedViews() {
        Ownership ownership = Ownership.of(migrations());
        List<Use> uses = projectUses();
        assertThat(violations(ownership, uses)).isEmpty();
    }

    @Test
    void theScanSeesTheSqlOfEveryModuleThatOwnsTables() {
        Ownership ownership = Ownership.of(migrations());
        List<Use> uses = projectUses();
        Set<String> owning = new TreeSet<>(ownership.owners().values());
        Set<String> namingTheirOwn = new TreeSet<>();
        uses.stream().filter(u -> u.module().equals(ownership.owners().get(u.name())))
                .forEach(u -> namingTheirOwn.add(u.module()));
        assertThat(owning).contains("member", "reporting", "activity", "skills", "platform", "orgunit");
        assertThat(namingTheirOwn).containsAll(owning);
        assertThat(ownership.owners()).containsEntry("member", "member").containsEntry("audit_log", "platform")
                .containsEntry("rpt_report", "reporting").containsEntry("lesson_progress", "skills");
        assertThat(ownership.published()).contains("member_published");
    }

    private static Map<String, List<String>> migrations() {
        Map<String, List<String>> byModule = new TreeMap<>();
        try (Stream<Path> modules = Files.list(MIGRATIONS)) {
            for (Path dir : modules.filter(Files::isDirectory).toList()) {
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".sql")).sorted().toList()) {
                        byModule.computeIfAbsent(dir.getFileName().toString(), k -> new ArrayList<>()).add(Files.readString(f));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return byModule;
    }

    private static List<Use> projectUses() {
        List<Use> uses = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                Path relative = SOURCES.relativize(f);
                if (relative.getNameCount() > 1) {
                    uses.addAll(uses(relative.getName(0).toString(), f.toString(), Files.readString(f)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uses;
    }

    // ---- the scanner, on a small example ----------------------------------------------------------------

    private static final Ownership EXAMPLE = Ownership.of(Map.of(
            "member", List.of("""
                    CREATE TABLE member (id bigint PRIMARY KEY, unit_id bigint REFERENCES org_unit, full_name text);
                    CREATE TABLE member_transfer (id bigint, member_id bigint REFERENCES member);
                    -- What other modules may read of the registry.
                    -- published: activity and skills count members by unit
                    CREATE VIEW member_published AS SELECT id, unit_id FROM member;
                    -- not published
                    CREATE OR REPLACE VIEW member_names AS SELECT id, full_name FROM member;
                    """),
            "orgunit", List.of("CREATE TABLE org_unit (id bigint);\nCREATE TABLE org_lineage_link (id bigint);\n"),
            "activity", List.of("CREATE TABLE IF NOT EXISTS activity (id bigint, unit_id bigint);")));

    @Test
    void migrationsSayWhoOwnsWhatAndWhichViewsArePublished() {
        assertThat(EXAMPLE.owners()).containsEntry("member", "member").containsEntry("member_published", "member")
                .containsEntry("member_names", "member").containsEntry("org_lineage_link", "orgunit")
                .containsEntry("activity", "activity");
        assertThat(EXAMPLE.published()).containsExactly("member_published");
    }

    @Test
    void aModulesSqlNamingAnotherModulesTableIsFoundWithItsFileAndLine() {
        String java = """
                package org.hoiso.activity;

                class ActivityRepository {
                    // "FROM member" in a comment is no SQL
                    /* nor "JOIN member_transfer" here */
                    long counts() {
                        char quote = '"';
                        String own = "SELECT count(*) FROM activity a JOIN org_unit u ON u.id = a.unit_id";
                        String tree = "SELECT 1 FROM org_lineage_link";
                        String published = "SELECT count(*) FROM member_published m";
                        String block = \"""
                                SELECT count(*)
                                  FROM activity a, member m
                                 WHERE m.unit_id = a.unit_id
                                   AND EXISTS (SELECT 1 FROM public.member_transfer t)
                                \""";
                        return jdbc.sql("UPDATE member SET full_name = 'x'") + jdbc.sql("SELECT * FROM member_names");
                    }
                }
                """;
        List<Use> uses = uses("activity", "ActivityRepository.java", java);
        assertThat(uses).extracting(Use::name).containsExactly("activity", "org_unit", "org_lineage_link", "member_published",
                "activity", "member", "member_transfer", "member", "member_names");
        assertThat(violations(EXAMPLE, uses)).extracting(Violation::toString).containsExactly(
                "ActivityRepository.java:13 names member of the module member",
                "ActivityRepository.java:15 names member_transfer of the module member",
                "ActivityRepository.java:17 names member of the module member",
                "ActivityRepository.java:17 names member_names of the module member");
    }

    @Test
    void theOwnerNamesItsOwnTablesFreely() {
        List<Use> uses = uses("member", "MemberRepository.java",
                "class R { String s = \"INSERT INTO member (id) SELECT id FROM member_transfer\"; }");
        assertThat(uses).extracting(Use::name).containsExactly("member", "member_transfer");
        assertThat(violations(EXAMPLE, uses)).isEmpty();
    }
}
