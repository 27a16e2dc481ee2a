package pl.wspolnie.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code wspolnie_comments_unassigned}: comments of a consultation that waits for their answers ("Wszystkie uwagi
 * rozpatrzone") with no comment-response process answering them. Each such comment has no team and keeps the
 * consultation waiting for ever; it happens when an administrator cancels one answer's process in Cockpit, and
 * {@code POST /api/programmes/{id}/consultation/comment-responses/resume} repairs it. Read at most once per sample
 * period, from the engine's public API and our tables.
 */
@Component
class UnassignedComments implements MeterBinder {

    private final RuntimeService runtime;
    private final JdbcTemplate jdbc;
    private final Sampled<Long> count;

    UnassignedComments(RuntimeService runtime, JdbcTemplate jdbc, Clock clock, OperationsProperties properties) {
        this.runtime = runtime;
        this.jdbc = jdbc;
        this.count = new Sampled<>(this::read, properties.samplePeriod(), clock);
    }

    long read() {
        long unassigned = 0;
        for (ProcessInstance waiting : runtime.createProcessInstanceQuery().processDefinitionKey("public-consultation")
                .activityIdIn("AllCommentsAnswered").active().list()) {
            Object consultationId = runtime.getVariable(waiting.getId(), "consultationId");
            Long open = jdbc.queryForObject("select count(*) from consultation_comment where consultation_id = ? and decision is null",
                    Long.class, consultationId);
            long answering = runtime.createProcessInstanceQuery().processDefinitionKey("comment-response")
                    .processInstanceBusinessKey(waiting.getBusinessKey()).variableValueEquals("consultationId", consultationId).count();
            unassigned += Math.max(0, (open == null ? 0 : open) - answering);
        }
        return unassigned;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("wspolnie.comments.unassigned", count, Sampled::get)
                .description("Comments a consultation waits for with no process answering them: "
                        + "POST /api/programmes/{id}/consultation/comment-responses/resume")
                .strongReference(true).register(registry);
    }
}
