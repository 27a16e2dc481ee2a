package pl.wspolnie.programme;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.history.ChangeHistory;
import pl.wspolnie.municipality.MunicipalityProfile;
import pl.wspolnie.security.CurrentUser;
import pl.wspolnie.shared.ConflictException;
import pl.wspolnie.shared.FieldErrors;
import pl.wspolnie.shared.Limits;
import pl.wspolnie.shared.InvalidInputException;
import pl.wspolnie.shared.Money;
import pl.wspolnie.shared.NotFoundException;

/** The cycle aggregate: programmes, their stages and calendar, sector sections and priority tasks. */
@Service
@Transactional
public class ProgrammeService {

    public static final int MAX_NARRATIVE = Limits.FORM_TEXT;
    public static final int MIN_NARRATIVE = 50;

    private final Programmes programmes;
    private final SectorSections sections;
    private final PriorityTasks tasks;
    private final MunicipalityProfile profile;
    private final ChangeHistory history;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SmallGrantLimits smallGrants;

    ProgrammeService(Programmes programmes, SectorSections sections, PriorityTasks tasks, MunicipalityProfile profile,
                     ChangeHistory history, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock, SmallGrantLimits smallGrants) {
        this.programmes = programmes;
        this.sections = sections;
        this.tasks = tasks;
        this.profile = profile;
        this.history = history;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.smallGrants = smallGrants;
    }

    /** Registers a cycle and asks for its drafting process to start (API path). */
    public Programme create(NewProgramme command) {
        Programme programme = register(command);
        events.publishEvent(new ProgrammeCreated(programme.getId()));
        return programme;
    }

    /** Registers a cycle for a process that is already running (Tasklist start form path). */
    public Programme registerForProcess(NewProgramme command, String processInstanceId) {
        Programme programme = register(command);
        programme.attachProcess(processInstanceId);
        return programme;
    }

    /**
     * Registers a programme drafted outside this system, e.g. last year's adopted programme that a new cycle's
     * text carries over: it gets its text, no process is started for it.
     */
    public Programme registerWithoutProcess(NewProgramme command) {
        return register(command);
    }

    private Programme register(NewProgramme c) {
        var errors = new FieldErrors().required(c.kind(), "kind").required(c.firstYear(), "firstYear")
                .required(c.lastYear(), "lastYear").required(c.title(), "title").maxLength(c.title(), 500, "title");
        errors.throwIfAny();
        errors.check(c.firstYear() >= 2000 && c.firstYear() <= 2100, "firstYear", "must be between 2000 and 2100")
                .check(c.lastYear() >= 2000 && c.lastYear() <= 2100, "lastYear", "must be between 2000 and 2100")
                .check(c.kind() != ProgrammeKind.ANNUAL || c.lastYear().equals(c.firstYear()), "lastYear",
                        "an annual programme covers one year: lastYear must equal firstYear")
                .check(c.kind() != ProgrammeKind.MULTI_YEAR || c.lastYear() > c.firstYear(), "lastYear",
                        "a multi-year programme must end after its first year")
                .throwIfAny();
        Calendar calendar = CalendarPlanner.plan(c.firstYear(), profile, c.calendar());
        String actor = currentUser.id();
        var programme = programmes.save(new Programme(c.kind(), c.firstYear(), c.lastYear(), c.title().strip(),
                calendar, actor, clock.instant()));
        int position = 0;
        for (var sector : profile.sectors()) {
            sections.save(new SectorSection(programme.getId(), position++, sector.code(), sector.name(), sector.group(),
                    actor, clock.instant()));
        }
        history.record(programme.getId(), "Programme", programme.getId(), "CREATED",
                programme.getKind() + " " + programme.getFirstYear() + "–" + programme.getLastYear() + ": "
                        + programme.getTitle() + "; calendar " + calendar);
        events.publishEvent(new ProgrammeRegistered(programme.getId()));
        return programme;
    }

    public void attachProcess(Long programmeId, String processInstanceId) {
        get(programmeId).attachProcess(processInstanceId);
    }

