package pl.wspolnie.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clock and the municipality's time zone, in which calendar dates are deadlines. */
@Configuration
class TimeConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    ZoneId municipalityZone(TimeProperties properties) {
        return properties.zone();
    }
}
