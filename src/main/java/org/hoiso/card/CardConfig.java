package org.hoiso.card;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The daily check of the card signing key's age ({@link CardKeys#rotateIfDue()}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CardConfig {
}