    @Transactional(readOnly = true)
    public Programme get(Long id) {
        return programmes.findById(id).orElseThrow(() -> new NotFoundException("Programme", id));
    }

    @Transactional(readOnly = true)
    public List<Programme> list() {
        return programmes.findAllByOrderByIdDesc();
    }

    @Transactional(readOnly = true)
    public List<Programme> inStage(Stage stage) {
        return programmes.findByStage(stage);
    }

    /** Moves the cycle to the next stage, as the drafting process reaches it. */
    public void moveTo(Long programmeId, Stage stage) {
        Programme programme = get(programmeId);
        if (programme.getStage() != stage) {
            Stage from = programme.getStage();
            programme.moveTo(stage, currentUser.id(), clock.instant());
            history.record(programmeId, "Programme", programmeId, "STAGE_CHANGED", from + " → " + stage);
        }
    }

    /** After the council rejected the draft: a new round starts at coordination review. */
    public void startNewRound(Long programmeId) {
        Programme programme = get(programmeId);
        programme.nextRound(currentUser.id(), clock.instant());
        history.record(programmeId, "Programme", programmeId, "NEW_ROUND", "round " + programme.getRound());
        moveTo(programmeId, Stage.DRAFT_REVIEW);
    }

    /** A sector section passed its due date unfinished: recorded as a warning for the coordination team. */
    public SectorSection markOverdue(Long sectionId) {
        SectorSection section = sectionById(sectionId);
        var due = get(section.getProgrammeId()).getCalendar().sectionsDue();
        history.record(section.getProgrammeId(), "SectorSection", sectionId, "SECTION_OVERDUE",
                section.getSectorCode() + " – " + section.getSectorName() + ": termin " + due + " minął");
        events.publishEvent(new SectionOverdue(section.getProgrammeId(), sectionId, section.getSectorCode(),
                section.getSectorName(), section.getCandidateGroup(), due));
        return section;
    }

    /** The adoption deadline is near ({@code APPROACHING}) or has passed ({@code MISSED}); never blocks adoption. */
    public String recordDeadlineWarning(Long programmeId, String level) {
        Programme programme = get(programmeId);
        String text = ("MISSED".equals(level) ? "Minął termin uchwalenia programu: " : "Zbliża się termin uchwalenia programu: ")
                + programme.getCalendar().councilDeadline() + " (art. 5a ust. 1); etap: " + programme.getStage();
        boolean missed = "MISSED".equals(level);
        history.record(programmeId, "Programme", programmeId, missed ? "DEADLINE_MISSED" : "DEADLINE_APPROACHING", text);
        events.publishEvent(new AdoptionDeadlineWarning(programmeId, missed, programme.getCalendar().councilDeadline(),
                programme.getStage(), text));
        return text;
    }

    public void requireStage(Long programmeId, Stage expected, String action) {
        Stage actual = get(programmeId).getStage();
        if (actual != expected) {
            throw new ConflictException(action + " is possible only in stage " + expected + "; programme " + programmeId
                    + " is in stage " + actual);
        }
    }

