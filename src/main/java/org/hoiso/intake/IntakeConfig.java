package org.hoiso.intake;

import org.springframework.beans.factory.annotation.Value;
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
    ThreadPoolTaskExecutor intakePool(@Value("${hoiso.intake.threads:2}") int threads, @Value("${hoiso.intake.queue:20}") int queue) {
        ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
        pool.setCorePoolSize(threads);
        pool.setMaxPoolSize(threads);
        pool.setQueueCapacity(queue);
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
