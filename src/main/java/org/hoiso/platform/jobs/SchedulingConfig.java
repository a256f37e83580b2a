package org.hoiso.platform.jobs;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.hoiso.platform.PlatformProperties;
import org.hoiso.platform.outbox.OutboxSender;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Scheduled jobs for every module. A job that must run once across all instances (a daily clean-up, a key
 * rotation, a digest) takes a ShedLock lock in PostgreSQL: with {@code @SchedulerLock(name = …)} on an
 * {@code @Scheduled} method, or through {@link ClusterJobs} for a task registered in code. The outbox's
 * delivery needs no lock: its rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so every instance
 * may deliver.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class SchedulingConfig implements SchedulingConfigurer {

    private final OutboxSender outbox;
    private final PlatformProperties settings;

    SchedulingConfig(OutboxSender outbox, PlatformProperties settings) {
        this.outbox = outbox;
        this.settings = settings;
    }

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime().build());
    }

    @Bean
    LockingTaskExecutor lockingTaskExecutor(LockProvider locks) {
        return new DefaultLockingTaskExecutor(locks);
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(outbox::sendDue, settings.outbox().interval());
    }
}
