package pl.wspolnie.programme;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import pl.wspolnie.history.ChangeHistory;

@RestController
@RequestMapping("/api/programmes")
@Tag(name = "Programmes", description = "Drafting cycles of the programme of cooperation (program współpracy)")
class ProgrammeController {

    private static final List<String> WARNINGS = List.of("SECTION_OVERDUE", "DEADLINE_APPROACHING", "DEADLINE_MISSED");

    private final ProgrammeService programmes;
    private final ChangeHistory history;
    private final List<ProgrammeFacts> facts;

    ProgrammeController(ProgrammeService programmes, ChangeHistory history, List<ProgrammeFacts> facts) {
        this.programmes = programmes;
        this.history = history;
        this.facts = facts;
    }

    record Summary(Long id, ProgrammeKind kind, int firstYear, int lastYear, String title, Stage stage, int round,
                   Calendar calendar, Instant createdAt, String createdBy) {
        static Summary of(Programme p) {
            return new Summary(p.getId(), p.getKind(), p.getFirstYear(), p.getLastYear(), p.getTitle(), p.getStage(),
                    p.getRound(), p.getCalendar(), p.getCreatedAt(), p.getCreatedBy());
        }
    }

    record Section(String sectorCode, String sectorName, String group, SectionStatus status, int priorityTasks,
                   BigDecimal plannedAmount, String narrative, String reviewRemarks, Instant updatedAt, String updatedBy) {
    }

    record Warning(String kind, String detail, Instant at) {
    }

    record Detail(Long id, ProgrammeKind kind, int firstYear, int lastYear, String title, Stage stage, int round,
                  Calendar calendar, String processInstanceId, List<Section> sections, Map<String, Map<String, Long>> counts,
                  List<Warning> warnings, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {
    }

    record HistoryItem(Long id, String entityType, Long entityId, String action, String actor, Instant at, String detail) {
    }

    @PostMapping
    @Operation(summary = "Start a drafting cycle; the calendar is computed backwards from 30 November when absent")
    ResponseEntity<Detail> create(@RequestBody NewProgramme command) {
        Programme programme = programmes.create(command);
        return ResponseEntity.created(URI.create("/api/programmes/" + programme.getId())).body(detail(programme.getId()));
    }

    @GetMapping
    @Operation(summary = "All cycles, newest first")
    List<Summary> list() {
        return programmes.list().stream().map(Summary::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Stage, calendar, sections, counts and deadline warnings of a cycle")
    Detail get(@PathVariable Long id) {
        return detail(id);
    }

    @GetMapping("/{id}/priority-tasks")
    @Operation(summary = "Priority public tasks of all sections, with planned amounts per year")
    List<Map<String, Object>> priorityTasks(@PathVariable Long id) {
        var sectionCodes = new java.util.HashMap<Long, String>();
        programmes.sections(id).forEach(s -> sectionCodes.put(s.getId(), s.getSectorCode()));
        return programmes.priorityTasks(id).stream().map(t -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", t.getId());
            row.put("sectorCode", sectionCodes.get(t.getSectionId()));
            row.put("title", t.getTitle());
            row.put("description", t.getDescription());
            row.put("form", t.getTaskForm());
            if (t.getFundingMode() != null) {
                row.put("mode", t.getFundingMode());
            }
            if (t.getResponsibleDepartment() != null) {
                row.put("responsibleDepartment", t.getResponsibleDepartment());
            }
            Map<String, BigDecimal> perYear = new LinkedHashMap<>();
            t.getAmounts().forEach(a -> perYear.put(String.valueOf(a.getBudgetYear()), a.getAmount()));
            row.put("amountsPerYear", perYear);
            row.put("total", t.total());
            return row;
        }).toList();
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Every recorded change of the cycle: who, when, what")
    List<HistoryItem> history(@PathVariable Long id) {
        programmes.get(id);
        return history.of(id).stream().map(h -> new HistoryItem(h.getId(), h.getEntityType(), h.getEntityId(),
                h.getAction(), h.getActor(), h.getAt(), h.getDetail())).toList();
    }

    private Detail detail(Long id) {
        Programme p = programmes.get(id);
        var tasks = programmes.priorityTasks(id);
        List<Section> sections = programmes.sections(id).stream().map(s -> {
            var own = tasks.stream().filter(t -> t.getSectionId().equals(s.getId())).toList();
            BigDecimal total = own.stream().map(PriorityTask::total).reduce(BigDecimal.ZERO, BigDecimal::add);
            return new Section(s.getSectorCode(), s.getSectorName(), s.getCandidateGroup(), s.getStatus(), own.size(),
                    total, s.getNarrative(), s.getReviewRemarks(), s.getUpdatedAt(), s.getUpdatedBy());
        }).toList();
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        facts.forEach(f -> counts.put(f.name(), f.counts(id)));
        List<Warning> warnings = new java.util.ArrayList<>();
        if (p.getStage() != Stage.ADOPTED) {
            CalendarPlanner.warnings(p.getCalendar(), java.time.LocalDate.ofInstant(p.getCreatedAt(), java.time.ZoneOffset.UTC))
                    .forEach(w -> warnings.add(new Warning("CALENDAR", w, p.getCreatedAt())));
        }
        history.of(id, WARNINGS).forEach(h -> warnings.add(new Warning(h.getAction(), h.getDetail(), h.getAt())));
        return new Detail(p.getId(), p.getKind(), p.getFirstYear(), p.getLastYear(), p.getTitle(), p.getStage(),
                p.getRound(), p.getCalendar(), p.getProcessInstanceId(), sections, counts, warnings, p.getCreatedAt(),
                p.getCreatedBy(), p.getUpdatedAt(), p.getUpdatedBy());
    }
}
