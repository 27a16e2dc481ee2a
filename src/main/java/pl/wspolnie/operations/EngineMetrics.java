package pl.wspolnie.operations;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.Metrics;
import org.springframework.stereotype.Component;

/**
 * The engine's state through its public API, read at most once per wspolnie.operations.sample-period (10 s): open incidents, jobs that failed for
 * good (no retries left, each one an incident), jobs due but not yet run (the executor's backlog), and the engine's
 * own job acquisition and execution meters ({@code camunda_engine_meter_total{name=...}}; the engine keeps them in
 * its database, so they count for all nodes together and are flushed before they are read).
 */
@Component
class EngineMetrics implements MeterBinder {

    /** The engine's meters of job acquisition and execution, and of process work. */
    static final List<String> METERS = List.of(Metrics.JOB_ACQUISITION_ATTEMPT, Metrics.JOB_ACQUIRED_SUCCESS,
            Metrics.JOB_ACQUIRED_FAILURE, Metrics.JOB_EXECUTION_REJECTED, Metrics.JOB_SUCCESSFUL, Metrics.JOB_FAILED,
            Metrics.JOB_LOCKED_EXCLUSIVE, Metrics.ROOT_PROCESS_INSTANCE_START, Metrics.ACTIVTY_INSTANCE_START,
            Metrics.EXECUTED_DECISION_ELEMENTS);

    record State(long incidents, long failedJobs, long dueJobs, Map<String, Long> meters) {
    }

    private final RuntimeService runtime;
    private final ManagementService management;
    private final Sampled<State> state;

    EngineMetrics(RuntimeService runtime, ManagementService management, Clock clock,
                   OperationsProperties properties) {
        this.runtime = runtime;
        this.management = management;
        this.state = new Sampled<>(this::read, properties.samplePeriod(), clock);
    }

    State read() {
        management.reportDbMetricsNow();
        Map<String, Long> meters = new LinkedHashMap<>();
        for (String name : METERS) {
            meters.put(name, management.createMetricsQuery().name(name).sum());
        }
        return new State(runtime.createIncidentQuery().count(), management.createJobQuery().noRetriesLeft().count(),
                management.createJobQuery().executable().count(), meters);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("camunda.incidents.open", state, s -> s.get().incidents())
                .description("Open incidents (a job or an external task that failed for good): each needs a person in Cockpit")
                .strongReference(true).register(registry);
        Gauge.builder("camunda.jobs.failed", state, s -> s.get().failedJobs())
                .description("Jobs with no retries left").strongReference(true).register(registry);
        Gauge.builder("camunda.jobs.due", state, s -> s.get().dueJobs())
                .description("Jobs due and not yet run: the job executors' backlog").strongReference(true).register(registry);
        for (String name : METERS) {
            FunctionCounter.builder("camunda.engine.meter", state, s -> s.get().meters().get(name))
                    .description("The engine's own meters (all nodes together)").tag("name", name).register(registry);
        }
    }
}
