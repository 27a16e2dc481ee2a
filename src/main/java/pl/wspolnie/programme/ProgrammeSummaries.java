package pl.wspolnie.programme;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.shared.Money;

/** Presenter: a programme's sections and priority tasks as the Tasklist forms show them, in Polish. */
@Component
@Transactional(readOnly = true)
public class ProgrammeSummaries {

    private final ProgrammeService programmes;
    private final PriorityTasks tasks;

    ProgrammeSummaries(ProgrammeService programmes, PriorityTasks tasks) {
        this.programmes = programmes;
        this.tasks = tasks;
    }

    /** One line per section, for the coordination team's review of the whole draft. */
    public String sectionsSummary(Long programmeId) {
        List<String> lines = new ArrayList<>();
        for (SectorSection s : programmes.sections(programmeId)) {
            var sectionTasks = tasks.findBySectionIdOrderById(s.getId());
            var total = sectionTasks.stream().map(PriorityTask::total).reduce(BigDecimal.ZERO, BigDecimal::add);
            lines.add(s.getSectorCode() + " – " + s.getSectorName() + ": " + s.getStatus().label() + ", zadań: "
                    + sectionTasks.size() + ", środki: " + Money.pln(total));
        }
        return String.join("\n", lines);
    }

    /** Numbered list of the tasks a proposal could be merged into. */
    public static String priorityTasksList(List<PriorityTask> all) {
        if (all.isEmpty()) {
            return "Brak zadań priorytetowych.";
        }
        return all.stream().map(t -> "nr " + t.getId() + ": " + t.getTitle() + " (" + Money.pln(t.total()) + ")")
                .collect(Collectors.joining("\n"));
    }

    /** The tasks of one section, one bullet each, for the sectoral team's form. */
    String tasksSummary(Long sectionId) {
        var sectionTasks = tasks.findBySectionIdOrderById(sectionId);
        if (sectionTasks.isEmpty()) {
            return "Brak zadań priorytetowych z przyjętych propozycji.";
        }
        return sectionTasks.stream().map(t -> "• " + t.getTitle() + " – " + t.getTaskForm().label()
                        + (t.getFundingMode() != null ? ", " + t.getFundingMode().label() : "")
                        + ", " + Money.pln(t.total()))
                .collect(Collectors.joining("\n"));
    }
}
