package org.hoiso.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.hoiso.testing.JavaSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * Several instances of hoiso run behind a load balancer, each with its own scheduler: a job that must happen once
 * (a clean-up, a key rotation, retention, a digest) must take a lock in PostgreSQL (ShedLock), with
 * {@code @SchedulerLock} on an {@code @Scheduled} method or through {@code ClusterJobs.once} for a task registered in
 * code. The jobs that are safe on every instance at once are listed here, each with the reason.
 */
class ScheduledJobsTest {

    /** {@code @Scheduled} methods that may run on every instance at once ("Class.method" → why). */
    private static final Map<String, String> SCHEDULED_EVERYWHERE = Map.of();

    /**
     * Source files whose tasks registered in code may run on every instance at once (path → why). Spring Session's own
     * clean-up of expired sessions (not our source) also runs everywhere: an idempotent DELETE of expired rows.
     */
    private static final Map<String, String> REGISTERED_EVERYWHERE = Map.of(
            Path.of("org", "hoiso", "platform", "jobs", "SchedulingConfig.java").toString(),
            "the outbox's delivery claims its rows with FOR UPDATE SKIP LOCKED: every instance may deliver, none twice",
            Path.of("org", "hoiso", "intake", "IntakeConfig.java").toString(),
            "every instance polls for import jobs and claims them with FOR UPDATE SKIP LOCKED, and beats the heart of its"
                    + " own leases; its clean-up runs through ClusterJobs.once");

    /** A task handed to the scheduler in code. */
    private static final Pattern REGISTERED = Pattern.compile(
            "\\.\\s*(addCronTask|addFixedDelayTask|addFixedRateTask|addTriggerTask|schedule|scheduleAtFixedRate|scheduleWithFixedDelay)\\s*\\(");

    @Test
    void everyScheduledMethodHoldsAClusterLockOrIsListedAsSafeEverywhere() {
        List<String> scheduled = scheduledMethods();
        assertThat(scheduled).as("the scan finds the scheduled methods").contains("AttemptCounters.purge");
        List<String> unlocked = new ArrayList<>();
        for (String method : scheduled) {
            if (method.endsWith(" unlocked") && !SCHEDULED_EVERYWHERE.containsKey(method.replace(" unlocked", ""))) {
                unlocked.add(method);
            }
        }
        assertThat(unlocked).as("@Scheduled without @SchedulerLock(name = …): it would run on every instance").isEmpty();
        for (String listed : SCHEDULED_EVERYWHERE.keySet()) {
            assertThat(scheduled).as("listed as safe everywhere but not found").contains(listed + " unlocked");
        }
    }

    @Test
    void everyTaskRegisteredInCodeRunsThroughClusterJobsOrIsListedAsSafeEverywhere() {
        List<String> registered = new ArrayList<>();
        List<String> unlocked = new ArrayList<>();
        for (JavaSource source : JavaSource.all(Path.of("src/main/java"))) {
            for (String call : registeredTasks(source.code())) {
                registered.add(source.name());
                if (!call.contains(".once(") && !REGISTERED_EVERYWHERE.containsKey(source.name())) {
                    unlocked.add(source.name() + ": " + call.replaceAll("\\s+", " "));
                }
            }
        }
        assertThat(registered).as("the scan finds the tasks registered in code")
                .contains(Path.of("org", "hoiso", "card", "CardConfig.java").toString())
                .containsAll(REGISTERED_EVERYWHERE.keySet());
        assertThat(unlocked).as("a task registered in code without ClusterJobs.once: it would run on every instance").isEmpty();
    }

    @Test
    void theSourceScanSeesATaskOutsideClusterJobs() {
        String code = """
                class A {
                    public void configureTasks(ScheduledTaskRegistrar tasks) {
                        tasks.addCronTask(new CronTask(() -> jobs.once("a", a::run), trigger));
                        tasks.addFixedDelayTask(b::run, Duration.ofMinutes(1));
                        scheduler.scheduleAtFixedRate(c::run, Duration.ofHours(1));
                    }
                }
                """;
        List<String> calls = registeredTasks(code);
        assertThat(calls).hasSize(3);
        assertThat(calls.get(0)).contains(".once(");
        assertThat(calls.get(1)).doesNotContain(".once(").contains("b::run");
        assertThat(calls.get(2)).contains("c::run");
    }

    /** Every {@code @Scheduled} method of the application as "Class.method", with " unlocked" when it has no lock. */
    private static List<String> scheduledMethods() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return true; // every class, nested and package-private ones too
            }
        };
        scanner.addIncludeFilter((reader, factory) -> true);
        List<String> found = new ArrayList<>();
        for (BeanDefinition definition : scanner.findCandidateComponents("org.hoiso")) {
            Class<?> type = ClassUtils.resolveClassName(definition.getBeanClassName(), ScheduledJobsTest.class.getClassLoader());
            for (Method method : ReflectionUtils.getDeclaredMethods(type)) {
                if (AnnotatedElementUtils.hasAnnotation(method, Scheduled.class)) {
                    boolean locked = method.isAnnotationPresent(SchedulerLock.class);
                    found.add(type.getSimpleName() + "." + method.getName() + (locked ? "" : " unlocked"));
                }
            }
        }
        return found;
    }

    /** The calls that hand a task to the scheduler, each up to its closing bracket. */
    private static List<String> registeredTasks(String code) {
        List<String> calls = new ArrayList<>();
        Matcher m = REGISTERED.matcher(code);
        while (m.find()) {
            int depth = 1;
            int i = m.end();
            while (i < code.length() && depth > 0) {
                char c = code.charAt(i++);
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            }
            calls.add(code.substring(m.start(), i));
        }
        return calls;
    }
}
