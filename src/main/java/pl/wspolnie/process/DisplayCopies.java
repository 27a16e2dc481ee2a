package pl.wspolnie.process;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Variables that only copy our tables' data for a form to show (a proposal's title, submitter and texts, a
 * comment's wording, the pick lists, a task's subject) are kept out of the engine's history. The data and its
 * history live in our tables (proposal, comment, history_entry); at history level {@code full} every such copy
 * was written three times — the variable, its historic instance and a detail row — which made three quarters of
 * a proposal's intake writes (README "Benchmark"), and the sector team could read the copies (an organisation's
 * e-mail among them) in the instance's history long after the task. The engine's history of everything else —
 * the ids, the routing, each decision a person entered, tasks, activities, the DMN table's inputs — is untouched.
 *
 * <p>Every history event of these names is dropped (create, update, delete, migrate alike), so the history never
 * holds half of one: the engine's handler tolerates a variable without a historic instance.
 */
@Component
class DisplayCopies extends AbstractProcessEnginePlugin {

    /**
     * Set by our delegates for forms and task names only. Tasklist sends a form's read-only fields back unchanged
     * when the task is completed; that update writes no history either.
     */
    static final Set<String> NAMES = Set.of(
            // proposal-triage
            "proposalTitle", "proposalSubmitter", "proposalSectorName", "proposalDescription", "proposalJustification",
            "proposalFormLabel", "proposalModeLabel", "proposalAmountText", "proposalYears", "routingReason",
            "existingTasksSummary",
            // comment-response
            "commentOrganisation", "commentSection", "commentCurrentText", "commentProposedText", "commentJustification",
            // pick lists and task subjects of every process
            PickLists.SECTORS, PickLists.SECTIONS, PickLists.MERGE_TARGETS, TaskTitle.CONTEXT);

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setHistoryEventHandler(new WithoutCopies(configuration.getHistoryEventHandler()));
    }

    static boolean isCopy(HistoryEvent event) {
        return event instanceof HistoricVariableUpdateEventEntity variable && NAMES.contains(variable.getVariableName());
    }

    private record WithoutCopies(HistoryEventHandler handler) implements HistoryEventHandler {

        @Override
        public void handleEvent(HistoryEvent event) {
            if (!isCopy(event)) {
                handler.handleEvent(event);
            }
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            handler.handleEvents(events.stream().filter(e -> !isCopy(e)).toList());
        }
    }
}
