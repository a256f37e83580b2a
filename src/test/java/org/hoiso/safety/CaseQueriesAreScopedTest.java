package org.hoiso.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Confidentiality is in the SQL: every statement of {@link CaseRepository} that names a table holding a case (the case,
 * its entries, screenshots, story, access log, referrals, the reports behind an indicator) joins the viewer's reach,
 * {@code safety_visible_cases(:viewer)}; the statistics never read a sealed column.
 */
class CaseQueriesAreScopedTest {

    private static final Path MAIN = Path.of("src/main/java/org/hoiso/safety");
    private static final Pattern CASE_TABLE = Pattern.compile(
            "\\bsafety_(case|case_entry|evidence|case_event|case_access|referral|indicator_report)\\b");
    private static final String REACH = "safety_visible_cases(:viewer)";

    /** The text blocks and string literals of a source of the module (its SQL). */
    private static List<String> sql(String file) throws IOException {
        String java = Files.readString(MAIN.resolve(file));
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\n]|\\\\.)*)\"", Pattern.DOTALL).matcher(java);
        while (m.find()) {
            out.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return out;
    }

    @Test
    void everyStatementOfTheCaseRepositoryJoinsTheViewersDesignations() throws IOException {
        List<String> statements = new ArrayList<>();
        List<String> unscoped = new ArrayList<>();
        for (String l : sql("CaseRepository.java")) {
            if (CASE_TABLE.matcher(l).find()) {
                statements.add(l);
                if (!l.contains(REACH)) {
                    unscoped.add(l);
                }
            }
        }
        assertThat(statements).as("statements found: the scan must see them").hasSizeGreaterThan(20);
        assertThat(unscoped).isEmpty();
    }

    @Test
    void theStatisticsReadNoSealedColumn() throws IOException {
        List<String> sql = sql("StatsRepository.java").stream().filter(v -> v.contains("safety_")).toList();
        assertThat(sql).isNotEmpty().allSatisfy(s -> assertThat(s).doesNotContain("_enc"));
    }

    @Test
    void theScanSeesAStatementThatForgetsTheReach() {
        assertThat(CASE_TABLE.matcher("SELECT * FROM safety_case WHERE id = :id").find()).isTrue();
        assertThat("SELECT * FROM safety_case WHERE id = :id").doesNotContain(REACH);
    }
}
