package pl.wspolnie.programme;

import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.history.ChangeHistory;
import pl.wspolnie.security.CurrentUser;
import pl.wspolnie.shared.FieldErrors;
import pl.wspolnie.shared.Limits;

/** The sector sections of a programme: written by the sectoral teams, reviewed (alone and as a whole draft) by the coordination team. */
@Service
@Transactional
public class ProgrammeSections {

    static final int MAX_NARRATIVE = Limits.FORM_TEXT;
    static final int MIN_NARRATIVE = 50;

    private final ProgrammeService programmes;
    private final SectorSections sections;
    private final ProgrammeSummaries texts;
    private final ChangeHistory history;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProgrammeSections(ProgrammeService programmes, SectorSections sections, ProgrammeSummaries texts, ChangeHistory history,
                      CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.programmes = programmes;
        this.sections = sections;
        this.texts = texts;
        this.history = history;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
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
                s.getNarrative(), s.getReviewRemarks(), texts.tasksSummary(s.getId()));
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
    public void reviewSection(Long sectionId, SectionDecision decision, String remarks) {
        var errors = new FieldErrors().required(decision, "sectionDecision");
        errors.throwIfAny();
        errors.check(decision != SectionDecision.RETURN || (remarks != null && !remarks.isBlank()), "reviewRemarks",
                "is required when the section is returned")
                .maxLength(remarks, Limits.FORM_TEXT, "reviewRemarks")
                .throwIfAny();
        SectorSection section = sectionById(sectionId);
        String text = remarks == null || remarks.isBlank() ? null : remarks.strip();
        if (decision == SectionDecision.ACCEPT) {
            section.accept(text, currentUser.id(), clock.instant());
        } else {
            section.returnWith(text, currentUser.id(), clock.instant());
        }
        history.record(section.getProgrammeId(), "SectorSection", sectionId,
                decision == SectionDecision.ACCEPT ? "SECTION_ACCEPTED" : "SECTION_RETURNED", text);
    }

    /**
     * The coordination team's decision on the whole draft: approve it for consultation or return the named
     * sections (comma-separated sector codes).
     */
    public void reviewDraft(Long programmeId, DraftDecision decision, String sectionsToReturn, String remarks) {
        var errors = new FieldErrors().required(decision, "draftDecision");
        errors.throwIfAny();
        errors.maxLength(remarks, Limits.FORM_TEXT, "draftRemarks").throwIfAny();
        if (decision == DraftDecision.APPROVE) {
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
    public void resolveIncompleteDraft(Long programmeId, CompletionDecision decision, String sectionsToReturn, String note) {
        var errors = new FieldErrors().required(note, "completionNote").maxLength(note, Limits.FORM_TEXT, "completionNote")
                .required(decision, "completionDecision");
        errors.throwIfAny();
        get(programmeId);
        String text = note.strip();
        history.record(programmeId, "Programme", programmeId, "MISSING_ELEMENTS_ADDRESSED",
                (decision == CompletionDecision.RECHECK ? "ponowne złożenie projektu: " : "zwrot części: ") + text);
        if (decision == CompletionDecision.RETURN_SECTIONS) {
            returnSections(programmeId, sectionsToReturn, text);
        }
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

    private SectorSection section(Long programmeId, String sectorCode) {
        return sections.of(programmeId, sectorCode);
    }

    private SectorSection sectionById(Long sectionId) {
        return sections.require(sectionId);
    }

    private List<SectorSection> sections(Long programmeId) {
        return programmes.sections(programmeId);
    }

    private void moveTo(Long programmeId, Stage stage) {
        programmes.moveTo(programmeId, stage);
    }

    private Programme get(Long programmeId) {
        return programmes.get(programmeId);
    }
}
