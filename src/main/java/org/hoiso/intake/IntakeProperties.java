package org.hoiso.intake;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The import jobs' settings ({@code hoiso.intake.*}). The defaults are here and nowhere else; a wrong value
 * stops the start with the property's name.
 *
 * @param dir     parent directory of the jobs' uploaded files and problem lists, shared by all instances;
 *                empty means a temporary directory (tests)
 * @param threads imports that run at once (dry runs and commits)
 * @param queue   imports that wait for a thread; beyond them a new one is refused
 */
@ConfigurationProperties("hoiso.intake")
@Validated
record IntakeProperties(@DefaultValue("data/imports") String dir,
        @DefaultValue("2") @Min(1) int threads,
        @DefaultValue("20") @Min(0) int queue) {
}
