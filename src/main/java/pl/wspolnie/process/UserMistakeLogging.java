package pl.wspolnie.process;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

/**
 * A person's mistake in a Tasklist form (a field our services refuse, a step already taken) is answered with 400 and
 * a Polish message; the engine would also log it as ENGINE-16004 at ERROR with a stack trace. This filter turns that
 * entry into one WARN line naming the refusal, so the log shows real failures only. Other errors of the engine's
 * command context are untouched. (The engine REST API logs 4xx answers at DEBUG already.)
 *
 * <p>{@code FormFieldValidationException} is in an {@code impl} package: it is the one exception Camunda answers with
 * 400 on form submission (see {@link Vars#userInput}).
 */
@Component
class UserMistakeLogging extends TurboFilter {

    private static final String ENGINE_CONTEXT = "org.camunda.bpm.engine.context";
    private static final org.slf4j.Logger log = LoggerFactory.getLogger(UserMistakeLogging.class);

    @PostConstruct
    void install() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.addTurboFilter(this);
            start();
        }
    }

    @PreDestroy
    void uninstall() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.getTurboFilterList().remove(this);
        }
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (level != Level.ERROR || logger == null || !logger.getName().equals(ENGINE_CONTEXT)) {
            return FilterReply.NEUTRAL;
        }
        Throwable thrown = t != null ? t
                : params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last ? last : null;
        FormFieldValidationException refusal = refusal(thrown);
        if (refusal == null) {
            return FilterReply.NEUTRAL;
        }
        log.warn("Form input refused: {}", refusal.getMessage());
        return FilterReply.DENY;
    }

    static FormFieldValidationException refusal(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof FormFieldValidationException refusal) {
                return refusal;
            }
        }
        return null;
    }
}
