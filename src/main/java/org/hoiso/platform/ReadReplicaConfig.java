package org.hoiso.platform;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.io.Closeable;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.interceptor.TransactionAttribute;

/**
 * The read replica's wiring. When {@code hoiso.replica.url} is set, the application's {@code dataSource} (the
 * embedded one or Spring Boot's from {@code spring.datasource.*}) becomes a routing data source over the primary and
 * a pool of the replica: the transaction manager marks the start of a read-only transaction labelled
 * {@link ReadReplica#LABEL}, and the connection it takes comes from the replica. Anything else (other transactions,
 * statements outside one, Flyway's migrations, the health check) takes the primary, the routing's default.
 */
@Configuration(proxyBeanMethods = false)
class ReadReplicaConfig {

    /** Wraps the primary once it is built; static, so it is ready before the data source is. */
    @Bean
    static BeanPostProcessor replicaRouting() {
        return new ReplicaWrapper();
    }

    /** Spring Boot's transaction manager for JDBC, plus the replica's label; the same without a replica. */
    @Bean
    JdbcTransactionManager transactionManager(DataSource dataSource) {
        return new ReplicaTransactions(dataSource);
    }

    /** The replica's pool is no bean of its own (one data source bean), so its meters are bound here. */
    @Bean
    MeterBinder replicaPoolMetrics(ObjectProvider<DataSource> dataSource) {
        return registry -> {
            if (dataSource.getIfAvailable() instanceof ReplicaRouting routing
                    && routing.replica.getMetricsTrackerFactory() == null && routing.replica.getMetricRegistry() == null) {
                routing.replica.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
            }
        };
    }

    private static final class ReplicaWrapper implements BeanPostProcessor, EnvironmentAware {

        private static final Logger log = LoggerFactory.getLogger(ReplicaWrapper.class);
        private Environment environment;

        @Override
        public void setEnvironment(Environment environment) {
            this.environment = environment;
        }

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (!"dataSource".equals(beanName) || !(bean instanceof DataSource primary) || bean instanceof ReplicaRouting) {
                return bean;
            }
            ReplicaProperties replica = Binder.get(environment).bindOrCreate("hoiso.replica", ReplicaProperties.class);
            if (!replica.configured()) {
                return bean;
            }
            HikariDataSource pool = new HikariDataSource();
            pool.setJdbcUrl(replica.url());
            pool.setUsername(replica.username().isBlank()
                    ? environment.getProperty("spring.datasource.username", "")
                    : replica.username());
            pool.setPassword(replica.password().isBlank()
                    ? environment.getProperty("spring.datasource.password", "")
                    : replica.password());
            pool.setMaximumPoolSize(replica.poolSize());
            pool.setReadOnly(true);
            pool.setPoolName("hoiso-replica");
            log.info("Dashboards and exports read from the replica {}", replica.url());
            return new ReplicaRouting(primary, pool);
        }
    }

    /**
     * The primary unless the current thread is starting a read-only transaction labelled for the replica. A plain
     * delegating data source to the rest of Spring Boot (health, pool metrics, Flyway): they all see the primary.
     */
    static final class ReplicaRouting extends DelegatingDataSource implements Closeable {

        private static final ThreadLocal<Boolean> STARTING_REPLICA_READ = new ThreadLocal<>();
        private final HikariDataSource replica;

        ReplicaRouting(DataSource primary, HikariDataSource replica) {
            super(primary);
            this.replica = replica;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return Boolean.TRUE.equals(STARTING_REPLICA_READ.get()) ? replica.getConnection() : super.getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return Boolean.TRUE.equals(STARTING_REPLICA_READ.get())
                    ? replica.getConnection(username, password)
                    : super.getConnection(username, password);
        }

        @Override
        public void close() {
            replica.close();
            if (getTargetDataSource() instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    LoggerFactory.getLogger(ReplicaRouting.class).warn("Closing the primary's pool failed", e);
                }
            }
        }
    }

    static final class ReplicaTransactions extends JdbcTransactionManager {

        ReplicaTransactions(DataSource dataSource) {
            super(dataSource);
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
            if (!(definition.isReadOnly() && definition instanceof TransactionAttribute attribute
                    && attribute.getLabels().contains(ReadReplica.LABEL))) {
                super.doBegin(transaction, definition);
                return;
            }
            ReplicaRouting.STARTING_REPLICA_READ.set(Boolean.TRUE);
            try {
                super.doBegin(transaction, definition);
            } finally {
                ReplicaRouting.STARTING_REPLICA_READ.remove();
            }
        }
    }
}
