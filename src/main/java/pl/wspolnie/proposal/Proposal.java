package pl.wspolnie.proposal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import pl.wspolnie.programme.FundingMode;
import pl.wspolnie.programme.TaskForm;

/** A proposal of a priority public task from a department or an NGO, and how it was triaged. */
@Entity
public class Proposal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long programmeId;
    private String reference;
    private String externalRef;
    @Enumerated(EnumType.STRING)
    private SubmitterType submitterType;
    private String submitterCode;
    private String submitterName;
    private String krs;
    private String email;
    private String sectorCode;
    private String title;
    private String description;
    private String justification;
    @Enumerated(EnumType.STRING)
    private TaskForm taskForm;
    @Enumerated(EnumType.STRING)
    private FundingMode fundingMode;
    private BigDecimal plannedAmount;
    private int firstYear;
    private int lastYear;
    @Enumerated(EnumType.STRING)
    private ProposalStatus status;
    private String routedGroup;
    private String triageReason;
    private Long priorityTaskId;
    private String processInstanceId;
    private Instant createdAt;
    private String createdBy;
    private Instant updatedAt;
    private String updatedBy;
    @Version
    private long version;

    protected Proposal() {
    }

    Proposal(Long programmeId, String reference, String externalRef, SubmitterType submitterType, String submitterCode, String submitterName,
             String krs, String email, String sectorCode, String title, String description, String justification,
             TaskForm taskForm, FundingMode fundingMode, BigDecimal plannedAmount, int firstYear, int lastYear,
             String actor, Instant now) {
        this.programmeId = programmeId;
        this.reference = reference;
        this.externalRef = externalRef;
        this.submitterType = submitterType;
        this.submitterCode = submitterCode;
        this.submitterName = submitterName;
        this.krs = krs;
        this.email = email;
        this.sectorCode = sectorCode;
        this.title = title;
        this.description = description;
        this.justification = justification;
        this.taskForm = taskForm;
        this.fundingMode = fundingMode;
        this.plannedAmount = plannedAmount;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.status = ProposalStatus.RECEIVED;
        this.createdAt = now;
        this.createdBy = actor;
        touch(actor, now);
    }

    /** A proposal belongs to the one process started for it; another instance naming it is refused. */
    void attachProcess(String processInstanceId) {
        if (this.processInstanceId != null && !this.processInstanceId.equals(processInstanceId)) {
            throw new pl.wspolnie.shared.ConflictException("The proposal " + id + " already has its process");
        }
        this.processInstanceId = processInstanceId;
    }

    void routeTo(String group, String actor, Instant now) {
        this.status = ProposalStatus.ROUTED;
        this.routedGroup = group;
        touch(actor, now);
    }

    void decide(ProposalStatus outcome, Long priorityTaskId, String reason, String actor, Instant now) {
        this.status = outcome;
        this.priorityTaskId = priorityTaskId;
        this.triageReason = reason;
        touch(actor, now);
    }

    private void touch(String actor, Instant now) {
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    public Long getId() { return id; }
    public Long getProgrammeId() { return programmeId; }
    /** The public reference number the submitter follows the proposal by, e.g. {@code WSP-2027-7KQ2M9XD}. */
    public String getReference() { return reference; }
    public String getExternalRef() { return externalRef; }
    public SubmitterType getSubmitterType() { return submitterType; }
    public String getSubmitterCode() { return submitterCode; }
    public String getSubmitterName() { return submitterName; }
    public String getKrs() { return krs; }
    public String getEmail() { return email; }
    public String getSectorCode() { return sectorCode; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public String getJustification() { return justification; }
    public TaskForm getTaskForm() { return taskForm; }
    public FundingMode getFundingMode() { return fundingMode; }
    public BigDecimal getPlannedAmount() { return plannedAmount; }
    public int getFirstYear() { return firstYear; }
    public int getLastYear() { return lastYear; }
    public ProposalStatus getStatus() { return status; }
    public String getRoutedGroup() { return routedGroup; }
    public String getTriageReason() { return triageReason; }
    public Long getPriorityTaskId() { return priorityTaskId; }
    public String getProcessInstanceId() { return processInstanceId; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getUpdatedBy() { return updatedBy; }
}
