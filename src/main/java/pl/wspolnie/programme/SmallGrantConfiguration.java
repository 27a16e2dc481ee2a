package pl.wspolnie.programme;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(SmallGrantLimits.class)
class SmallGrantConfiguration {
}
