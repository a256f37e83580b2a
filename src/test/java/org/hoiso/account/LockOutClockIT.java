package org.hoiso.account;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.hoiso.testing.ClockedIntegrationTest;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.MutableClock;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The lock-out is set and checked on the same clock, the application's: it lasts
 * {@code hoiso.security.lockout-minutes} of that clock, whatever the database server's time says.
 */
@ClockedIntegrationTest
class LockOutClockIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    MutableClock clock;

    @Test
    void theLockOutEndsFifteenMinutesLaterOnTheApplicationClock() throws Exception {
        Fixtures.Officer officer = fixtures.officer(Places.BA_DINH);
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/accounts/me").with(httpBasic(officer.username(), "wrong-password")))
                    .andExpect(status().isUnauthorized());
        }
        clock.advance(Duration.ofMinutes(14));
        mvc.perform(get("/api/v1/accounts/me").with(httpBasic(officer.username(), officer.password())))
                .andExpect(status().isUnauthorized());
        clock.advance(Duration.ofMinutes(2));
        mvc.perform(get("/api/v1/accounts/me").with(httpBasic(officer.username(), officer.password())))
                .andExpect(status().isOk());
    }
}
