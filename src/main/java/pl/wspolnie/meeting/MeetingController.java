package pl.wspolnie.meeting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import pl.wspolnie.shared.NotFoundException;

/**
 * Meetings of a programme for the teams: plan, see every team's schedule, and after a meeting record attendance,
 * postulates and minutes. Writing and the registrations' personal data: the meeting's team and the coordination team.
 */
@RestController
@RequestMapping("/api/programmes/{programmeId}/meetings")
@Tag(name = "Meetings", description = "Sector meetings and open events: schedule, registrations, attendance, postulates")
class MeetingController {

    private final MeetingService meetings;
    private final RegistrationService registrations;
    private final MeetingRecords records;
    private final MinutesService minutes;

    MeetingController(MeetingService meetings, RegistrationService registrations, MeetingRecords records, MinutesService minutes) {
        this.meetings = meetings;
        this.registrations = registrations;
        this.records = records;
        this.minutes = minutes;
    }

    record MeetingView(Long id, MeetingKind kind, String kindLabel, String topic, List<String> sectors, Instant startsAt,
                       Instant endsAt, String place, String onlineLink, int capacity, String moderator,
                       Instant registrationClosesAt, String team, MeetingStatus status, long seatsTaken, long waiting,
                       int attendance, int postulates, boolean minutes, String processInstanceId) {
    }

    record RegistrationView(String reference, String organisation, String krs, String person, String email, String needs,
                            boolean publishConsent, RegistrationStatus status, Instant createdAt) {
    }

    record AttendanceRequest(List<String> presentRegistrations, List<WalkIn> walkIns) {
    }

    record AttendanceView(String organisation, String person, String registration) {
    }

    record PostulateRequest(String organisation, String content) {
    }

    record RemarkRequest(String chapter, String note) {
    }

    record PostulateView(Long id, String organisation, String content, PostulateOutcome outcome, Long proposalId, Long commentId,
                         String chapter, String note) {
        static PostulateView of(Postulate p) {
            return new PostulateView(p.getId(), p.getOrganisation(), p.getContent(), p.getOutcome(), p.getProposalId(),
                    p.getCommentId(), p.getChapter(), p.getOutcomeNote());
        }
    }

    @GetMapping
    @Operation(summary = "Every team's meetings of the programme, by date, with seats taken, attendance and postulates")
    List<MeetingView> list(@PathVariable Long programmeId) {
        return meetings.of(programmeId).stream().map(this::view).toList();
    }

    @PostMapping
    @Operation(summary = "Plan a meeting (a sector team: its own sector; the coordination team: any); starts its process",
            description = "Dates DD.MM.RRRR in the municipality's zone. The team confirms the plan in Tasklist, which "
                    + "puts it on the public schedule at /spotkania.")
    ResponseEntity<MeetingView> plan(@PathVariable Long programmeId, @RequestBody MeetingRequest request, Authentication auth) {
        Meeting m = meetings.plan(programmeId, request, groups(auth));
        return ResponseEntity.created(URI.create("/api/programmes/" + programmeId + "/meetings/" + m.getId())).body(view(m));
    }

    @GetMapping("/statistics")
    @Operation(summary = "Meetings held by kind, people, distinct organisations, postulates and what became of them")
    MeetingStatistics statistics(@PathVariable Long programmeId) {
        return records.statistics(programmeId);
    }

    @GetMapping("/{meetingId}")
    MeetingView get(@PathVariable Long programmeId, @PathVariable Long meetingId) {
        return view(meetings.get(programmeId, meetingId));
    }

    @GetMapping("/{meetingId}/registrations")
    @Operation(summary = "Registrations with personal data: the meeting's team and the coordination team only")
    List<RegistrationView> registrations(@PathVariable Long programmeId, @PathVariable Long meetingId, Authentication auth) {
        requireTeam(programmeId, meetingId, auth);
        return registrations.of(meetingId).stream().map(r -> new RegistrationView(r.getReference(), r.getOrganisation(),
                r.getKrs(), r.getPerson(), r.getEmail(), r.getNeeds(), r.isPublishConsent(), r.getStatus(), r.getCreatedAt())).toList();
    }

    @PutMapping("/{meetingId}/attendance")
    @Operation(summary = "Record who took part (replaces the previous record): registration numbers present and walk-ins")
    List<AttendanceView> attendance(@PathVariable Long programmeId, @PathVariable Long meetingId,
                                    @RequestBody AttendanceRequest request, Authentication auth) {
        requireTeam(programmeId, meetingId, auth);
        records.recordAttendance(meetingId, request.presentRegistrations(), request.walkIns());
        return attendance(programmeId, meetingId, auth);
    }

    @GetMapping("/{meetingId}/attendance")
    List<AttendanceView> attendance(@PathVariable Long programmeId, @PathVariable Long meetingId, Authentication auth) {
        requireTeam(programmeId, meetingId, auth);
        var refs = registrations.of(meetingId).stream().collect(Collectors.toMap(Registration::getId, Registration::getReference));
        return records.attendance(meetingId).stream().map(a -> new AttendanceView(a.getOrganisation(), a.getPerson(),
                a.getRegistrationId() == null ? null : refs.get(a.getRegistrationId()))).toList();
    }

