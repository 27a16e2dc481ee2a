package pl.wspolnie.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import pl.wspolnie.support.ModelCoverage;
import pl.wspolnie.support.ProcessTest;

/**
 * How much of each model the process tests drive, measured from the engines' history of every process test's
 * context (collected by {@link ModelCoverage}; so this runs last, see junit-platform.properties): the share of a process's flow nodes (tasks, events,
 * gateways, sub-processes) that some test reached, and the share of the routing table's rules that matched. Prints
 * the report (also to target/process-coverage.txt) and fails below each model's floor, naming what no test reaches.
 */
@ProcessTest
@Order(Integer.MAX_VALUE)
class ProcessCoverageTest {

    /** The least share of flow nodes (or rules) the process tests must reach, per model. */
    static final Map<String, Double> FLOORS = Map.of(
            "programme-drafting", 1.0,
            "proposal-intake", 1.0,
            "public-consultation", 1.0,
            "sector-meeting", 1.0,
            "deadline-warning", 1.0,
            "comment-response", 1.0,
            "proposal-routing", 1.0);
    /** The least share of sequence flows taken, per process (see ModelCoverage.FLOWS for how a flow counts). */
    static final Map<String, Double> FLOW_FLOORS = Map.of(
            "programme-drafting", 0.95,
            "proposal-intake", 0.95,
            "public-consultation", 0.95,
            "sector-meeting", 0.95,
            "deadline-warning", 0.95,
            "comment-response", 0.95);

    @Autowired
    RepositoryService repository;

    /** What of a model was reached: flow nodes, sequence flows or rules ({@code what}), against its floor. */
    record Coverage(String model, String what, int reached, int total, Set<String> missing, double floor) {

        double share() {
            return total == 0 ? 1 : (double) reached / total;
        }

        String line() {
            return "%-20s %-15s %3d/%-3d %5.1f%%  (floor %3.0f%%)%s".formatted(model, what, reached, total, share() * 100,
                    floor * 100, missing.isEmpty() ? "" : "  not reached: " + String.join(", ", missing));
        }
    }

    @Autowired
    ApplicationContext context;

    @Test
    void everyModelIsDrivenByTheProcessTestsAtLeastToItsFloor() throws IOException {
        ModelCoverage.record(context);
        List<Coverage> all = new ArrayList<>();
        for (String key : new TreeSet<>(FLOORS.keySet())) {
            if (key.equals("proposal-routing")) {
                all.add(decision(key));
            } else {
                all.addAll(process(key));
            }
        }
        String report = "Process path coverage of the process tests (flow nodes reached; sequence flows taken, inferred "
                + "from the order of activities; DMN rules matched)\n"
                + all.stream().map(Coverage::line).collect(Collectors.joining("\n")) + "\n";
        System.out.print(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "process-coverage.txt"), report);
        for (Coverage c : all) {
            assertThat(c.share()).as(c.line()).isGreaterThanOrEqualTo(c.floor());
        }
    }

    private List<Coverage> process(String key) {
        ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
                .singleResult();
        assertThat(latest).as("deployed process " + key).isNotNull();
        var model = repository.getBpmnModelInstance(latest.getId());
        Set<String> nodes = model.getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> flows = model.getModelElementsByType(SequenceFlow.class).stream().map(SequenceFlow::getId)
                .collect(Collectors.toCollection(TreeSet::new));
        return List.of(coverage(key, "flow nodes", nodes, ModelCoverage.REACHED, FLOORS.get(key)),
                coverage(key, "sequence flows", flows, ModelCoverage.FLOWS, FLOW_FLOORS.get(key)));
    }

    private static Coverage coverage(String key, String what, Set<String> all, Map<String, Set<String>> reached, double floor) {
        Set<String> missing = new TreeSet<>(all);
        missing.removeAll(reached.getOrDefault(key, Set.of()));
        return new Coverage(key, what, all.size() - missing.size(), all.size(), missing, floor);
    }

    private Coverage decision(String key) {
        var latest = repository.createDecisionDefinitionQuery().decisionDefinitionKey(key).latestVersion().singleResult();
        assertThat(latest).as("deployed decision " + key).isNotNull();
        Set<String> rules = repository.getDmnModelInstance(latest.getId()).getModelElementsByType(Rule.class).stream()
                .map(Rule::getId).collect(Collectors.toCollection(TreeSet::new));
        return coverage(key, "rules", rules, ModelCoverage.REACHED, FLOORS.get(key));
    }
}
