package org.hoiso.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.hoiso.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.scheduling.support.SimpleTriggerContext;

@IntegrationTest
class CardScheduleIT {

    private static final ZoneId VIET_NAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    ScheduledTaskHolder scheduler;

    @Test
    void theDailyCheckOfTheSigningKeysAgeRunsAtTwentyPastTwoVietNamTimeByDefault() {
        List<CronTask> checks = scheduler.getScheduledTasks().stream().map(ScheduledTask::getTask)
                .filter(CronTask.class::isInstance).map(CronTask.class::cast)
                .filter(t -> t.getExpression().equals("0 20 2 * * *")).toList();
        assertThat(checks).hasSize(1);
        // 22:00 on 1 March 2026 in Viet Nam: the next check is at 02:20 on 2 March, Viet Nam time.
        Instant evening = LocalDateTime.of(2026, 3, 1, 22, 0).atZone(VIET_NAM).toInstant();
        Instant next = checks.get(0).getTrigger().nextExecution(new SimpleTriggerContext(Clock.fixed(evening, ZoneOffset.UTC)));
        assertThat(LocalDateTime.ofInstant(next, VIET_NAM)).isEqualTo(LocalDateTime.of(2026, 3, 2, 2, 20));
    }
}
