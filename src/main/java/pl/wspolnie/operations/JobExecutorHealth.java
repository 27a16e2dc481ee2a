package pl.wspolnie.operations;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * Whether this node runs the engine's jobs (timers, document renders, asynchronous continuations): DOWN when job
 * execution is configured on but the job executor is not running, so a node that no longer works through jobs
 * leaves the load balancer's pool. A node configured without job execution (a web-only node) is UP and says so.
 * Part of the readiness group (see application.yaml, management.endpoint.health.group).
 *
 * <p>The engine's public API has no view of the job executor's state, hence the two {@code impl} imports: the
 * job executor of the engine's configuration is read, never changed.
 */
@Component("jobExecutorHealthIndicator")
class JobExecutorHealth extends AbstractHealthIndicator {

    private final ProcessEngine engine;
    private final boolean configured;

    JobExecutorHealth(ProcessEngine engine, CamundaBpmProperties camunda) {
        super("Job executor health check failed");
        this.engine = engine;
        this.configured = camunda.getJobExecution().isEnabled();
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        boolean active = executor != null && executor.isActive();
        if (active || !configured) {
            builder.up();
        } else {
            builder.down();
        }
        builder.withDetail("configured", configured)
                .withDetail("active", active);
        if (executor != null) {
            builder.withDetail("lockOwner", executor.getLockOwner())
                    .withDetail("maxJobsPerAcquisition", executor.getMaxJobsPerAcquisition());
        }
    }
}
