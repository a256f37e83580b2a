package org.hoiso.intake;

import jakarta.validation.constraints.Min;
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
 * @param threads       imports that run at once (dry runs and commits)
 * @param queue         imports that wait for a thread; beyond them a new one is refused
 * @param readers       uploaded files read at once for a preview or an error report (each waits its turn, off the
 *                      request's thread); eight more may wait, beyond them a reading is refused as busy
 * @param retentionDays days an import's uploaded file and problem list are kept after its last change (they hold
 *                      full CCCD numbers); a discarded import's at once
 * @param cleanupCron   when the daily deletion of expired files runs, Viet Nam time (six-field cron; "-" = never)
 */
@ConfigurationProperties("hoiso.intake")
@Validated
record IntakeProperties(@DefaultValue("data/imports") String dir,
        @DefaultValue("2") @Min(1) int threads,
        @DefaultValue("20") @Min(0) int queue,
        @DefaultValue("2") @Min(1) int readers,
        @DefaultValue("30") @Min(1) int retentionDays,
        @DefaultValue("0 40 2 * * *") String cleanupCron) {

    IntakeProperties {
        if (!cleanupDisabled(cleanupCron) && !CronExpression.isValidExpression(cleanupCron)) {
            throw new IllegalArgumentException("hoiso.intake.cleanup-cron is not a cron expression: '" + cleanupCron + "'");
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
