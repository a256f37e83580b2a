package org.hoiso.intake;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.validation.annotation.Validated;

/**
 * The import jobs' settings ({@code hoiso.intake.*}). The defaults are here and nowhere else; a wrong value
 * stops the start with the property's name.
 *
 * @param dir           parent directory of the jobs' uploaded files and problem lists, shared by all instances;
 *                      empty means a temporary directory (tests)
 * @param threads       imports that run at once on this instance (dry runs and commits)
 * @param queue         imports that wait, all instances together, for an instance's free thread (beyond the
 *                      threads of one instance); beyond them a new one is refused as busy
 * @param readers       uploaded files read at once for a preview or an error report (each waits its turn, off the
 *                      request's thread); eight more may wait, beyond them a reading is refused as busy
 * @param retentionDays days an import's uploaded file and problem list are kept after its last change (they hold
 *                      full CCCD numbers); a discarded import's at once
 * @param cleanupCron   when the daily deletion of expired files runs, Viet Nam time (six-field cron; "-" = never)
 * @param poll          pause between two looks for waiting jobs (a job asked here is also claimed at once)
 * @param heartbeat     how often a running job's {@code heartbeat_at} is refreshed
 * @param staleAfter    a running job whose heartbeat is older is taken over by another instance (several heartbeats)
 * @param takeovers     how often a stale job is run again by another instance; past them it ends interrupted
 */
@ConfigurationProperties("hoiso.intake")
@Validated
record IntakeProperties(@DefaultValue("data/imports") String dir,
        @DefaultValue("2") @Min(1) int threads,
        @DefaultValue("20") @Min(0) int queue,
        @DefaultValue("2") @Min(1) int readers,
        @DefaultValue("30") @Min(1) int retentionDays,
        @DefaultValue("0 40 2 * * *") String cleanupCron,
        @DefaultValue("1s") Duration poll,
        @DefaultValue("5s") Duration heartbeat,
        @DefaultValue("30s") Duration staleAfter,
        @DefaultValue("2") @Min(0) int takeovers) {

    IntakeProperties {
        if (!cleanupDisabled(cleanupCron) && !CronExpression.isValidExpression(cleanupCron)) {
            throw new IllegalArgumentException("hoiso.intake.cleanup-cron is not a cron expression: '" + cleanupCron + "'");
        }
        if (poll.isNegative() || poll.isZero() || heartbeat.isNegative() || heartbeat.isZero()) {
            throw new IllegalArgumentException("hoiso.intake.poll and hoiso.intake.heartbeat must be positive");
        }
        if (staleAfter.compareTo(heartbeat.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("hoiso.intake.stale-after must be at least two heartbeats: " + staleAfter);
        }
    }

    private static boolean cleanupDisabled(String cron) {
        return ScheduledTaskRegistrar.CRON_DISABLED.equals(cron);
    }

    /** Whether the daily deletion is turned off. */
    boolean cleanupDisabled() {
        return cleanupDisabled(cleanupCron);
    }
}
