package org.hoiso.reporting;

import java.time.Clock;
import java.time.LocalDate;
import org.hoiso.platform.jobs.ClusterJobs;
import org.hoiso.platform.text.VietnameseText;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;

/** The daily report reminders and digests ({@link ReportReminders}) at {@code hoiso.reporting.reminders-cron}, once across instances. */
@Configuration(proxyBeanMethods = false)
class ReportingSchedule implements SchedulingConfigurer {

    private final ReportReminders reminders;
    private final ReportingProperties settings;
    private final ClusterJobs jobs;
    private final Clock clock;

    ReportingSchedule(ReportReminders reminders, ReportingProperties settings, ClusterJobs jobs, Clock clock) {
        this.reminders = reminders;
        this.settings = settings;
        this.jobs = jobs;
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        if (!settings.remindersOff()) {
            tasks.addCronTask(new CronTask(() -> jobs.once("report-reminders",
                    () -> reminders.run(LocalDate.ofInstant(clock.instant(), VietnameseText.ZONE))),
                    new CronTrigger(settings.remindersCron(), VietnameseText.ZONE)));
        }
    }
}
