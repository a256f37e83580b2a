package org.hoiso;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Hội số — the digital union. Each module's settings are one {@code *Properties} record, found by the scan. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class HoisoApplication {
    public static void main(String[] args) {
        SpringApplication.run(HoisoApplication.class, args);
    }
}
