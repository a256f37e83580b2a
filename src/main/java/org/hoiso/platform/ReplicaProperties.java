package org.hoiso.platform;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * A streaming replica (hot standby) of the primary database that dashboards and exports read from (README, "Read
 * replica"); none when the address is empty, and then everything reads the primary.
 *
 * @param url      JDBC address of the standby, e.g. {@code jdbc:postgresql://db-replica:5432/hoiso}; empty = no replica
 * @param username the standby's user (empty: the primary's, {@code spring.datasource.username})
 * @param password the standby's password (empty: the primary's)
 * @param poolSize connections in the replica's pool
 */
@ConfigurationProperties("hoiso.replica")
@Validated
public record ReplicaProperties(@DefaultValue("") String url,
        @DefaultValue("") String username,
        @DefaultValue("") String password,
        @DefaultValue("5") @Min(1) int poolSize) {

    public boolean configured() {
        return url != null && !url.isBlank();
    }
}
