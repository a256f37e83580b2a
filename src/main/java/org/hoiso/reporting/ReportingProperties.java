package org.hoiso.reporting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.validation.annotation.Validated;

/**
 * The reports' settings ({@code hoiso.reporting.*}): notices of reports and their e-mails (their links start with {@code hoiso.public-url}). The defaults are
 * here and nowhere else; a wrong value stops the start with the property's name.
 *
 * @param digestAbove       an approver of more units than this (units that fill a form, below the units she may
 *                          change) gets one digest e-mail a day instead of one per event
 * @param dueSoonDays       how many days before a report's due day its unit's officers are reminded
 * @param overdueNoticeDays a report overdue for longer than this is no more announced (it stays in "my reports")
 * @param remindersCron     when the daily reminders and digests go out, Viet Nam time (six-field cron; "-" = never)
 */
@ConfigurationProperties("hoiso.reporting")
@Validated
record ReportingProperties(@DefaultValue("5") @Min(0) int digestAbove,
        @DefaultValue("3") @Min(1) @Max(30) int dueSoonDays,
        @DefaultValue("30") @Min(1) @Max(366) int overdueNoticeDays,
        @DefaultValue("0 30 6 * * *") String remindersCron) {

    ReportingProperties {
        if (!ScheduledTaskRegistrar.CRON_DISABLED.equals(remindersCron) && !CronExpression.isValidExpression(remindersCron)) {
            throw new IllegalArgumentException(
                    "hoiso.reporting.reminders-cron is not a cron expression: '" + remindersCron + "'");
        }
    }

    boolean remindersOff() {
        return ScheduledTaskRegistrar.CRON_DISABLED.equals(remindersCron);
    }
}
