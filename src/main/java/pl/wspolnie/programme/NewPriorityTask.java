package pl.wspolnie.programme;

import java.math.BigDecimal;
import java.util.Map;

/** A priority task made from an accepted proposal. */
public record NewPriorityTask(String sectorCode, String title, String description, TaskForm form, FundingMode mode,
                              String responsibleDepartment, Map<Integer, BigDecimal> amountsPerYear) {
}
