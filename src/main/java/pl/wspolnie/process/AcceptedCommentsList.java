package pl.wspolnie.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import pl.wspolnie.text.CommentTraces;

/**
 * On the revision after consultation: lists every accepted comment with its unit and the edit that carries it out
 * (variable {@code acceptedComments}, shown by the form); completing the task is refused while one has neither.
 */
@Component("acceptedCommentsListener")
class AcceptedCommentsList implements TaskListener {

    private final CommentTraces traces;

    AcceptedCommentsList(CommentTraces traces) {
        this.traces = traces;
    }

    @Override
    public void notify(DelegateTask task) {
        task.setVariable("acceptedComments", traces.summary(Vars.id(task.getExecution(), "programmeId")));
    }
}
