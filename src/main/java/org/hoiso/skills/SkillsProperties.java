package org.hoiso.skills;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.validation.annotation.Validated;

/**
 * The skills module's settings ({@code hoiso.skills.*}). The defaults are here and nowhere else; a wrong value stops
 * the start with the property's name.
 *
 * @param help the digital help log
 */
@ConfigurationProperties("hoiso.skills")
@Validated
public record SkillsProperties(@Valid @DefaultValue Help help) {

    /**
     * The digital help log.
     *
     * @param citizenRetentionMonths months a citizen's name and phone are kept after the help; then the daily job
     *                               erases them (the help stays counted)
     * @param retentionCron          when the daily job runs, Viet Nam time (Spring's six-field cron; "-" turns it off)
     */
    public record Help(@DefaultValue("24") @Min(1) int citizenRetentionMonths,
            @DefaultValue("0 40 2 * * *") String retentionCron) {

        public Help {
            if (!ScheduledTaskRegistrar.CRON_DISABLED.equals(retentionCron) && !CronExpression.isValidExpression(retentionCron)) {
                throw new IllegalArgumentException(
                        "hoiso.skills.help.retention-cron is not a cron expression: '" + retentionCron + "'");
            }
        }

        /** Whether the daily job is turned off. */
        public boolean retentionJobDisabled() {
            return ScheduledTaskRegistrar.CRON_DISABLED.equals(retentionCron);
        }
    }
}
