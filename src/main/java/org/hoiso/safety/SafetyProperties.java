package org.hoiso.safety;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.validation.annotation.Validated;

/**
 * The safety module's settings ({@code hoiso.safety.*}); the defaults are here and nowhere else.
 *
 * @param secret                  seals what is told in confidence (AES-256-GCM) and keys the hashes of addresses and
 *                                reporters; empty means a random one kept in the file "safety-secret" beside the
 *                                embedded database's data directory
 * @param publicThreshold         distinct reporters from which an indicator shows in "check before you transfer"
 * @param formMinAge              how old the public form must be before it is sent (a person takes longer)
 * @param formMaxAge              how long a public form stays valid
 * @param reportsPerAddressHour   reports a client address (or a signed-in member) may send in an hour
 * @param reportsPerMinute        reports without an account the whole country may send in a minute
 * @param checksPerAddressMinute  checks ("check before you transfer") an address may make in a minute
 * @param pinAttemptsPerCodeHour  follow-up attempts with one case code in an hour
 * @param pinAttemptsPerAddressHour follow-up attempts from one address in an hour
 * @param retentionDays           days after closing at which a case is anonymised
 * @param cleanupCron             when the daily retention job runs, Viet Nam time (six-field cron; "-" = never)
 */
@ConfigurationProperties("hoiso.safety")
@Validated
public record SafetyProperties(@DefaultValue("") String secret,
        @DefaultValue("3") @Min(1) int publicThreshold,
        @DefaultValue("PT3S") Duration formMinAge,
        @DefaultValue("PT2H") Duration formMaxAge,
        @DefaultValue("10") @Min(1) int reportsPerAddressHour,
        @DefaultValue("120") @Min(1) int reportsPerMinute,
        @DefaultValue("30") @Min(1) int checksPerAddressMinute,
        @DefaultValue("10") @Min(1) int pinAttemptsPerCodeHour,
        @DefaultValue("30") @Min(1) int pinAttemptsPerAddressHour,
        @DefaultValue("1825") @Min(1) int retentionDays,
        @DefaultValue("0 40 2 * * *") String cleanupCron) {

    public SafetyProperties {
        if (formMinAge.isNegative() || formMaxAge.compareTo(formMinAge) <= 0) {
            throw new IllegalArgumentException("hoiso.safety.form-max-age must be longer than hoiso.safety.form-min-age");
        }
        if (!cleanupDisabled(cleanupCron) && !CronExpression.isValidExpression(cleanupCron)) {
            throw new IllegalArgumentException("hoiso.safety.cleanup-cron is not a cron expression: '" + cleanupCron + "'");
        }
    }

    private static boolean cleanupDisabled(String cron) {
        return ScheduledTaskRegistrar.CRON_DISABLED.equals(cron);
    }

    /** Whether the daily retention job is turned off. */
    boolean cleanupJobDisabled() {
        return cleanupDisabled(cleanupCron);
    }
}
