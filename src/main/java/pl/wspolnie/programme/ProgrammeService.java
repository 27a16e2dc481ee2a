package pl.wspolnie.programme;

import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.history.ChangeHistory;
import pl.wspolnie.municipality.MunicipalityProfile;
import pl.wspolnie.security.CurrentUser;
import pl.wspolnie.shared.ConflictException;
import pl.wspolnie.shared.FieldErrors;
import pl.wspolnie.shared.Limits;
import pl.wspolnie.shared.NotFoundException;

/**
 * The cycle aggregate's lifecycle: programmes, their stages, calendar and deadline warnings. Sections are written
 * through {@link ProgrammeSections}, priority tasks through {@link PriorityTaskService}; form texts are {@link ProgrammeSummaries}.
 */
@Service
@Transactional
public class ProgrammeService {

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
                .required(c.lastYear(), "lastYear").maxLength(c.title(), 500, "title");
        // no title given: the one the municipality's resolutions use for those years, where its profile has one
        String title = c.title() != null && !c.title().isBlank() ? c.title().strip()
                : c.firstYear() == null || c.lastYear() == null ? null
                : profile.programmeTitle(c.firstYear(), c.lastYear()).orElse(null);
        errors.required(title, "title").throwIfAny();
        errors.year(c.firstYear(), "firstYear").year(c.lastYear(), "lastYear")
                .check(c.kind() != ProgrammeKind.ANNUAL || c.lastYear().equals(c.firstYear()), "lastYear",
                        "an annual programme covers one year: lastYear must equal firstYear")
                .check(c.kind() != ProgrammeKind.MULTI_YEAR || c.lastYear() > c.firstYear(), "lastYear",
                        "a multi-year programme must end after its first year")
                .throwIfAny();
        Calendar calendar = CalendarPlanner.plan(c.firstYear(), profile, c.calendar());
        String actor = currentUser.id();
        var programme = programmes.save(new Programme(c.kind(), c.firstYear(), c.lastYear(), title,
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

    /** The adoption deadline is near ({@code APPROACHING}) or has passed ({@code MISSED}); never blocks adoption. */
    public String recordDeadlineWarning(Long programmeId, DeadlineLevel level) {
        Programme programme = get(programmeId);
        String text = level.label() + ": " + programme.getCalendar().councilDeadline() + " (art. 5a ust. 1); etap: "
                + programme.getStage();
        boolean missed = level == DeadlineLevel.MISSED;
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

    // ---- reading sections and tasks (written by ProgrammeSections and PriorityTaskService) -----------------

    @Transactional(readOnly = true)
    public List<SectorSection> sections(Long programmeId) {
        get(programmeId);
        return sections.findByProgrammeIdOrderByPosition(programmeId);
    }

    @Transactional(readOnly = true)
    public List<PriorityTask> priorityTasks(Long programmeId) {
        get(programmeId);
        return tasks.ofProgramme(programmeId);
    }

    @Transactional(readOnly = true)
    public boolean hasSector(String sectorCode) {
        return sectorCode != null && profile.sector(sectorCode).isPresent();
    }
}
