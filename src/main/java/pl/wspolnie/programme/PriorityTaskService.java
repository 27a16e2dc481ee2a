package pl.wspolnie.programme;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.history.ChangeHistory;
import pl.wspolnie.security.CurrentUser;
import pl.wspolnie.shared.FieldErrors;
import pl.wspolnie.shared.InvalidInputException;
import pl.wspolnie.shared.Money;

/** The priority tasks of a programme's sections: created from accepted proposals or merged proposals' amounts, within the budget rules. */
@Service
@Transactional
public class PriorityTaskService {

    private final ProgrammeService programmes;
    private final SectorSections sections;
    private final PriorityTasks tasks;
    private final ChangeHistory history;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final SmallGrantLimits smallGrants;

    PriorityTaskService(ProgrammeService programmes, SectorSections sections, PriorityTasks tasks, ChangeHistory history,
                        CurrentUser currentUser, Clock clock, SmallGrantLimits smallGrants) {
        this.programmes = programmes;
        this.sections = sections;
        this.tasks = tasks;
        this.history = history;
        this.currentUser = currentUser;
        this.clock = clock;
        this.smallGrants = smallGrants;
    }

    public PriorityTask addPriorityTask(Long programmeId, NewPriorityTask t) {
        SectorSection section = sections.of(programmeId, t.sectorCode());
        requirePlannable(programmes.get(programmeId), t.form(), t.amountsPerYear(), "amountsPerYear");
        var task = new PriorityTask(section.getId(), t.title(), t.description(), t.form(), t.mode(),
                t.responsibleDepartment(), currentUser.id(), clock.instant());
        task.add(t.amountsPerYear());
        task = tasks.save(task);
        history.record(programmeId, "PriorityTask", task.getId(), "PRIORITY_TASK_CREATED",
                section.getSectorCode() + ": " + task.getTitle() + " (" + Money.pln(task.total()) + ")");
        return task;
    }

    /** A merged proposal adds its planned amounts to an existing task of the same programme. */
    public PriorityTask mergeIntoTask(Long programmeId, Long taskId, Map<Integer, BigDecimal> amounts,
                                      String field) {
        PriorityTask task = tasks.findById(taskId)
                .filter(t -> sections.require(t.getSectionId()).getProgrammeId().equals(programmeId))
                .orElseThrow(() -> new InvalidInputException(field, "no priority task " + taskId + " in this programme"));
        var together = new TreeMap<Integer, BigDecimal>();
        task.getAmounts().forEach(a -> together.put(a.getBudgetYear(), a.getAmount()));
        amounts.forEach((year, amount) -> together.merge(year, amount, BigDecimal::add));
        requirePlannable(programmes.get(programmeId), task.getTaskForm(), together, field);
        task.add(amounts);
        history.record(programmeId, "PriorityTask", taskId, "PRIORITY_TASK_MERGED", Money.pln(task.total()));
        return task;
    }

    /** Money only in the programme's years, and a small-grant task within the limits of art. 19a; else 400 naming {@code field}. */
    private void requirePlannable(Programme programme, TaskForm form, Map<Integer, BigDecimal> perYear,
                                  String field) {
        var errors = new FieldErrors();
        var outside = BudgetYears.outside(programme.getFirstYear(), programme.getLastYear(), perYear);
        errors.check(outside.isEmpty(), field, "Zadanie planuje środki poza latami programu ("
                + BudgetYears.period(programme.getFirstYear(), programme.getLastYear()) + "): " + outside + ".");
        if (form == TaskForm.TRYB_POZAKONKURSOWY && !perYear.isEmpty()) {
            var years = perYear.keySet().stream().sorted().toList();
            SmallGrants.years(smallGrants, years.get(0), years.get(years.size() - 1)).ifPresent(m -> errors.check(false, field, m));
            SmallGrants.amount(smallGrants, perYear.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                    .ifPresent(m -> errors.check(false, field, m));
        }
        errors.throwIfAny();
    }
}
