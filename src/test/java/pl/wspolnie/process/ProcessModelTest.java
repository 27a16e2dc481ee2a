package pl.wspolnie.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import pl.wspolnie.support.ProcessTest;

/**
 * The models in bpmn/ and the forms in forms/ fit the code: every delegate expression names a bean, every
 * bean an expression calls exists, every formRef names a form, and every field a delegate reads from a
 * form is on that form.
 */
@ProcessTest
class ProcessModelTest {

    private static final Pattern BEAN = Pattern.compile("\\$\\{([a-zA-Z]+)[.}]");
    /** A step recording a completed user task (ADR 0007). */
    private static final Pattern ON_COMPLETION = Pattern.compile("\\$\\{onCompletion\\.run\\(([a-zA-Z]+)\\)}");

    /** Form id → the keys the delegate recording it reads (see docs/process-contract.md). */
    private static final Map<String, List<String>> READ_BY_DELEGATES = Map.ofEntries(
            Map.entry("programme-start", List.of("kind", "firstYear", "lastYear", "title", "proposalDeadline",
                    "sectionsDue", "consultationStart", "consultationEnd", "councilDeadline")),
            Map.entry("proposal-submission", List.of("programmeId", "externalRef", "submitterType", "submitterCode",
                    "submitterName", "krs", "email", "sector", "title", "description", "justification", "form", "mode",
                    "plannedAmountPln", "firstYearOfTask", "lastYearOfTask")),
            Map.entry("proposal-triage", List.of("triageDecision", "targetSector", "mergeIntoTaskId", "triageReason")),
            Map.entry("sector-section", List.of("sectionNarrative")),
            Map.entry("section-review", List.of("sectionDecision", "reviewRemarks")),
            Map.entry("draft-review", List.of("draftDecision", "sectionsToReturn", "draftRemarks")),
            Map.entry("benefit-council-opinion", List.of("opinionText")),
            Map.entry("comment-response", List.of("commentDecision", "responseJustification")),
            Map.entry("consultation-signoff", List.of("signOffConfirmed", "signOffNote")),
            Map.entry("consultation-early-end", List.of("earlyEndReason", "earlyEndConfirmed")),
            Map.entry("consultation-scheduled", List.of("newConsultationStart")),
            Map.entry("draft-revision", List.of("revisionSummary")),
            Map.entry("mayor-approval", List.of("mayorDecision", "mayorRemarks")),
            Map.entry("council-submission", List.of("printNumber", "submittedOn")),
            Map.entry("council-decision", List.of("decision", "resolutionNumber", "decisionDate", "amendments")),
            Map.entry("amendments", List.of("amendmentsSummary")),
            Map.entry("missing-elements", List.of("completionDecision", "sectionsToReturn", "completionNote")),
            Map.entry("meeting-plan", List.of("kind", "topic", "sectors", "date", "startTime", "endTime", "place",
                    "onlineLink", "capacity", "moderator", "registrationDeadline")),
            Map.entry("meeting-record", List.of("presentRegistrations", "walkIns", "postulates")));

    @Autowired
    ApplicationContext context;

    /** Execution listeners that are not a user task's step: they act only when an administrator cancels the wait. */
    private static final Set<String> CANCELLATION_LISTENERS = Set.of("${withdrawCommentResponses}");

