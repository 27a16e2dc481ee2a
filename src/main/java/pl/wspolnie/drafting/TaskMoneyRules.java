package pl.wspolnie.drafting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import pl.wspolnie.programme.BudgetYears;
import pl.wspolnie.programme.SmallGrantLimits;
import pl.wspolnie.programme.SmallGrants;
import pl.wspolnie.programme.TaskForm;
import pl.wspolnie.shared.Money;

/**
 * The money of a draft's tasks before consultation and before the council, task by task: no money outside the
 * programme's years, and small-grant tasks (art. 19a) within the amount, the one-year duration and the share of
 * the year's grant funds. (The per-organisation limit needs the grantee, which a programme does not name; intake
 * checks it on the proposals.) Pure logic.
 */
final class TaskMoneyRules {

    private TaskMoneyRules() {
    }

    static List<String> problems(DraftSnapshot s, SmallGrantLimits limits) {
        List<String> problems = new ArrayList<>();
        var p = s.programme();
        for (DraftSnapshot.Section section : s.sections()) {
            for (DraftSnapshot.Task task : section.tasks()) {
                String name = "Zadanie „" + task.title() + "” (" + section.name() + ")";
                Map<Integer, BigDecimal> perYear = task.amounts().stream()
                        .collect(Collectors.toMap(DraftSnapshot.Amount::year, DraftSnapshot.Amount::amount, BigDecimal::add));
                List<Integer> outside = BudgetYears.outside(p.firstYear(), p.lastYear(), perYear);
                if (!outside.isEmpty()) {
                    problems.add(name + " planuje środki poza latami programu: " + outside.stream()
                            .map(y -> y + " – " + Money.pln(perYear.get(y))).collect(Collectors.joining(", "))
                            + "; dokumenty ich nie wliczają.");
                }
                if (TaskForm.TRYB_POZAKONKURSOWY.name().equals(task.form()) && !perYear.isEmpty()) {
                    var years = perYear.keySet().stream().sorted().toList();
                    SmallGrants.years(limits, years.get(0), years.get(years.size() - 1)).ifPresent(m -> problems.add(name + ": " + m));
                    SmallGrants.amount(limits, task.total()).ifPresent(m -> problems.add(name + ": " + m));
                }
            }
        }
        for (int year : s.budgetYears()) {
            BigDecimal small = BigDecimal.ZERO;
            BigDecimal grants = BigDecimal.ZERO;
            for (DraftSnapshot.Section section : s.sections()) {
                for (DraftSnapshot.Task task : section.tasks()) {
                    if (TaskForm.TRYB_POZAKONKURSOWY.name().equals(task.form())) {
                        small = small.add(task.amount(year));
                    }
                    if (!TaskForm.POZAFINANSOWA.name().equals(task.form())) {
                        grants = grants.add(task.amount(year));
                    }
                }
            }
            SmallGrants.share(limits, year, small, grants).ifPresent(problems::add);
        }
        return problems;
    }
}
