package org.hoiso.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * A Java source read as text, for tests that check what the code names (message codes, statuses): its
 * text, its code (comments, strings and characters blanked to spaces, so that brackets can be counted)
 * and its string literals. Text blocks are blanked too: they hold SQL, not codes.
 *
 * @param name     the path under the source root
 * @param text     the source as written
 * @param code     the source with comments and literals blanked, same length as the text
 * @param literals the string literals, in order
 */
public record JavaSource(String name, String text, String code, List<Literal> literals) {

    private static final Map<Path, List<JavaSource>> READ = new ConcurrentHashMap<>();

    /** A string literal: its value (escapes resolved to the escaped character) and where it stands. */
    public record Literal(String value, int start, int end) {
    }

    /** Every {@code .java} file under the root, read once per test run. */
    public static List<JavaSource> all(Path root) {
        return READ.computeIfAbsent(root, r -> {
            try (Stream<Path> files = Files.walk(r)) {
                List<JavaSource> sources = new ArrayList<>();
                for (Path p : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    sources.add(read(r.relativize(p).toString(), Files.readString(p)));
                }
                return List.copyOf(sources);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static JavaSource read(String name, String text) {
        char[] code = text.toCharArray();
        List<Literal> literals = new ArrayList<>();
        int i = 0;
        while (i < code.length) {
            char c = code[i];
            if (text.startsWith("//", i)) {
                int newline = text.indexOf('\n', i);
                i = blank(code, i, (newline < 0 ? code.length : newline) - 1);
            } else if (text.startsWith("/*", i)) {
                i = blank(code, i, text.indexOf("*/", i + 2) + 1);
            } else if (text.startsWith("\"\"\"", i)) {
                i = blank(code, i, text.indexOf("\"\"\"", i + 3) + 2);
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                StringBuilder value = new StringBuilder();
                while (code[end] != c) {
                    if (code[end] == '\\') {
                        end++;
                    }
                    value.append(code[end]);
                    end++;
                }
                if (c == '"') {
                    literals.add(new Literal(value.toString(), i, end + 1));
                }
                i = blank(code, i + 1, end - 1) + 1;
            } else {
                i++;
            }
        }
        return new JavaSource(name, text, new String(code), List.copyOf(literals));
    }

    private static int blank(char[] code, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (code[k] != '\n') {
                code[k] = ' ';
            }
        }
        return to + 1;
    }

    /**
     * The call the literal is a direct argument of ({@code DomainException.notFound}, {@code new FileProblem},
     * {@code messages.get}), or null when it stands in an array, a block or a statement of its own.
     */
    public String enclosingCall(Literal literal) {
        int depth = 0;
        for (int k = literal.start() - 1; k >= 0; k--) {
            char c = code.charAt(k);
            if (c == ')' || c == ']' || c == '}') {
                depth++;
            } else if (c == '(' || c == '[' || c == '{') {
                if (depth > 0) {
                    depth--;
                    continue;
                }
                return c == '(' ? callBefore(k) : null;
            } else if (c == ';') {
                return null;
            }
        }
        return null;
    }

    private String callBefore(int bracket) {
        int end = bracket;
        while (end > 0 && code.charAt(end - 1) == ' ') {
            end--;
        }
        int begin = end;
        while (begin > 0 && (Character.isJavaIdentifierPart(code.charAt(begin - 1)) || code.charAt(begin - 1) == '.')) {
            begin--;
        }
        String call = code.substring(begin, end);
        return code.substring(Math.max(0, begin - 4), begin).equals("new ") ? "new " + call : call;
    }

    /** Whether the literal is the first part of a string built by {@code +}. */
    public boolean isConcatenated(Literal literal) {
        int k = literal.end();
        while (k < code.length() && Character.isWhitespace(code.charAt(k))) {
            k++;
        }
        return k < code.length() && code.charAt(k) == '+';
    }
}
