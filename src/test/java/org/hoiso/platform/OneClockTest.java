package org.hoiso.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hoiso.platform.text.VietnameseText;
import org.hoiso.testing.JavaSource;
import org.junit.jupiter.api.Test;

/**
 * One clock: the application reads the time only from the {@link Clock} bean, which tells Viet Nam time,
 * so that tests move time instead of waiting and no date depends on the server's time zone. Code that
 * asks the system for the time ({@code LocalDate.now(zone)}, {@code Instant.now()},
 * {@code System.currentTimeMillis()}, a {@code Clock.system…} of its own) goes around it; only the clock
 * configuration may.
 */
class OneClockTest {

    /** A {@code now(…)} of a time type, with what stands between its brackets. */
    private static final Pattern NOW = Pattern.compile(
            "\\b(?:LocalDate|LocalDateTime|LocalTime|OffsetDateTime|OffsetTime|ZonedDateTime|Instant|Year|YearMonth|MonthDay)"
                    + "\\s*\\.\\s*now\\s*\\(([^()]*(?:\\([^()]*\\)[^()]*)*)\\)");
    /** The system's own clocks. */
    private static final Pattern SYSTEM = Pattern.compile(
            "\\bSystem\\s*\\.\\s*currentTimeMillis\\s*\\(|\\bClock\\s*(?:\\.|::)\\s*system(?:UTC|DefaultZone)?\\b|\\bnew\\s+Date\\s*\\(\\s*\\)");
    /** A clock handed in: a variable or field named {@code clock} or {@code …Clock}. */
    private static final Pattern A_CLOCK = Pattern.compile("\\s*(?:this\\s*\\.\\s*)?(?:clock|[a-z]\\w*Clock)\\s*");
    private static final String CLOCK_CONFIGURATION = Path.of("org", "hoiso", "platform", "ClockConfig.java").toString();

    @Test
    void theApplicationClockTellsVietNamTime() {
        Clock clock = new ClockConfig().clock();
        assertThat(clock.getZone()).isEqualTo(VietnameseText.ZONE);
    }

    @Test
    void noCodeReadsTheTimeAroundTheClockBean() {
        List<String> found = new ArrayList<>();
        for (JavaSource source : JavaSource.all(Path.of("src/main/java"))) {
            if (!source.name().equals(CLOCK_CONFIGURATION)) {
                found.addAll(aroundTheClock(source.name(), source.code()));
            }
        }
        assertThat(found).as("take the time from the Clock bean: LocalDate.now(clock), clock.instant()").isEmpty();
    }

    @Test
    void theScanSeesTheSystemClockButNotAClockPassedIn() {
        String code = """
                class A {
                    LocalDate a = LocalDate.now(VietnameseText.ZONE);
                    Instant b = Instant.now();
                    long c = System.currentTimeMillis();
                    Clock d = Clock.systemUTC();
                    OffsetDateTime e = OffsetDateTime.now(clock);
                    LocalDate f = LocalDate.now(this.clock);
                    Instant g = Instant.now(testClock);
                    ZonedDateTime h = ZonedDateTime.now(clock.withZone(ZoneOffset.UTC));
                    long i = System.nanoTime();
                    Clock j = provider.getIfAvailable(Clock::systemUTC);
                }
                """;
        assertThat(aroundTheClock("A.java", code)).containsExactly("A.java:2 LocalDate.now(VietnameseText.ZONE)",
                "A.java:3 Instant.now()", "A.java:4 System.currentTimeMillis(", "A.java:5 Clock.systemUTC",
                "A.java:9 ZonedDateTime.now(clock.withZone(ZoneOffset.UTC))", "A.java:11 Clock::systemUTC");
    }

    private static List<String> aroundTheClock(String name, String code) {
        List<String> found = new ArrayList<>();
        Matcher now = NOW.matcher(code);
        while (now.find()) {
            if (!A_CLOCK.matcher(now.group(1)).matches()) {
                found.add(name + ":" + line(code, now.start()) + " " + now.group().replaceAll("\\s+", ""));
            }
        }
        Matcher system = SYSTEM.matcher(code);
        while (system.find()) {
            found.add(name + ":" + line(code, system.start()) + " " + system.group().replaceAll("\\s+", ""));
        }
        found.sort((a, b) -> Integer.compare(lineOf(a), lineOf(b)));
        return found;
    }

    private static int line(String code, int offset) {
        int n = 1;
        for (int i = 0; i < offset; i++) {
            if (code.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    private static int lineOf(String finding) {
        return Integer.parseInt(finding.substring(finding.indexOf(':') + 1, finding.indexOf(' ')));
    }
}
