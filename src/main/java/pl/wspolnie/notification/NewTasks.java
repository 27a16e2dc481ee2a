package pl.wspolnie.notification;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A global task listener: the Camunda Spring Boot starter publishes every user task event of every deployed
 * process as a Spring event ({@code camunda.bpm.eventing.task}). On "create", each candidate group of the task gets
 * an entry for its next digest, written in the engine's transaction. Tasks created through the API without a
 * process (escalation tasks) raise no event; their escalation is mailed directly.
 */
@Component
class NewTasks {

    private final TaskDigestEntries entries;
    private final Clock clock;

    NewTasks(TaskDigestEntries entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @EventListener
    void on(DelegateTask task) {
        if (!TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
            return;
        }
        for (IdentityLink candidate : task.getCandidates()) {
            if (candidate.getGroupId() != null) {
                entries.save(new TaskDigestEntry(candidate.getGroupId(), task.getId(), task.getName(), clock.instant()));
            }
        }
    }
}
