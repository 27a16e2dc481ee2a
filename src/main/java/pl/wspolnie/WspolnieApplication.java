package pl.wspolnie;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Settings are {@code @ConfigurationProperties} records, one per capability package ({@code *Properties}), found by
 * the scan below and validated at start-up: a wrong value stops the application with a message naming the property.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WspolnieApplication {

    public static void main(String[] args) {
        SpringApplication.run(WspolnieApplication.class, args);
    }
}
