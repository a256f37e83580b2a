package org.hoiso.skills.help;

import org.hoiso.platform.jobs.ClusterJobs;
import org.hoiso.platform.text.VietnameseText;
import org.hoiso.skills.SkillsProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;

/**
 * The daily erasure of citizens helped longer ago than the retention period ({@link HelpLog#eraseExpiredCitizens()})
 * at {@code hoiso.skills.help.retention-cron}, once across all instances.
 */
@Configuration(proxyBeanMethods = false)
class HelpConfig implements SchedulingConfigurer {

    private final HelpLog log;
    private final SkillsProperties settings;
    private final ClusterJobs jobs;

    HelpConfig(HelpLog log, SkillsProperties settings, ClusterJobs jobs) {
        this.log = log;
        this.settings = settings;
        this.jobs = jobs;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        if (!settings.help().retentionJobDisabled()) {
            tasks.addCronTask(new CronTask(() -> jobs.once("help-citizen-retention", log::eraseExpiredCitizens),
                    new CronTrigger(settings.help().retentionCron(), VietnameseText.ZONE)));
        }
    }
}
