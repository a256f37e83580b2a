package org.hoiso.intake;

import java.time.Clock;
import java.time.ZoneId;
import javax.sql.DataSource;
import org.hoiso.member.MemberBulk;
import org.hoiso.platform.PlatformProperties;
import org.hoiso.platform.jobs.ClusterJobs;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class IntakeConfig implements SchedulingConfigurer {

    private static final ZoneId VIET_NAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final IntakeProperties settings;
    private final ObjectProvider<ImportRetention> retention;
    private final ClusterJobs jobs;
    private final ObjectProvider<ImportRunner> runner;

    IntakeConfig(IntakeProperties settings, ObjectProvider<ImportRetention> retention, ClusterJobs jobs,
            ObjectProvider<ImportRunner> runner) {
        this.settings = settings;
        this.retention = retention;
        this.jobs = jobs;
        this.runner = runner;
    }

    /**
     * Threads for dry runs and commits on this instance. Each job keeps one core busy reading and one database
     * backend writing, so more jobs than cores only slow each other; jobs that find no free thread wait in the
     * database for any instance ({@link ImportRunner} claims no more than its free threads).
     */
    @Bean
    ThreadPoolTaskExecutor intakePool(IntakeProperties settings) {
        ThreadPoolTaskExecutor pool = pool("import-", settings.threads());
        // On shutdown a running job is abandoned: its transaction rolls back, and another instance takes it over.
        pool.setWaitForTasksToCompleteOnShutdown(false);
        return pool;
    }

    /** A pool of {@code threads} threads that queues nothing. */
    static ThreadPoolTaskExecutor pool(String prefix, int threads) {
        ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
        pool.setCorePoolSize(threads);
        pool.setMaxPoolSize(threads);
        pool.setQueueCapacity(0);
        pool.setThreadNamePrefix(prefix);
        return pool;
    }

    @Bean
    ImportRunner importRunner(ImportJobRepository jobs, ImportWork work, MemberBulk bulk, DataSource dataSource,
            TransactionTemplate tx, ThreadPoolTaskExecutor intakePool, JsonMapper json, Clock clock,
            PlatformProperties platform) {
        return new ImportRunner(jobs, work, bulk, dataSource, tx, intakePool, json, clock, settings,
                platform.instance(), settings.threads());
    }

    /**
     * Threads that read uploaded files for the request that asked (the first rows of a preview, an error
     * report): never the request's own thread, and never more than {@code hoiso.intake.readers} at once, so
     * that however many large files arrive together, the server keeps answering.
     */
    @Bean
    ThreadPoolTaskExecutor intakeReaders(IntakeProperties settings) {
        ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
        pool.setCorePoolSize(settings.readers());
        pool.setMaxPoolSize(settings.readers());
        pool.setQueueCapacity(ImportReading.WAITING);
        pool.setThreadNamePrefix("import-reader-");
        pool.setWaitForTasksToCompleteOnShutdown(false);
        return pool;
    }

    /**
     * The daily deletion of expired uploads and problem lists ({@link ImportRetention}), once across instances;
     * on every instance the look for waiting or stale jobs and the heartbeat of the jobs it runs.
     */
    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(() -> runner.getObject().poll(), settings.poll());
        tasks.addFixedDelayTask(() -> runner.getObject().heartbeat(), settings.heartbeat());
        if (!settings.cleanupDisabled()) {
            tasks.addCronTask(new CronTask(() -> jobs.once("import-files-retention", () -> retention.getObject().deleteExpired()),
                    new CronTrigger(settings.cleanupCron(), VIET_NAM)));
        }
    }
}
