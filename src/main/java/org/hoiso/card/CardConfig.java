package org.hoiso.card;

import java.time.ZoneId;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;

/** The daily check of the card signing key's age ({@link CardKeys#rotateIfDue()}) at {@code hoiso.card.rotation-cron}. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CardConfig implements SchedulingConfigurer {

    private static final ZoneId VIET_NAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final CardKeys keys;
    private final CardProperties settings;

    CardConfig(CardKeys keys, CardProperties settings) {
        this.keys = keys;
        this.settings = settings;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        if (!settings.rotationCheckDisabled()) {
            tasks.addCronTask(new CronTask(keys::rotateIfDue, new CronTrigger(settings.rotationCron(), VIET_NAM)));
        }
    }
}
