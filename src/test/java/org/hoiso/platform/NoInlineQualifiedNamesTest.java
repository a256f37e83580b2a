package org.hoiso.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hoiso.testing.JavaSource;
import org.junit.jupiter.api.Test;

/**
 * Code names a class by its simple name and imports it: no {@code org.springframework.http.HttpStatus.OK}
 * in the middle of a method. Comments, strings and the package and import lines themselves are not code.
 */
class NoInlineQualifiedNamesTest {

    private static final Pattern QUALIFIED = Pattern.compile(
            "(?<![\\w.])(?:java|javax|jakarta|org|com|io|tools|net)(?:\\.[a-z_][a-z0-9_]*)+\\.[A-Z]\\w*");

    @Test
    void noSourceNamesAClassByItsFullyQualifiedNameInItsCode() {
        List<String> found = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("src/test/java"))) {
            for (JavaSource source : JavaSource.all(root)) {
                found.addAll(inlineNames(source.name(), source.code()));
            }
        }
        assertThat(found).as("fully qualified class names in code: import them").isEmpty();
    }

    @Test
    void theScanSeesANameInCodeButNotInAnImportACommentOrAString() {
        String code = """
                package org.hoiso.x;
                import java.util.List;
                class A { Object o = new java.util.ArrayList<String>(); }
                """;
        assertThat(inlineNames("A.java", code)).containsExactly("A.java:3 java.util.ArrayList");
        assertThat(inlineNames("B.java", "import org.hoiso.platform.web.Formats;\n")).isEmpty();
    }

    private static List<String> inlineNames(String name, String code) {
        List<String> found = new ArrayList<>();
        String[] lines = code.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("import ") || line.startsWith("package ")) {
                continue;
            }
            Matcher m = QUALIFIED.matcher(lines[i]);
            while (m.find()) {
                found.add(name + ":" + (i + 1) + " " + m.group());
            }
        }
        return found;
    }
}
