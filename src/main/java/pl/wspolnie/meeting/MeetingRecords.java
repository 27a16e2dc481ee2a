package pl.wspolnie.meeting;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.consultation.CommentSubmission;
import pl.wspolnie.consultation.ConsultationService;
import pl.wspolnie.history.ChangeHistory;
import pl.wspolnie.proposal.ProposalService;
import pl.wspolnie.proposal.ProposalSubmission;
import pl.wspolnie.proposal.SubmitterType;
import pl.wspolnie.security.CurrentUser;
import pl.wspolnie.shared.ConflictException;
import pl.wspolnie.shared.FieldErrors;
import pl.wspolnie.shared.NotFoundException;

/**
 * What a held meeting leaves behind: who took part (registrations marked present and walk-ins), the postulates
 * with the organisation that raised each, what became of them (a proposal through the ordinary intake, or a remark
 * for a chapter), and the counts the law asks the programme and the consultation report to state.
 */
@Service
@Transactional
public class MeetingRecords {

    private final MeetingService meetings;
    private final Registrations registrations;
    private final Attendances attendances;
    private final Postulates postulates;
    private final ProposalService proposals;
    private final ConsultationService consultations;
    private final ChangeHistory history;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ZoneId zone;

    MeetingRecords(MeetingService meetings, Registrations registrations, Attendances attendances, Postulates postulates,
                   ProposalService proposals, ConsultationService consultations, ChangeHistory history, CurrentUser currentUser, Clock clock, ZoneId municipalityZone) {
        this.meetings = meetings;
        this.registrations = registrations;
        this.attendances = attendances;
        this.postulates = postulates;
        this.proposals = proposals;
        this.consultations = consultations;
        this.history = history;
        this.currentUser = currentUser;
        this.clock = clock;
        this.zone = municipalityZone;
    }

    /**
     * Replaces the attendance of a meeting that has started: the registrations present (by reference number) and the
     * walk-ins. Repeating the call with the same lists leaves the same record.
     */
    public List<Attendance> recordAttendance(Long meetingId, List<String> presentReferences, List<WalkIn> walkIns) {
        Meeting meeting = meetings.get(meetingId);
        if (clock.instant().isBefore(meeting.getStartsAt())) {
            throw new ConflictException("Meeting " + meetingId + " has not started yet", "Spotkanie jeszcze się nie zaczęło ("
                    + MeetingDates.when(meeting.getStartsAt(), zone) + ") – obecność i postulaty zapiszesz od jego początku.");
        }
        FieldErrors errors = new FieldErrors();
        List<Registration> present = new ArrayList<>();
        for (String ref : presentReferences == null ? List.<String>of() : presentReferences) {
            var found = registrations.findByReference(ref == null ? "" : ref.strip().toUpperCase(Locale.ROOT))
                    .filter(r -> r.getMeetingId().equals(meetingId));
            errors.check(found.isPresent(), "presentRegistrations", "no registration " + ref + " for this meeting");
            found.filter(r -> present.stream().noneMatch(p -> p.getId().equals(r.getId()))).ifPresent(present::add);
        }
        List<WalkIn> extra = walkIns == null ? List.of() : walkIns;
        for (WalkIn w : extra) {
            errors.required(w.organisation(), "walkIns.organisation").maxLength(w.organisation(), RegistrationForm.MAX_ORGANISATION,
                    "walkIns.organisation").required(w.person(), "walkIns.person")
                    .maxLength(w.person(), RegistrationForm.MAX_PERSON, "walkIns.person");
        }
        errors.check(!present.isEmpty() || !extra.isEmpty(), "presentRegistrations", "name at least one participant");
        errors.throwIfAny();
        attendances.deleteAll(attendances.findByMeetingIdOrderByIdAsc(meetingId));
        attendances.flush();
        var now = clock.instant();
        String actor = currentUser.id();
        List<Attendance> saved = new ArrayList<>();
        present.forEach(r -> saved.add(attendances.save(new Attendance(meetingId, r.getId(), r.getOrganisation(), r.getPerson(), now, actor))));
        extra.forEach(w -> saved.add(attendances.save(new Attendance(meetingId, null, w.organisation().strip(), w.person().strip(), now, actor))));
        history.record(meeting.getProgrammeId(), "Meeting", meetingId, "MEETING_ATTENDANCE",
                saved.size() + " uczestników z " + distinct(saved.stream().map(Attendance::getOrganisation).toList()) + " organizacji");
        return saved;
    }

