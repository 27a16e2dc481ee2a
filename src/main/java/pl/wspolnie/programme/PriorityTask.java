package pl.wspolnie.programme;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A priority public task (priorytetowe zadanie publiczne) of a sector section, with planned amounts per year. */
@Entity
public class PriorityTask {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long sectionId;
    private String title;
    private String description;
    @Enumerated(EnumType.STRING)
    private TaskForm taskForm;
    @Enumerated(EnumType.STRING)
    private FundingMode fundingMode;
    private String responsibleDepartment;
    private Instant createdAt;
    private String createdBy;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "priority_task_id", nullable = false)
    @OrderBy("budgetYear")
    private List<PriorityTaskAmount> amounts = new ArrayList<>();

    protected PriorityTask() {
    }

    PriorityTask(Long sectionId, String title, String description, TaskForm taskForm, FundingMode fundingMode,
                 String responsibleDepartment, String actor, Instant now) {
        this.sectionId = sectionId;
        this.title = title;
        this.description = description;
        this.taskForm = taskForm;
        this.fundingMode = fundingMode;
        this.responsibleDepartment = responsibleDepartment;
        this.createdAt = now;
        this.createdBy = actor;
    }

    /** Adds planned amounts per year to what the task already plans (a merged proposal adds its money). */
    void add(Map<Integer, BigDecimal> perYear) {
        perYear.forEach((year, amount) -> amounts.stream().filter(a -> a.getBudgetYear() == year).findFirst()
                .ifPresentOrElse(a -> a.add(amount), () -> amounts.add(new PriorityTaskAmount(year, amount))));
        amounts.sort(java.util.Comparator.comparingInt(PriorityTaskAmount::getBudgetYear));
    }

    public BigDecimal total() {
        return amounts.stream().map(PriorityTaskAmount::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Long getId() { return id; }
    public Long getSectionId() { return sectionId; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public TaskForm getTaskForm() { return taskForm; }
    public FundingMode getFundingMode() { return fundingMode; }
    public String getResponsibleDepartment() { return responsibleDepartment; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public List<PriorityTaskAmount> getAmounts() { return List.copyOf(amounts); }
}