    @Test
    void everyExpressionNamesABeanAndEveryFormRefAForm() throws IOException {
        Map<String, Set<String>> forms = forms();
        Set<String> usedForms = new HashSet<>();
        int serviceTasks = 0;
        for (File file : files("bpmn", ".bpmn")) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file);
            for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
                String expression = task.getCamundaDelegateExpression();
                assertThat(expression).as("%s in %s uses a delegate expression", task.getId(), file.getName()).isNotBlank();
                assertThat(task.getCamundaClass()).as("no camunda:class").isNull();
                assertBeans(expression, task, file);
                serviceTasks++;
            }
            for (CamundaExecutionListener listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
                BaseElement owner = (BaseElement) listener.getParentElement().getParentElement();
                if (CANCELLATION_LISTENERS.contains(listener.getCamundaDelegateExpression())) {
                    // the one other kind: a wait that, when an administrator cancels it, takes what it started along
                    assertThat(listener.getCamundaEvent()).as("%s in %s: runs when the wait ends", owner.getId(), file.getName())
                            .isEqualTo("end");
                    assertBeans(listener.getCamundaDelegateExpression(), owner, file);
                    continue;
                }
                Matcher step = ON_COMPLETION.matcher(String.valueOf(listener.getCamundaDelegateExpression()));
                assertThat(step.matches()).as("%s in %s: an execution listener is a step ${onCompletion.run(bean)}, not %s",
                        owner.getId(), file.getName(), listener.getCamundaDelegateExpression()).isTrue();
                assertThat(owner).as("%s in %s: steps record user tasks", owner.getId(), file.getName()).isInstanceOf(UserTask.class);
                assertThat(listener.getCamundaEvent()).as("%s in %s: the step runs when the task ends", owner.getId(), file.getName())
                        .isEqualTo("end");
                assertThat(context.containsBean(step.group(1))).as("%s in %s: bean '%s' exists", owner.getId(), file.getName(),
                        step.group(1)).isTrue();
                assertThat(context.getBean(step.group(1))).as("%s in %s: '%s' is a delegate", owner.getId(), file.getName(),
                        step.group(1)).isInstanceOf(JavaDelegate.class);
                serviceTasks++;
            }
            for (MultiInstanceLoopCharacteristics mi : model.getModelElementsByType(MultiInstanceLoopCharacteristics.class)) {
                assertBeans(mi.getCamundaCollection(), (BaseElement) mi.getParentElement(), file);
            }
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                var listeners = task.getExtensionElements() == null ? List.<CamundaTaskListener>of()
                        : task.getExtensionElements().getElementsQuery().filterByType(CamundaTaskListener.class).list();
                assertThat(listeners).as("%s names its tasks after their subject", task.getId()).isNotEmpty();
                listeners.forEach(l -> assertBeans(l.getCamundaDelegateExpression(), task, file));
                assertThat(task.getCamundaFormRef()).as("%s has a form", task.getId()).isNotBlank();
                assertThat(task.getCamundaFormRefBinding()).isEqualTo("deployment");
                assertThat(forms).as("form %s of %s exists in forms/", task.getCamundaFormRef(), task.getId())
                        .containsKey(task.getCamundaFormRef());
                usedForms.add(task.getCamundaFormRef());
            }
            for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
                if (start.getCamundaFormRef() != null) {
                    assertThat(forms).containsKey(start.getCamundaFormRef());
                    usedForms.add(start.getCamundaFormRef());
                }
            }
        }
        assertThat(serviceTasks).isGreaterThan(20);
        assertThat(usedForms).as("every form in forms/ is used").containsExactlyInAnyOrderElementsOf(forms.keySet());
        READ_BY_DELEGATES.forEach((form, keys) ->
                assertThat(forms.get(form)).as("fields of form %s", form).containsAll(keys));
    }

    private void assertBeans(String expression, BaseElement element, File file) {
        Matcher m = BEAN.matcher(expression);
        assertThat(m.find()).as("%s in %s: %s names a bean", element.getId(), file.getName(), expression).isTrue();
        do {
            assertThat(context.containsBean(m.group(1)))
                    .as("%s in %s: bean '%s' exists", element.getId(), file.getName(), m.group(1)).isTrue();
        } while (m.find());
    }

    private static Map<String, Set<String>> forms() throws IOException {
        Map<String, Set<String>> forms = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        for (File file : files("forms", ".form")) {
            JsonNode form = json.readTree(file);
            assertThat(form.get("id").asText()).as("form id of %s", file.getName())
                    .isEqualTo(file.getName().replace(".form", ""));
            Set<String> keys = new HashSet<>();
            collectKeys(form, keys);
            forms.put(form.get("id").asText(), keys);
        }
        return forms;
    }

    private static void collectKeys(JsonNode node, Set<String> keys) {
        if (node.has("key")) {
            keys.add(node.get("key").asText());
        }
        node.path("components").forEach(c -> collectKeys(c, keys));
    }

    private static List<File> files(String dir, String suffix) throws IOException {
        try (Stream<Path> paths = Files.list(Path.of(dir))) {
            return paths.filter(p -> p.toString().endsWith(suffix)).map(Path::toFile).sorted().toList();
        }
    }
}
