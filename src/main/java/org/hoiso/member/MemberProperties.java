package org.hoiso.member;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The member registry's settings ({@code hoiso.registry.*}). The defaults are here and nowhere else; a wrong value
 * stops the start with the property's name.
 *
 * @param cccdFoundElsewherePerDay members outside an account's reach whose CCCD it may find in a day (registering or
 *                                 checking a member) before its CCCD look-ups stop until the next day
 */
@ConfigurationProperties("hoiso.registry")
@Validated
record MemberProperties(@DefaultValue("10") @Min(1) int cccdFoundElsewherePerDay) {
}
