package org.hoiso.intake;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.task.DelegatingSecurityContextAsyncTaskExecutor;

@Configuration(proxyBeanMethods = false)
class IntakeConfig {

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
}