    /**
     * The Tasklist form after a meeting: attendance (unless nothing is typed and it was recorded through the API),
     * the postulates typed, then the meeting is held. All or nothing.
     */
    public Meeting recordHeld(Long meetingId, String presentReferences, String walkIns, String postulateLines) {
        List<String> refs = MeetingFormLines.references(presentReferences);
        List<WalkIn> extra = MeetingFormLines.walkIns(walkIns, "walkIns");
        var raised = MeetingFormLines.postulates(postulateLines, "postulates");
        if (!refs.isEmpty() || !extra.isEmpty()) {
            recordAttendance(meetingId, refs, extra);
        }
        raised.forEach(p -> addPostulate(meetingId, p.organisation(), p.content()));
        return meetings.recordHeld(meetingId);
    }

    /** A postulate raised by an organisation that took part in the meeting. */
    public Postulate addPostulate(Long meetingId, String organisation, String content) {
        Meeting meeting = meetings.get(meetingId);
        FieldErrors errors = new FieldErrors().required(organisation, "organisation")
                .maxLength(organisation, RegistrationForm.MAX_ORGANISATION, "organisation")
                .required(content, "content").maxLength(content, Postulate.MAX_CONTENT, "content");
        errors.throwIfAny();
        errors.check(attendances.findByMeetingIdOrderByIdAsc(meetingId).stream()
                .anyMatch(a -> normal(a.getOrganisation()).equals(normal(organisation))), "organisation",
                "must be an organisation that took part in the meeting (record the attendance first)").throwIfAny();
        Postulate p = postulates.save(new Postulate(meetingId, organisation.strip(), content.strip(), clock.instant(), currentUser.id()));
        history.record(meeting.getProgrammeId(), "Postulate", p.getId(), "POSTULATE_RECORDED", p.getOrganisation() + ": " + p.getContent());
        return p;
    }

    /**
     * Turns a postulate into a proposal of a priority task through the ordinary intake (routed like any proposal);
     * the proposal's own reference names the meeting and the postulate, so a repeat returns the same proposal.
     */
    public Postulate toProposal(Long postulateId, PostulateProposal p) {
        return turnInto(postulateId, PostulateOutcome.PROPOSAL, (postulate, meeting) -> {
            String justification = p.justification() == null || p.justification().isBlank()
                    ? raisedAt(meeting) : p.justification();
            var submission = new ProposalSubmission("SPOTKANIE-" + meeting.getId() + "-POSTULAT-" + postulate.getId(),
                    new ProposalSubmission.Submitter(SubmitterType.NGO, null, postulate.getOrganisation(), krs(postulate),
                            p.email() != null && !p.email().isBlank() ? p.email() : email(postulate)),
                    p.sector(), p.title(), postulate.getContent(), justification, p.form(), p.mode(), p.plannedAmountPln(), p.years());
            var proposal = proposals.submit(meeting.getProgrammeId(), submission).proposal();
            postulate.becameProposal(proposal.getId());
            history.record(meeting.getProgrammeId(), "Postulate", postulateId, "POSTULATE_TO_PROPOSAL", proposal.getReference());
        });
    }

