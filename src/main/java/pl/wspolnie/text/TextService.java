package pl.wspolnie.text;

import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.consultation.ConsultationComment;
import pl.wspolnie.consultation.ConsultationService;
import pl.wspolnie.history.ChangeHistory;
import pl.wspolnie.municipality.MunicipalityProfile;
import pl.wspolnie.programme.Programme;
import pl.wspolnie.programme.ProgrammeRegistered;
import pl.wspolnie.programme.ProgrammeService;
import pl.wspolnie.programme.SectionSubmitted;
import pl.wspolnie.programme.Stage;
import pl.wspolnie.security.CurrentUser;
import pl.wspolnie.shared.ConflictException;
import pl.wspolnie.shared.FieldErrors;
import pl.wspolnie.shared.NotFoundException;

/**
 * The programme's text as data: made when a programme is registered (from the last adopted programme, or the
 * municipality's base text), read in reading order with citation labels, edited unit by unit with every edit kept.
 */
@Service
@Transactional
public class TextService {

    private final TextUnits units;
    private final TextEdits edits;
    private final ProgrammeTexts origins;
    private final BaseText baseText;
    private final RepealedResolution repealed;
    private final ProgrammeService programmes;
    private final ConsultationService consultations;
    private final MunicipalityProfile profile;
    private final ChangeHistory history;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final int maxLength;

    TextService(TextUnits units, TextEdits edits, ProgrammeTexts origins, BaseText baseText, RepealedResolution repealed,
                ProgrammeService programmes,
                ConsultationService consultations, MunicipalityProfile profile, ChangeHistory history,
                CurrentUser currentUser, Clock clock, TextProperties properties) {
        this.units = units;
        this.edits = edits;
        this.origins = origins;
        this.baseText = baseText;
        this.repealed = repealed;
        this.programmes = programmes;
        this.consultations = consultations;
        this.profile = profile;
        this.history = history;
        this.currentUser = currentUser;
        this.clock = clock;
        this.maxLength = properties.unitMaxLength();
    }

    @EventListener
    void onRegistered(ProgrammeRegistered event) {
        create(event.programmeId());
    }

    /** Gives a new programme its text: the last adopted programme's before it, else the base text. */
    TextSource create(Long programmeId) {
        if (units.existsByProgrammeId(programmeId)) {
            return source(programmeId).orElseThrow();
        }
        Programme p = programmes.get(programmeId);
        Optional<Programme> previous = programmes.inStage(Stage.ADOPTED).stream()
                .filter(a -> a.getLastYear() < p.getFirstYear() && units.existsByProgrammeId(a.getId()))
                .max(Comparator.comparingInt(Programme::getLastYear).thenComparing(Programme::getId));
        Map<String, String> fields = new java.util.HashMap<>(repealed.fields(previous));
        fields.putAll(Map.of("title", p.getTitle(), "firstYear", String.valueOf(p.getFirstYear()),
                "lastYear", String.valueOf(p.getLastYear()), "yearBefore", String.valueOf(p.getFirstYear() - 1),
                "sectorNames", profile.sectors().stream().map(MunicipalityProfile.Sector::name).collect(Collectors.joining("; "))));
        TextNode.Tree tree = BaseText.fill(baseText.read(), fields);
        TextSource source;
        if (previous.isPresent()) {
            // the resolution is the municipality's formula, made anew from the base text; the programme carries over
            Programme old = previous.get();
            TextNode.Tree carried = CarryOver.tree(units(old.getId()), new CarryOver.Period(old.getFirstYear(), old.getLastYear(),
                    old.getTitle()), new CarryOver.Period(p.getFirstYear(), p.getLastYear(), p.getTitle()));
            tree = new TextNode.Tree(tree.resolution(), carried.annex());
            source = new TextSource(TextSource.Kind.CARRY_OVER, old.getId());
        } else {
            source = new TextSource(TextSource.Kind.BASE_TEXT, null);
        }
        tree = SectorSlots.fill(tree, profile.sectors());
        store(programmeId, TextPart.RESOLUTION, null, tree.resolution());
        store(programmeId, TextPart.ANNEX, null, tree.annex());
        origins.save(new ProgrammeText(programmeId, source, currentUser.id(), clock.instant()));
        history.record(programmeId, "Programme", programmeId, "TEXT_CREATED", "Tekst programu: " + source.description());
        return source;
    }

