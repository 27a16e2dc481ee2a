package pl.wspolnie.notification;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Polish plain-text templates, one per {@link MailKind}: {@code mail/<kind-in-kebab-case>.mustache} on the classpath.
 * The first line of the rendered text is the subject, the rest the body. Mustache without HTML escaping; a
 * variable missing from the model is an error, a null one renders empty.
 */
@Component
class MailTemplates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("pl"));
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.forLanguageTag("pl"));

    private final Mustache.Compiler compiler = Mustache.compiler().escapeHTML(false).emptyStringIsFalse(true).nullValue("");
    private final Map<MailKind, Template> templates = new ConcurrentHashMap<>();

    Letter render(MailKind kind, Map<String, ?> model) {
        String text = templates.computeIfAbsent(kind, this::load).execute(model).replace("\r\n", "\n");
        int endOfSubject = text.indexOf('\n');
        if (endOfSubject < 0) {
            throw new IllegalStateException("template of " + kind + " has no body after its subject line");
        }
        String body = text.substring(endOfSubject + 1).replaceFirst("^\\s*\\n", "").replaceAll("\\n{3,}", "\n\n");
        return new Letter(text.substring(0, endOfSubject), body.stripTrailing() + "\n");
    }

    static String templateName(MailKind kind) {
        return "mail/" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".mustache";
    }

    private Template load(MailKind kind) {
        var resource = new ClassPathResource(templateName(kind));
        try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            return compiler.compile(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read mail template " + resource.getPath(), e);
        }
    }

    /** "23 października 2026". */
    static String day(LocalDate date) {
        return date == null ? null : DAY.format(date);
    }

    /** The calendar day an instant falls on in the municipality's zone, as {@link #day(LocalDate)}. */
    static String day(Instant instant, ZoneId zone) {
        return instant == null ? null : day(LocalDate.ofInstant(instant, zone));
    }

    /** The last whole day before a deadline given as the moment a day ends (as consultations store their close). */
    static String lastDayBefore(Instant endOfDay, ZoneId zone) {
        return endOfDay == null ? null : day(LocalDate.ofInstant(endOfDay.minusSeconds(1), zone));
    }

    /**
     * A task's due date: timers and due dates of "by day X" fall at the midnight that ends day X, which reads as
     * day X; any other moment reads with its time.
     */
    static String deadline(Instant due, ZoneId zone) {
        if (due == null) {
            return null;
        }
        var local = due.atZone(zone);
        return local.toLocalTime().equals(LocalTime.MIDNIGHT) ? day(local.toLocalDate().minusDays(1)) : dayTime(due, zone);
    }

    static String dayTime(Instant instant, ZoneId zone) {
        return instant == null ? null : DAY_TIME.format(instant.atZone(zone));
    }
}
