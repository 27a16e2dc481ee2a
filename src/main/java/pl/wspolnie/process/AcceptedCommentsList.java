package pl.wspolnie.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import pl.wspolnie.consultation.ConsultationService;
import pl.wspolnie.text.CommentTraces;

/**
 * On the revision after consultation: lists every accepted comment with its unit and the edit that carries it out
 * (variable {@code acceptedComments}, shown by the form); completing the task is refused while one has neither. Also
 * lists every answer of the last round ({@code commentAnswers}) with the report's link.
 */
@Component("acceptedCommentsListener")
class AcceptedCommentsList implements TaskListener {

    private final CommentTraces traces;
    private final CommentAnswers answers;
    private final ConsultationService consultations;

    AcceptedCommentsList(CommentTraces traces, CommentAnswers answers, ConsultationService consultations) {
        this.traces = traces;
        this.answers = answers;
        this.consultations = consultations;
    }

    @Override
    public void notify(DelegateTask task) {
        Long programmeId = Vars.id(task.getExecution(), "programmeId");
        task.setVariable("acceptedComments", traces.summary(programmeId));
        // every answer of the last round, short, with the report that has them whole
        answers.show(task, programmeId, consultations.current(programmeId).map(c -> c.getId()).orElse(null));
    }
}
