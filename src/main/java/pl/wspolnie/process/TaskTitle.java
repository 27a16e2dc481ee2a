package pl.wspolnie.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import pl.wspolnie.programme.Programme;

/**
 * Gives each new task a name that says what it is about ("Przygotuj część sektorową – Kultura i sztuka,
 * program na rok 2027"), from the {@code taskContext} variable the delegates set, so that eight sector tasks
 * or seventy comment answers are not eight or seventy identical lines in Tasklist. The diagram keeps the
 * plain name.
 */
@Component("taskTitle")
class TaskTitle implements TaskListener {

    static final String CONTEXT = "taskContext";
    private static final int MAX_NAME = 255;

    @Override
    public void notify(DelegateTask task) {
        Object context = task.getVariable(CONTEXT);
        if (context != null && !context.toString().isBlank()) {
            task.setName(shorten(task.getName() + " – " + context, MAX_NAME));
        }
    }

    static String of(Programme programme) {
        return programme.getFirstYear() == programme.getLastYear()
                ? "program na rok " + programme.getFirstYear()
                : "program na lata " + programme.getFirstYear() + "–" + programme.getLastYear();
    }

    static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
