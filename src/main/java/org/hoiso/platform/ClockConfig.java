package org.hoiso.platform;

import java.time.Clock;
import org.hoiso.platform.text.VietnameseText;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's one clock, in Viet Nam time: {@code LocalDate.now(clock)} is the date in Viet Nam
 * whatever the server's time zone. Code takes the time from this bean only ({@code OneClockTest}), so tests
 * move time ({@code MutableClock}) instead of waiting for it.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfig {

    @Bean
    Clock clock() {
        return Clock.system(VietnameseText.ZONE);
    }
}
