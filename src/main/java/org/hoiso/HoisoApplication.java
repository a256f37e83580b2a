package org.hoiso;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Hội số — the digital union. */
@SpringBootApplication
public class HoisoApplication {
    public static void main(String[] args) {
        SpringApplication.run(HoisoApplication.class, args);
    }
}
