package org.hoiso.platform;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL 17 inside the application when no {@code spring.datasource.url} (or
 * {@code HOISO_DB_URL}) is configured. With {@code hoiso.embedded-db.data-dir} set, the data directory
 * persists between runs and fsync/synchronous commit stay on, so a killed process loses nothing that
 * was committed. With it empty (tests, benchmarks) a fresh throw-away cluster is created.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfig {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfig.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(PlatformProperties settings) throws IOException {
        PlatformProperties.EmbeddedDb db = settings.embeddedDb();
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setServerConfig("shared_buffers", db.sharedBuffers())
                .setServerConfig("max_connections", "100")
                .setServerConfig("timezone", "UTC")
                .setPGStartupWait(Duration.ofSeconds(60));
        if (db.port() > 0) {
            builder.setPort(db.port());
        }
        if (db.dataDir().isBlank()) {
            // Throw-away cluster: durability is not needed, speed is.
            Path tmp = Files.createTempDirectory("hoiso-pg-");
            builder.setDataDirectory(tmp).setCleanDataDirectory(true)
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off");
        } else {
            Path dir = Path.of(db.dataDir()).toAbsolutePath();
            Files.createDirectories(dir.getParent());
            builder.setDataDirectory(dir).setCleanDataDirectory(false)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
            log.info("Embedded PostgreSQL data directory: {}", dir);
        }
        return builder.start();
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres pg, PlatformProperties settings) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres"));
        ds.setUsername("postgres");
        ds.setMaximumPoolSize(settings.embeddedDb().poolSize());
        ds.setPoolName("hoiso-embedded");
        return ds;
    }
}
