package pl.wspolnie.subscription;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Every hour, forgets the addresses whose confirmation link expired unconfirmed ({@link SubscriptionService#forgetUnconfirmed()}),
 * so an address nobody confirmed is kept at most an hour past its link's validity. Off with the mail schedule
 * ({@code wspolnie.mail.scheduling=false}); tests call the service.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "wspolnie.mail.scheduling", havingValue = "true", matchIfMissing = true)
class ForgetUnconfirmedSchedule implements SchedulingConfigurer {

    static final Duration EVERY = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(ForgetUnconfirmedSchedule.class);

    private final SubscriptionService subscriptions;

    ForgetUnconfirmedSchedule(SubscriptionService subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(this::forget, EVERY, Duration.ofMinutes(1)));
    }

    void forget() {
        try {
            int forgotten = subscriptions.forgetUnconfirmed();
            if (forgotten > 0) {
                log.info("Forgot {} addresses whose subscription was never confirmed", forgotten);
            }
        } catch (RuntimeException e) {
            log.warn("Forgetting unconfirmed subscriptions failed; the next run tries again", e);
        }
    }
}