    // ---- sector sections ------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<SectorSection> sections(Long programmeId) {
        get(programmeId);
        return sections.findByProgrammeIdOrderByPosition(programmeId);
    }

    /** Sections that still need work: all at first, afterwards those returned by the coordination team. */
    @Transactional(readOnly = true)
    public List<String> sectionsToPrepare(Long programmeId) {
        return sections(programmeId).stream().filter(s -> s.getStatus() != SectionStatus.ACCEPTED)
                .map(SectorSection::getSectorCode).toList();
    }

    public SectionWork openSection(Long programmeId, String sectorCode) {
        SectorSection section = section(programmeId, sectorCode);
        section.open(currentUser.id(), clock.instant());
        history.record(programmeId, "SectorSection", section.getId(), "SECTION_OPENED", sectorCode);
        return work(section);
    }

    @Transactional(readOnly = true)
    public SectionWork sectionWork(Long sectionId) {
        return work(sectionById(sectionId));
    }

    private SectionWork work(SectorSection s) {
        return new SectionWork(s.getId(), s.getSectorCode(), s.getSectorName(), s.getCandidateGroup(),
                s.getNarrative(), s.getReviewRemarks(), tasksSummary(s.getId()));
    }

    public void submitSection(Long sectionId, String narrative) {
        new FieldErrors().required(narrative, "sectionNarrative").throwIfAny();
        String text = narrative.strip();
        new FieldErrors()
                .check(text.length() >= MIN_NARRATIVE, "sectionNarrative", "must have at least " + MIN_NARRATIVE + " characters")
                .maxLength(text, MAX_NARRATIVE, "sectionNarrative")
                .throwIfAny();
        SectorSection section = sectionById(sectionId);
        section.submit(text, currentUser.id(), clock.instant());
        history.record(section.getProgrammeId(), "SectorSection", sectionId, "SECTION_SUBMITTED", text);
        events.publishEvent(new SectionSubmitted(section.getProgrammeId(), section.getSectorCode(), text));
    }

    /** The coordination team accepts a section or returns it with remarks. */
    public void reviewSection(Long sectionId, String decision, String remarks) {
        var errors = new FieldErrors().required(decision, "sectionDecision");
        errors.throwIfAny();
        errors.check(decision.equals("ACCEPT") || decision.equals("RETURN"), "sectionDecision", "must be ACCEPT or RETURN")
                .check(!decision.equals("RETURN") || (remarks != null && !remarks.isBlank()), "reviewRemarks",
                        "is required when the section is returned")
                .maxLength(remarks, Limits.FORM_TEXT, "reviewRemarks")
                .throwIfAny();
        SectorSection section = sectionById(sectionId);
        String text = remarks == null || remarks.isBlank() ? null : remarks.strip();
        if (decision.equals("ACCEPT")) {
            section.accept(text, currentUser.id(), clock.instant());
        } else {
            section.returnWith(text, currentUser.id(), clock.instant());
        }
        history.record(section.getProgrammeId(), "SectorSection", sectionId,
                decision.equals("ACCEPT") ? "SECTION_ACCEPTED" : "SECTION_RETURNED", text);
    }

    /**
     * The coordination team's decision on the whole draft: approve it for consultation or return the named
     * sections (comma-separated sector codes).
     */
    public void reviewDraft(Long programmeId, String decision, String sectionsToReturn, String remarks) {
        var errors = new FieldErrors().required(decision, "draftDecision");
        errors.throwIfAny();
        errors.check(decision.equals("APPROVE") || decision.equals("RETURN"), "draftDecision", "must be APPROVE or RETURN")
                .maxLength(remarks, Limits.FORM_TEXT, "draftRemarks").throwIfAny();
        if (decision.equals("APPROVE")) {
            history.record(programmeId, "Programme", programmeId, "DRAFT_APPROVED_FOR_CONSULTATION", remarks);
            return;
        }
        returnSections(programmeId, sectionsToReturn,
                remarks == null || remarks.isBlank() ? "Zwrócono w ocenie całego projektu" : remarks.strip());
    }

    /**
     * The assembled draft lacks statutory elements (see the drafting completeness check) and the coordination team
     * says how they will be added: {@code RETURN_SECTIONS} sends the named sections back to their teams with the
     * note as remarks, {@code RECHECK} assembles the draft again (after a corrected template or data).
     */
    public void resolveIncompleteDraft(Long programmeId, String decision, String sectionsToReturn, String note) {
        var errors = new FieldErrors().required(note, "completionNote").maxLength(note, Limits.FORM_TEXT, "completionNote")
                .required(decision, "completionDecision");
        errors.throwIfAny();
        errors.check(decision.equals("RETURN_SECTIONS") || decision.equals("RECHECK"), "completionDecision",
                "must be RETURN_SECTIONS or RECHECK").throwIfAny();
        get(programmeId);
        String text = note.strip();
        history.record(programmeId, "Programme", programmeId, "MISSING_ELEMENTS_ADDRESSED",
                (decision.equals("RECHECK") ? "ponowne złożenie projektu: " : "zwrot części: ") + text);
        if (decision.equals("RETURN_SECTIONS")) {
            returnSections(programmeId, sectionsToReturn, text);
        }
    }

    /**
     * The draft approved by the Mayor lacks statutory elements: it goes back to the coordination team's revision,
     * with the team's note on what they will add.
     */
    public void returnForRevision(Long programmeId, String note) {
        new FieldErrors().required(note, "completionNote").maxLength(note, Limits.FORM_TEXT, "completionNote").throwIfAny();
        get(programmeId);
        history.record(programmeId, "Programme", programmeId, "MISSING_ELEMENTS_ADDRESSED", "powrót do poprawy projektu: " + note.strip());
        moveTo(programmeId, Stage.REVISION);
    }

    /** Returns the named sections (comma-separated sector codes) to their teams with {@code remarks}. */
    private void returnSections(Long programmeId, String sectionsToReturn, String remarks) {
        Set<String> codes = sectionsToReturn == null ? Set.of() : Arrays.stream(sectionsToReturn.split("[,;\\s]+"))
                .map(String::strip).filter(s -> !s.isEmpty()).map(String::toUpperCase)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<String> known = sections(programmeId).stream().map(SectorSection::getSectorCode).toList();
        List<String> unknown = codes.stream().filter(c -> !known.contains(c)).toList();
        new FieldErrors()
                .check(!codes.isEmpty(), "sectionsToReturn", "name at least one section to return (codes: " + String.join(", ", known) + ")")
                .check(unknown.isEmpty(), "sectionsToReturn", "unknown section codes " + unknown + " (codes: " + String.join(", ", known) + ")")
                .throwIfAny();
        for (String code : codes) {
            SectorSection section = section(programmeId, code);
            section.returnWith(remarks, currentUser.id(), clock.instant());
            history.record(programmeId, "SectorSection", section.getId(), "SECTION_RETURNED", remarks);
        }
        moveTo(programmeId, Stage.SECTOR_WORK);
    }

    /** One line per section, for the coordination team's review of the whole draft. */
    @Transactional(readOnly = true)
    public String sectionsSummary(Long programmeId) {
        List<String> lines = new ArrayList<>();
        for (SectorSection s : sections(programmeId)) {
            var sectionTasks = tasks.findBySectionIdOrderById(s.getId());
            var total = sectionTasks.stream().map(PriorityTask::total).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
            lines.add(s.getSectorCode() + " – " + s.getSectorName() + ": " + statusLabel(s.getStatus()) + ", zadań: "
                    + sectionTasks.size() + ", środki: " + Money.pln(total));
        }
        return String.join("\n", lines);
    }

    private static String statusLabel(SectionStatus status) {
        return switch (status) {
            case NOT_STARTED -> "nie rozpoczęta";
            case IN_PROGRESS -> "w przygotowaniu";
            case SUBMITTED -> "przekazana";
            case RETURNED -> "zwrócona";
            case ACCEPTED -> "przyjęta";
        };
    }

    // ---- priority tasks -------------------------------------------------------------------------------

    public PriorityTask addPriorityTask(Long programmeId, NewPriorityTask t) {
        SectorSection section = section(programmeId, t.sectorCode());
        requirePlannable(get(programmeId), t.form(), t.amountsPerYear(), "amountsPerYear");
        var task = new PriorityTask(section.getId(), t.title(), t.description(), t.form(), t.mode(),
                t.responsibleDepartment(), currentUser.id(), clock.instant());
        task.add(t.amountsPerYear());
        task = tasks.save(task);
        history.record(programmeId, "PriorityTask", task.getId(), "PRIORITY_TASK_CREATED",
                section.getSectorCode() + ": " + task.getTitle() + " (" + Money.pln(task.total()) + ")");
        return task;
    }

    /** A merged proposal adds its planned amounts to an existing task of the same programme. */
    public PriorityTask mergeIntoTask(Long programmeId, Long taskId, java.util.Map<Integer, java.math.BigDecimal> amounts,
                                      String field) {
        PriorityTask task = tasks.findById(taskId)
                .filter(t -> sectionById(t.getSectionId()).getProgrammeId().equals(programmeId))
                .orElseThrow(() -> new InvalidInputException(field, "no priority task " + taskId + " in this programme"));
        var together = new java.util.TreeMap<Integer, java.math.BigDecimal>();
        task.getAmounts().forEach(a -> together.put(a.getBudgetYear(), a.getAmount()));
        amounts.forEach((year, amount) -> together.merge(year, amount, java.math.BigDecimal::add));
        requirePlannable(get(programmeId), task.getTaskForm(), together, field);
        task.add(amounts);
        history.record(programmeId, "PriorityTask", taskId, "PRIORITY_TASK_MERGED", Money.pln(task.total()));
        return task;
    }

    /** Money only in the programme's years, and a small-grant task within the limits of art. 19a; else 400 naming {@code field}. */
    private void requirePlannable(Programme programme, TaskForm form, java.util.Map<Integer, java.math.BigDecimal> perYear,
                                  String field) {
        var errors = new pl.wspolnie.shared.FieldErrors();
        var outside = BudgetYears.outside(programme.getFirstYear(), programme.getLastYear(), perYear);
        errors.check(outside.isEmpty(), field, "Zadanie planuje środki poza latami programu ("
                + BudgetYears.period(programme.getFirstYear(), programme.getLastYear()) + "): " + outside + ".");
        if (form == TaskForm.TRYB_POZAKONKURSOWY && !perYear.isEmpty()) {
            var years = perYear.keySet().stream().sorted().toList();
            SmallGrants.years(smallGrants, years.get(0), years.get(years.size() - 1)).ifPresent(m -> errors.check(false, field, m));
            SmallGrants.amount(smallGrants, perYear.values().stream().reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add))
                    .ifPresent(m -> errors.check(false, field, m));
        }
        errors.throwIfAny();
    }

    @Transactional(readOnly = true)
    public List<PriorityTask> priorityTasks(Long programmeId) {
        var ids = sections(programmeId).stream().map(SectorSection::getId).toList();
        return tasks.findBySectionIdInOrderById(ids);
    }

    /** Numbered list of the tasks a proposal could be merged into. */
    @Transactional(readOnly = true)
    public String priorityTasksList(Long programmeId) {
        var all = priorityTasks(programmeId);
        if (all.isEmpty()) {
            return "Brak zadań priorytetowych.";
        }
        return all.stream().map(t -> "nr " + t.getId() + ": " + t.getTitle() + " (" + Money.pln(t.total()) + ")")
                .collect(Collectors.joining("\n"));
    }

    private String tasksSummary(Long sectionId) {
        var sectionTasks = tasks.findBySectionIdOrderById(sectionId);
        if (sectionTasks.isEmpty()) {
            return "Brak zadań priorytetowych z przyjętych propozycji.";
        }
        return sectionTasks.stream().map(t -> "• " + t.getTitle() + " – " + t.getTaskForm().label()
                        + (t.getFundingMode() != null ? ", " + t.getFundingMode().label() : "")
                        + ", " + Money.pln(t.total()))
                .collect(Collectors.joining("\n"));
    }

    @Transactional(readOnly = true)
    public boolean hasSector(String sectorCode) {
        return sectorCode != null && profile.sector(sectorCode).isPresent();
    }

    private SectorSection section(Long programmeId, String sectorCode) {
        return sections.findByProgrammeIdAndSectorCode(programmeId, sectorCode)
                .orElseThrow(() -> new InvalidInputException("sector", "programme " + programmeId + " has no section " + sectorCode));
    }

    private SectorSection sectionById(Long sectionId) {
        return sections.findById(sectionId).orElseThrow(() -> new NotFoundException("Sector section", sectionId));
    }
}