    @PostMapping("/{meetingId}/postulates")
    @Operation(summary = "Record a postulate raised by an organisation that took part")
    ResponseEntity<PostulateView> postulate(@PathVariable Long programmeId, @PathVariable Long meetingId,
                                            @RequestBody PostulateRequest request, Authentication auth) {
        requireTeam(programmeId, meetingId, auth);
        Postulate p = records.addPostulate(meetingId, request.organisation(), request.content());
        return ResponseEntity.created(URI.create("/api/programmes/" + programmeId + "/meetings/" + meetingId + "/postulates/"
                + p.getId())).body(PostulateView.of(p));
    }

    @GetMapping("/{meetingId}/postulates")
    List<PostulateView> postulates(@PathVariable Long programmeId, @PathVariable Long meetingId) {
        meetings.get(programmeId, meetingId);
        return records.postulates(meetingId).stream().map(PostulateView::of).toList();
    }

    @PostMapping("/{meetingId}/postulates/{postulateId}/proposal")
    @Operation(summary = "Turn a postulate into a proposal of a priority task (the ordinary intake; 409 after the call closes)")
    PostulateView toProposal(@PathVariable Long programmeId, @PathVariable Long meetingId, @PathVariable Long postulateId,
                             @RequestBody PostulateProposal request, Authentication auth) {
        requirePostulate(programmeId, meetingId, postulateId, auth);
        return PostulateView.of(records.toProposal(postulateId, request));
    }

    @PostMapping("/{meetingId}/postulates/{postulateId}/comment")
    @Operation(summary = "Enter a postulate raised during the consultation as a consultation comment (channel MEETING; 409 "
            + "when no consultation of the programme is open for comments)")
    PostulateView toComment(@PathVariable Long programmeId, @PathVariable Long meetingId, @PathVariable Long postulateId,
                            @RequestBody PostulateComment request, Authentication auth) {
        requirePostulate(programmeId, meetingId, postulateId, auth);
        return PostulateView.of(records.toComment(postulateId, request));
    }

    @PostMapping("/{meetingId}/postulates/{postulateId}/remark")
    @Operation(summary = "Record a postulate as a remark for a chapter of the programme's text")
    PostulateView toRemark(@PathVariable Long programmeId, @PathVariable Long meetingId, @PathVariable Long postulateId,
                           @RequestBody RemarkRequest request, Authentication auth) {
        requirePostulate(programmeId, meetingId, postulateId, auth);
        return PostulateView.of(records.toRemark(postulateId, request.chapter(), request.note()));
    }

    private static final java.util.List<String> MINUTES_TYPES = java.util.List.of("pdf", "docx", "doc", "odt", "rtf", "txt",
            "jpg", "jpeg", "png");

    @PutMapping(path = "/{meetingId}/minutes", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attach the minutes (notatka) in the part 'file'; at most 5 MB, replaces an earlier file")
    ResponseEntity<Void> uploadMinutes(@PathVariable Long programmeId, @PathVariable Long meetingId,
                                       @RequestParam("file") MultipartFile file, Authentication auth) throws IOException {
        requireTeam(programmeId, meetingId, auth);
        byte[] content = pl.wspolnie.shared.Uploads.read(file, MINUTES_TYPES, "PDF, dokument tekstowy lub zdjęcie");
        minutes.upload(meetingId, pl.wspolnie.shared.Uploads.name(file), content);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{meetingId}/minutes")
    @Operation(summary = "The minutes (they name people): the meeting's team, the coordination team and administrators only")
    ResponseEntity<byte[]> minutes(@PathVariable Long programmeId, @PathVariable Long meetingId, Authentication auth) {
        requireTeam(programmeId, meetingId, auth);
        var file = minutes.minutes(meetingId).orElseThrow(() -> new NotFoundException("Minutes of meeting", meetingId));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(file.bytes());
    }

    private void requirePostulate(Long programmeId, Long meetingId, Long postulateId, Authentication auth) {
        requireTeam(programmeId, meetingId, auth);
        if (!records.postulate(postulateId).getMeetingId().equals(meetingId)) {
            throw new NotFoundException("Postulate", postulateId);
        }
    }

    private void requireTeam(Long programmeId, Long meetingId, Authentication auth) {
        if (!MeetingService.mayAct(meetings.get(programmeId, meetingId), groups(auth))) {
            throw new AccessDeniedException("Only the meeting's team and the coordination team");
        }
    }

    private static Set<String> groups(Authentication auth) {
        return auth == null ? Set.of() : auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
    }

    private MeetingView view(Meeting m) {
        long taken = registrations.seatsTaken(m.getId());
        long waiting = registrations.of(m.getId()).stream().filter(r -> r.getStatus() == RegistrationStatus.WAITING).count();
        return new MeetingView(m.getId(), m.getKind(), m.getKind().label(), m.getTopic(), m.getSectors(), m.getStartsAt(),
                m.getEndsAt(), m.getPlace(), m.getOnlineLink(), m.getCapacity(), m.getModerator(), m.getRegistrationClosesAt(),
                m.getTeam(), m.getStatus(), taken, waiting, records.attendance(m.getId()).size(),
                records.postulates(m.getId()).size(), minutes.hasMinutes(m.getId()), m.getProcessInstanceId());
    }
}
