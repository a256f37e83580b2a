package org.hoiso.card;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.validation.annotation.Validated;

/**
 * The member cards' settings ({@code hoiso.card.*}). The defaults are here and nowhere else; a wrong value
 * stops the start with the property's name.
 *
 * @param secret       encrypts the cards' private signing keys (AES-256-GCM); empty means a random one kept
 *                     in the file "card-secret" beside the embedded database's data directory
 * @param validityDays days a card is valid, the day of issue included
 * @param rotationDays age at which the daily check makes a new signing key
 * @param rotationCron when the daily check runs, Viet Nam time (Spring's six-field cron; "-" turns it off)
 */
@ConfigurationProperties("hoiso.card")
@Validated
record CardProperties(@DefaultValue("") String secret,
        @DefaultValue("365") @Min(1) int validityDays,
        @DefaultValue("90") @Min(1) int rotationDays,
        @DefaultValue("0 20 2 * * *") String rotationCron) {

    CardProperties {
        if (!rotationCronDisabled(rotationCron) && !CronExpression.isValidExpression(rotationCron)) {
            throw new IllegalArgumentException("hoiso.card.rotation-cron is not a cron expression: '" + rotationCron + "'");
        }
    }

    private static boolean rotationCronDisabled(String cron) {
        return ScheduledTaskRegistrar.CRON_DISABLED.equals(cron);
    }

    /** Whether the daily check is turned off. */
    boolean rotationCheckDisabled() {
        return rotationCronDisabled(rotationCron);
    }
}
