package org.hoiso.platform;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL 17 inside the application when no {@code spring.datasource.url} (or
 * {@code HOISO_DB_URL}) is configured. With {@code hoiso.embedded-db.data-dir} set, the data directory
 * persists between runs and fsync/synchronous commit stay on, so a killed process loses nothing that
 * was committed. With it empty (tests, benchmarks) a fresh throw-away cluster is created. Either way only the
 * generated password opens it (see {@link EmbeddedDatabase}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfig {

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(PlatformProperties settings) throws IOException {
        return EmbeddedDatabase.start(settings.embeddedDb());
    }

    @Bean
    DataSource dataSource(EmbeddedDatabase pg, PlatformProperties settings) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(pg.jdbcUrl());
        ds.setUsername(pg.username());
        ds.setPassword(pg.password());
        ds.setMaximumPoolSize(settings.embeddedDb().poolSize());
        ds.setPoolName("hoiso-embedded");
        return ds;
    }
}
