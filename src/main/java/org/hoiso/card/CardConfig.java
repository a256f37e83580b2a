package org.hoiso.card;

import java.time.ZoneId;
import org.hoiso.platform.jobs.ClusterJobs;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;

/**
 * The daily check of the card signing key's age ({@link CardKeys#rotateIfDue()}) at {@code hoiso.card.rotation-cron},
 * once across all instances.
 */
@Configuration(proxyBeanMethods = false)
class CardConfig implements SchedulingConfigurer {

    private static final ZoneId VIET_NAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final CardKeys keys;
    private final CardProperties settings;
    private final ClusterJobs jobs;

    CardConfig(CardKeys keys, CardProperties settings, ClusterJobs jobs) {
        this.keys = keys;
        this.settings = settings;
        this.jobs = jobs;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        if (!settings.rotationCheckDisabled()) {
            tasks.addCronTask(new CronTask(() -> jobs.once("card-key-rotation", keys::rotateIfDue),
                    new CronTrigger(settings.rotationCron(), VIET_NAM)));
        }
    }
}
