package pl.wspolnie.process;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Used as {@code <camunda:executionListener event="end" delegateExpression="${onCompletion.run(recordDraftReview)}"/>}
 * on a user task: records what the person entered in the transaction that completes the task, with the same delegate
 * bean a service task after it would have called, so the diagram shows the person's step and not a technical "Zapisz …"
 * step after it (ADR 0007).
 *
 * <p>Why an execution listener on {@code end} and not a task listener on {@code complete}: the engine wraps whatever a
 * task listener throws in a ProcessEngineException, so a refused form would reach Tasklist as 500; an execution
 * listener's exception propagates unchanged, as a service task's does, and stays a 400 naming the field. An activity
 * also ends when it is cancelled — by an interrupting boundary event (the council's decision recorded through the API),
 * a timer, or an administrator deleting or modifying the instance in Cockpit — and then nothing was entered to record:
 * the step runs only when the task was completed.
 */
@Component("onCompletion")
public class OnCompletion {

    public ExecutionListener run(JavaDelegate step) {
        return execution -> {
            if (!execution.isCanceled()) {
                step.execute(execution);
            }
        };
    }
}
