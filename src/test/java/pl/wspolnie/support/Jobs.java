package pl.wspolnie.support;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/** Runs a process instance's jobs (timers, async continuations) as the job executor would, on demand. */
public final class Jobs {

    private Jobs() {
    }

    /** Executes the one job waiting at the given activity of the process instance (timers regardless of due date). */
    public static void fire(ManagementService management, String processInstanceId, String activityId) {
        List<Job> jobs = management.createJobQuery().processInstanceId(processInstanceId).activityId(activityId).list();
        if (jobs.size() != 1) {
            throw new AssertionError("expected one job at " + activityId + " in " + processInstanceId + ", found " + jobs.size());
        }
        management.executeJob(jobs.get(0).getId());
    }

    /** Executes every job of the process instance (and its called instances) that is due now, until none is left. */
    public static void runDue(ManagementService management, String rootProcessInstanceId) {
        for (int round = 0; round < 200; round++) {
            List<Job> due = management.createJobQuery().rootProcessInstanceId(rootProcessInstanceId).executable().list();
            if (due.isEmpty()) {
                return;
            }
            for (Job job : due) {
                management.executeJob(job.getId());
            }
        }
        throw new AssertionError("jobs of " + rootProcessInstanceId + " keep coming after 200 rounds");
    }
}
