package org.hoiso.safety;

import org.hoiso.platform.jobs.ClusterJobs;
import org.hoiso.platform.text.VietnameseText;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;

/** The daily retention job ({@link Retention#runDaily()}) at {@code hoiso.safety.cleanup-cron}, once across all instances. */
@Configuration(proxyBeanMethods = false)
class SafetyJobs implements SchedulingConfigurer {

    private final Retention retention;
    private final SafetyProperties settings;
    private final ClusterJobs jobs;

    SafetyJobs(Retention retention, SafetyProperties settings, ClusterJobs jobs) {
        this.retention = retention;
        this.settings = settings;
        this.jobs = jobs;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        if (!settings.cleanupJobDisabled()) {
            tasks.addCronTask(new CronTask(() -> jobs.once("safety-retention", retention::runDaily),
                    new CronTrigger(settings.cleanupCron(), VietnameseText.ZONE)));
        }
    }
}
