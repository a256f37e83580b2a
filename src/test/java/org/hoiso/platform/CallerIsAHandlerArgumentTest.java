package org.hoiso.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Controllers take the signed-in caller as a {@code Caller} method argument; no class reads a static
 * "current user" (the resolver of that argument is the one place that reads the security context).
 */
class CallerIsAHandlerArgumentTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Path RESOLVER = MAIN.resolve("org/hoiso/platform/security/CallerArgumentResolver.java");

    @Test
    void noClassButTheArgumentResolverReadsTheCurrentCallerStatically() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.walk(MAIN)) {
            offenders = files.filter(p -> p.toString().endsWith(".java")).filter(p -> !p.equals(RESOLVER))
                    .filter(CallerIsAHandlerArgumentTest::readsTheCallerStatically)
                    .map(p -> MAIN.relativize(p).toString()).sorted().toList();
        }
        assertThat(offenders).as("classes calling Callers.current(): take a Caller parameter instead").isEmpty();
    }

    @Test
    void theScanSeesACallWhereverItIsWritten() {
        assertThat(readsTheCallerStatically("return registry.get(Callers.current(), id);")).isTrue();
        assertThat(readsTheCallerStatically("var c = org.hoiso.platform.security.Callers\n        .current ();")).isTrue();
        assertThat(readsTheCallerStatically("String name = Callers.currentName();")).isFalse();
    }

    private static boolean readsTheCallerStatically(Path file) {
        try {
            return readsTheCallerStatically(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean readsTheCallerStatically(String source) {
        return source.replaceAll("\\s+", "").contains("Callers.current(");
    }
}