    /**
     * Enters a postulate raised while the draft is out for consultation as a consultation comment (channel: meeting),
     * answered and reported like every other; its reference names the meeting and the postulate, so a repeat returns
     * the same comment. The contact is the organisation's registration for the meeting unless the request names one.
     */
    public Postulate toComment(Long postulateId, PostulateComment c) {
        return turnInto(postulateId, PostulateOutcome.CONSULTATION_COMMENT, (postulate, meeting) -> {
            var registered = registrationOf(postulate);
            String section = c == null ? null : c.section();
            // the part of the draft is kept with the postulate too, within the postulate's own limit
            new FieldErrors().required(section, "section").maxLength(section, Postulate.MAX_CHAPTER, "section").throwIfAny();
            var submission = new CommentSubmission("SPOTKANIE-" + meeting.getId() + "-POSTULAT-" + postulate.getId(),
                    postulate.getOrganisation(), krs(postulate),
                    given(c == null ? null : c.contactPerson()).orElse(registered.map(Registration::getPerson).orElse(null)),
                    given(c == null ? null : c.email()).orElse(registered.map(Registration::getEmail).orElse(null)), section,
                    c == null ? null : c.sector(), null, given(c == null ? null : c.proposedText()).orElse(postulate.getContent()),
                    raisedAt(meeting));
            var comment = consultations.submitFromMeeting(meeting.getProgrammeId(), submission).comment();
            postulate.becameComment(comment.getId(), section.strip());
            history.record(meeting.getProgrammeId(), "Postulate", postulateId, "POSTULATE_TO_COMMENT", comment.getExternalRef());
        });
    }

    /**
     * Turns a postulate into {@code outcome} with the meeting it was raised at: a repeat returns the postulate as it
     * became; one that became something else is a conflict (409).
     */
    private Postulate turnInto(Long postulateId, PostulateOutcome outcome, BiConsumer<Postulate, Meeting> turn) {
        Postulate postulate = postulate(postulateId);
        if (postulate.getOutcome() != outcome) {
            turn.accept(postulate, meetingOfOpen(postulate));
        }
        return postulate;
    }

    /** The meeting a postulate was raised at, once the postulate is checked to be still open (409 when it is not). */
    private Meeting meetingOfOpen(Postulate postulate) {
        if (postulate.getOutcome() != PostulateOutcome.OPEN) {
            throw new ConflictException("Postulate " + postulate.getId() + " is already " + postulate.getOutcome());
        }
        return meetings.get(postulate.getMeetingId());
    }

    /** "Postulat zgłoszony podczas spotkania „…” w dniu 6 listopada 2026 r. (spotkanie branżowe)." */
    private String raisedAt(Meeting meeting) {
        return "Postulat zgłoszony podczas spotkania „" + meeting.getTopic() + "” w dniu "
                + MeetingDates.longDay(meeting.getStartsAt(), zone) + " (" + meeting.getKind().label() + ").";
    }

    private static java.util.Optional<String> given(String text) {
        return text == null || text.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(text);
    }

    /** Records a postulate as a remark for a chapter of the programme's text. */
    public Postulate toRemark(Long postulateId, String chapter, String note) {
        Postulate postulate = postulate(postulateId);
        new FieldErrors().required(chapter, "chapter").maxLength(chapter, Postulate.MAX_CHAPTER, "chapter")
                .maxLength(note, Postulate.MAX_CONTENT, "note").throwIfAny();
        Meeting meeting = meetingOfOpen(postulate);
        postulate.becameRemark(chapter.strip(), note == null || note.isBlank() ? null : note.strip());
        history.record(meeting.getProgrammeId(), "Postulate", postulateId, "POSTULATE_TO_REMARK", chapter.strip());
        return postulate;
    }

    @Transactional(readOnly = true)
    public List<Attendance> attendance(Long meetingId) {
        return attendances.findByMeetingIdOrderByIdAsc(meetingId);
    }

    @Transactional(readOnly = true)
    public List<Postulate> postulates(Long meetingId) {
        return postulates.findByMeetingIdOrderByIdAsc(meetingId);
    }

