package org.hoiso.intake;

import java.time.ZoneId;
import org.hoiso.platform.jobs.ClusterJobs;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.security.task.DelegatingSecurityContextAsyncTaskExecutor;

@Configuration(proxyBeanMethods = false)
class IntakeConfig implements SchedulingConfigurer {

    private static final ZoneId VIET_NAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final IntakeProperties settings;
    private final ObjectProvider<ImportRetention> retention;
    private final ClusterJobs jobs;

    IntakeConfig(IntakeProperties settings, ObjectProvider<ImportRetention> retention, ClusterJobs jobs) {
        this.settings = settings;
        this.retention = retention;
        this.jobs = jobs;
    }

    /**
     * Threads for dry runs and commits. Each job keeps one core busy reading and one database backend
     * writing, so more jobs than cores only slow each other; extra jobs wait in the queue. The officer's
     * security context goes with the job (the audit log names her).
     */
    @Bean
    ThreadPoolTaskExecutor intakePool(IntakeProperties settings) {
        ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
        pool.setCorePoolSize(settings.threads());
        pool.setMaxPoolSize(settings.threads());
        pool.setQueueCapacity(settings.queue());
        pool.setThreadNamePrefix("import-");
        // On shutdown a running job is abandoned: its transaction rolls back, and the next start marks it interrupted.
        pool.setWaitForTasksToCompleteOnShutdown(false);
        return pool;
    }

    @Bean
    TaskExecutor intakeExecutor(ThreadPoolTaskExecutor intakePool) {
        return new DelegatingSecurityContextAsyncTaskExecutor(intakePool);
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

    /** The daily deletion of expired uploads and problem lists ({@link ImportRetention}), once across instances. */
    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        if (!settings.cleanupDisabled()) {
            tasks.addCronTask(new CronTask(() -> jobs.once("import-files-retention", () -> retention.getObject().deleteExpired()),
                    new CronTrigger(settings.cleanupCron(), VIET_NAM)));
        }
    }
}