    private void store(Long programmeId, TextPart part, Long parentId, List<TextNode> nodes) {
        int position = 0;
        for (TextNode n : nodes) {
            requireLength(n.text());
            TextUnit saved = units.save(new TextUnit(programmeId, parentId, part, n.kind(), position++, n.heading(), n.text(),
                    n.statutoryElement(), n.sector(), n.block(), currentUser.id(), clock.instant()));
            store(programmeId, part, saved.getId(), n.children());
        }
    }

    private void requireLength(String text) {
        if (text != null && text.length() > maxLength) {
            throw new IllegalStateException("A unit of the text is longer than wspolnie.text.unit-max-length=" + maxLength);
        }
    }

    @Transactional(readOnly = true)
    public List<Unit> units(Long programmeId) {
        return units.findByProgrammeIdOrderByIdAsc(programmeId).stream().map(TextUnit::data).toList();
    }

    /** The units in reading order with their numbers and citation labels. */
    @Transactional(readOnly = true)
    public List<Citations.Numbered> numbered(Long programmeId) {
        programmes.get(programmeId);
        return Citations.number(units(programmeId));
    }

    @Transactional(readOnly = true)
    public Optional<TextSource> source(Long programmeId) {
        return origins.findById(programmeId).map(ProgrammeText::source);
    }

    /** Why the programme's text cannot be edited now (Polish), empty when it can. */
    @Transactional(readOnly = true)
    public Optional<String> frozen(Long programmeId) {
        return TextRules.frozen(programmes.get(programmeId).getStage());
    }

    /** Whether the editor's team may edit the unit: the coordination team any, a sectoral team its sector's. */
    public boolean mayEdit(Editor editor, Unit unit) {
        if (editor.coordinator()) {
            return true;
        }
        return unit.sector() != null && profile.sector(unit.sector())
                .map(s -> editor.groups().contains(s.group())).orElse(false);
    }

    public int maxLength() {
        return maxLength;
    }

    /**
     * Changes one unit's wording. 404 for a unit not of this programme, 403 when the editor's team may not edit it,
     * 400 for bad input (named field), 409 while the text is frozen. An unchanged wording records nothing.
     */
    public Citations.Numbered edit(Long programmeId, Long unitId, TextChange change, Editor editor) {
        programmes.get(programmeId);
        TextUnit unit = units.findByIdAndProgrammeId(unitId, programmeId)
                .orElseThrow(() -> new NotFoundException("Unit of the text of programme " + programmeId + ":", unitId));
        if (!mayEdit(editor, unit.data())) {
            throw new EditForbiddenException("Jednostkę może zmienić zespół koordynacyjny"
                    + (unit.getSectorCode() == null ? "." : " lub zespół branżowy jej obszaru (" + unit.getSectorCode() + ")."));
        }
        String text = change.text() == null ? null : change.text().replace("\r\n", "\n").strip();
        List<String> answers = change.answers() == null ? List.of()
                : change.answers().stream().filter(a -> a != null && !a.isBlank()).map(String::strip).distinct().toList();
        validate(programmeId, unit.data(), text, answers, change.reason());
        frozen(programmeId).ifPresent(reason -> {
            throw new ConflictException(reason);
        });
        Unit before = unit.data();
        if (text.equals(unit.getText())) {
            return label(programmeId, unitId);
        }
        unit.changeText(text, editor.id(), clock.instant());
        units.saveAndFlush(unit);
        String reason = change.reason() == null || change.reason().isBlank() ? null : change.reason().strip();
        edits.save(new TextEdit(programmeId, unitId, editor.id(), clock.instant(), before.text(), text, answers, reason));
        Citations.Numbered numbered = label(programmeId, unitId);
        history.record(programmeId, "TextUnit", unitId, "TEXT_EDITED", numbered.label()
                + (answers.isEmpty() ? "" : " (odpowiedź na " + String.join(", ", answers) + ")"));
        return numbered;
    }

