package pl.wspolnie.meeting;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Reminds registrants the day before their meeting. Each run reminds whoever is due and not yet reminded, so runs
 * may repeat (every {@code wspolnie.meetings.reminder-interval}) without a second message. Off with the mail
 * schedule ({@code wspolnie.mail.scheduling=false}; tests call {@link RegistrationService#sendDueReminders()}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "wspolnie.mail.scheduling", havingValue = "true", matchIfMissing = true)
class ReminderSchedule implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(ReminderSchedule.class);

    private final RegistrationService registrations;
    private final MeetingProperties properties;

    ReminderSchedule(RegistrationService registrations, MeetingProperties properties) {
        this.registrations = registrations;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(this::remind, properties.reminderInterval(),
                properties.reminderInterval()));
    }

    void remind() {
        try {
            int reminded = registrations.sendDueReminders();
            if (reminded > 0) {
                log.info("Reminded {} registrants of tomorrow's meetings", reminded);
            }
        } catch (RuntimeException e) {
            log.warn("Reminder run failed; the next run tries again", e);
        }
    }
}
