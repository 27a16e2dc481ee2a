package pl.wspolnie.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import org.springframework.stereotype.Component;
import pl.wspolnie.process.CommentResponses;

/**
 * {@code wspolnie_comments_unassigned}: comments of a consultation that waits for their answers ("Wszystkie uwagi
 * rozpatrzone") with no comment-response process answering them. Each such comment has no team and keeps the
 * consultation waiting for ever; it happens when an administrator cancels one answer's process in Cockpit, and
 * {@code POST /api/programmes/{id}/consultation/comment-responses/resume} repairs it. Counted by the process module
 * (the same count the repair works from), at most once per sample period.
 */
@Component
class UnassignedComments implements MeterBinder {

    private final Sampled<Long> count;

    UnassignedComments(CommentResponses responses, Clock clock, OperationsProperties properties) {
        this.count = new Sampled<>(responses::unassigned, properties.samplePeriod(), clock);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("wspolnie.comments.unassigned", count, Sampled::get)
                .description("Comments a consultation waits for with no process answering them: "
                        + "POST /api/programmes/{id}/consultation/comment-responses/resume")
                .strongReference(true).register(registry);
    }
}