    private void validate(Long programmeId, Unit unit, String text, List<String> answers, String reason) {
        FieldErrors errors = new FieldErrors().required(text == null ? null : "present", "text")
                .maxLength(text, maxLength, "text")
                .check(text == null || !text.contains("${"), "text", "must not contain \"${\" (template fields are not text)")
                .check(unit.kind() != UnitKind.CHAPTER, "text", "a chapter has only a heading; edit its units")
                .maxLength(reason, 2000, "reason")
                .check(String.join(",", answers).length() <= 2000, "answers", "too many comment references");
        if (!answers.isEmpty()) {
            Set<String> known = consultations.comments(programmeId).stream().map(ConsultationComment::getExternalRef)
                    .collect(Collectors.toSet());
            List<String> unknown = answers.stream().filter(a -> !known.contains(a)).toList();
            errors.check(unknown.isEmpty(), "answers", "unknown comment(s) of this programme: " + String.join(", ", unknown));
        }
        errors.throwIfAny();
    }

    private Citations.Numbered label(Long programmeId, Long unitId) {
        return Citations.find(units(programmeId), unitId).orElseThrow();
    }

    /** Every edit of one unit, newest first. */
    @Transactional(readOnly = true)
    public List<TextEdit> history(Long programmeId, Long unitId) {
        units.findByIdAndProgrammeId(unitId, programmeId)
                .orElseThrow(() -> new NotFoundException("Unit of the text of programme " + programmeId + ":", unitId));
        return edits.findByUnitIdOrderByIdDesc(unitId);
    }

    /** Every edit of the programme's text, oldest first. */
    @Transactional(readOnly = true)
    public List<TextEdit> edits(Long programmeId) {
        return edits.findByProgrammeIdOrderByIdAsc(programmeId);
    }

    /**
     * The last edit of each unit made after {@code from} and up to {@code to} (e.g. between two draft versions'
     * creation times), by unit id: who changed a unit between two versions and when. A redline attributes the
     * revisions inside bookmark {@code wsp_u<id>} to that editor.
     */
    @Transactional(readOnly = true)
    public Map<Long, TextEdit> lastEditsBetween(Long programmeId, java.time.Instant from, java.time.Instant to) {
        Map<Long, TextEdit> last = new java.util.LinkedHashMap<>();
        for (TextEdit e : edits.findByProgrammeIdOrderByIdAsc(programmeId)) {
            if (e.getEditedAt().isAfter(from) && !e.getEditedAt().isAfter(to)) {
                last.put(e.getUnitId(), e);
            }
        }
        return last;
    }

    /** A sectoral team's submitted description becomes the wording of its sector's unit. */
    @EventListener
    void onSectionSubmitted(SectionSubmitted event) {
        units.findFirstByProgrammeIdAndSectorCode(event.programmeId(), event.sectorCode()).ifPresent(unit -> {
            if (!event.narrative().equals(unit.getText())) {
                String before = unit.getText();
                String actor = currentUser.id();
                unit.changeText(event.narrative(), actor, clock.instant());
                edits.save(new TextEdit(event.programmeId(), unit.getId(), actor, clock.instant(), before,
                        event.narrative(), List.of(), "opis obszaru przekazany przez zespół branżowy"));
            }
        });
    }

    /** The teams whose unit ids an editor may change, for pages that show which units are editable. */
    public Set<Long> editable(Long programmeId, Editor editor) {
        Set<Long> ids = new LinkedHashSet<>();
        for (Unit u : units(programmeId)) {
            if (u.kind() != UnitKind.CHAPTER && mayEdit(editor, u)) {
                ids.add(u.id());
            }
        }
        return ids;
    }
}