    @Transactional(readOnly = true)
    public Postulate postulate(Long postulateId) {
        return postulates.findById(postulateId).orElseThrow(() -> new NotFoundException("Postulate", postulateId));
    }

    /** Every held meeting of a programme by date, with its counts and postulates. */
    @Transactional(readOnly = true)
    public List<HeldMeeting> held(Long programmeId) {
        List<Meeting> held = meetings.of(programmeId).stream().filter(m -> m.getStatus() == MeetingStatus.HELD).toList();
        List<Long> ids = held.stream().map(Meeting::getId).toList();
        List<Attendance> present = ids.isEmpty() ? List.of() : attendances.findByMeetingIdIn(ids);
        List<Postulate> raised = ids.isEmpty() ? List.of() : postulates.findByMeetingIdIn(ids);
        return held.stream().map(m -> {
            List<String> orgs = present.stream().filter(a -> a.getMeetingId().equals(m.getId())).map(Attendance::getOrganisation).toList();
            var items = raised.stream().filter(p -> p.getMeetingId().equals(m.getId()))
                    .sorted(java.util.Comparator.comparing(Postulate::getId))
                    .map(p -> new HeldMeeting.Raised(p.getOrganisation(), p.getContent(), p.getOutcome(),
                            p.getProposalId() == null ? null : proposals.get(p.getProposalId()).getReference(), p.getChapter()))
                    .toList();
            return new HeldMeeting(m.getId(), m.getKind(), m.getTopic(), m.getSectors(), m.getStartsAt(),
                    m.getPlace() != null ? m.getPlace() : m.getOnlineLink(), m.getModerator(), orgs.size(), distinct(orgs), items);
        }).toList();
    }

    /** The counts of a programme's meetings (see {@link MeetingStatistics}). */
    @Transactional(readOnly = true)
    public MeetingStatistics statistics(Long programmeId) {
        List<Meeting> all = meetings.of(programmeId);
        List<HeldMeeting> held = held(programmeId);
        Map<MeetingKind, Integer> byKind = new EnumMap<>(MeetingKind.class);
        held.forEach(h -> byKind.merge(h.kind(), 1, Integer::sum));
        Map<PostulateOutcome, Integer> outcomes = new EnumMap<>(PostulateOutcome.class);
        held.forEach(h -> h.postulates().forEach(p -> outcomes.merge(p.outcome(), 1, Integer::sum)));
        List<Long> ids = held.stream().map(HeldMeeting::id).toList();
        List<String> orgs = ids.isEmpty() ? List.of()
                : attendances.findByMeetingIdIn(ids).stream().map(Attendance::getOrganisation).toList();
        return new MeetingStatistics(programmeId, all.size(), held.size(), byKind, orgs.size(), distinct(orgs),
                held.stream().mapToInt(h -> h.postulates().size()).sum(), outcomes);
    }

    /** The organisation's registration for the meeting the postulate was raised at, if it registered. */
    private java.util.Optional<Registration> registrationOf(Postulate postulate) {
        return registrations.findByMeetingIdOrderByIdAsc(postulate.getMeetingId()).stream()
                .filter(r -> normal(r.getOrganisation()).equals(normal(postulate.getOrganisation()))).findFirst();
    }

    private String email(Postulate postulate) {
        return registrationOf(postulate).map(Registration::getEmail).orElse(null);
    }

    private String krs(Postulate postulate) {
        return registrationOf(postulate).map(Registration::getKrs).orElse(null);
    }

    static int distinct(List<String> organisations) {
        Set<String> names = new HashSet<>();
        organisations.forEach(o -> names.add(normal(o)));
        return names.size();
    }

    /** Organisation names compared without case, spacing and quotation marks ("Fundacja „Zielony Kraków”"). */
    static String normal(String name) {
        return name == null ? "" : name.toLowerCase(Locale.ROOT).replaceAll("[\"„”«»']", "").replaceAll("\\s+", " ").strip();
    }
}
