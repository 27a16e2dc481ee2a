package pl.wspolnie.support;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Collects, after each process test class, which flow nodes of each process and which rules of each decision its
 * context's engine has executed (from the history), across all contexts of the run — the process tests use
 * several (their own clocks, templates, properties), each with its own database. ProcessCoverageTest reads it.
 */
public class ModelCoverage implements AfterAllCallback {

    /** Model key → ids of the flow nodes reached (processes) or rules matched (decisions), over the whole run. */
    public static final Map<String, Set<String>> REACHED = new ConcurrentHashMap<>();
    /**
     * Process key → ids of the sequence flows taken. The history records activities, not flows: a flow counts as
     * taken when, in one process instance, its target started no earlier than its source ended.
     */
    public static final Map<String, Set<String>> FLOWS = new ConcurrentHashMap<>();

    @Override
    public void afterAll(ExtensionContext context) {
        record(SpringExtension.getApplicationContext(context));
    }

    private static boolean taken(List<HistoricActivityInstance> run, String source, String target) {
        for (HistoricActivityInstance from : run) {
            if (from.getActivityId().equals(source) && from.getEndTime() != null) {
                for (HistoricActivityInstance to : run) {
                    if (to.getActivityId().equals(target) && !to.getStartTime().before(from.getEndTime())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Adds what the engine of this context has executed so far. */
    public static void record(ApplicationContext spring) {
        RepositoryService repository = spring.getBean(RepositoryService.class);
        HistoryService history = spring.getBean(HistoryService.class);
        for (ProcessDefinition d : repository.createProcessDefinitionQuery().list()) {
            Set<String> reached = REACHED.computeIfAbsent(d.getKey(), k -> ConcurrentHashMap.newKeySet());
            Set<String> flows = FLOWS.computeIfAbsent(d.getKey(), k -> ConcurrentHashMap.newKeySet());
            var model = repository.getBpmnModelInstance(d.getId()).getModelElementsByType(SequenceFlow.class);
            Map<String, List<HistoricActivityInstance>> byInstance = history.createHistoricActivityInstanceQuery()
                    .processDefinitionId(d.getId()).list().stream()
                    .collect(Collectors.groupingBy(HistoricActivityInstance::getProcessInstanceId));
            for (List<HistoricActivityInstance> run : byInstance.values()) {
                run.forEach(a -> reached.add(a.getActivityId()));
                for (SequenceFlow f : model) {
                    if (taken(run, f.getSource().getId(), f.getTarget().getId())) {
                        flows.add(f.getId());
                    }
                }
            }
        }
        for (var d : repository.createDecisionDefinitionQuery().list()) {
            Set<String> matched = REACHED.computeIfAbsent(d.getKey(), k -> ConcurrentHashMap.newKeySet());
            history.createHistoricDecisionInstanceQuery().decisionDefinitionId(d.getId()).includeOutputs().list().stream()
                    .flatMap(i -> i.getOutputs().stream()).map(HistoricDecisionOutputInstance::getRuleId)
                    .forEach(matched::add);
        }
    }
}
