package pl.wspolnie.publicsite;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import pl.wspolnie.meeting.Meeting;
import pl.wspolnie.meeting.MeetingDates;
import pl.wspolnie.meeting.MeetingRecords;
import pl.wspolnie.meeting.MeetingService;
import pl.wspolnie.meeting.MeetingStatus;
import pl.wspolnie.meeting.Registration;
import pl.wspolnie.meeting.RegistrationForm;
import pl.wspolnie.meeting.RegistrationService;
import pl.wspolnie.meeting.RegistrationStatus;
import pl.wspolnie.municipality.MunicipalityProfile;
import pl.wspolnie.shared.ConflictException;
import pl.wspolnie.shared.NotFoundException;
import pl.wspolnie.shared.PolishFieldErrors;

/**
 * The meeting schedule for NGOs (no login, no JavaScript): upcoming and past meetings by sector and date, the
 * registration form, its confirmation and cancellation by the link of the e-mail. Names of organisations appear
 * only where they agreed; people's names and addresses never.
 */
@Controller
@RequestMapping("/spotkania")
class MeetingPages {

    /** A meeting as the schedule shows it. */
    record Item(Long id, String kind, String topic, String sectors, String when, String until, String place, String onlineLink,
                String moderator, String deadline, boolean open, long seatsLeft, boolean held, List<String> organisations) {
    }

    record SectorLink(String code, String name, boolean current) {
    }

    private final MeetingService meetings;
    private final RegistrationService registrations;
    private final MeetingRecords records;
    private final MunicipalityProfile profile;
    private final Clock clock;
    private final ZoneId zone;

    MeetingPages(MeetingService meetings, RegistrationService registrations, MeetingRecords records, MunicipalityProfile profile,
                 Clock clock, ZoneId municipalityZone) {
        this.meetings = meetings;
        this.registrations = registrations;
        this.records = records;
        this.profile = profile;
        this.clock = clock;
        this.zone = municipalityZone;
    }

    @GetMapping
    String schedule(@RequestParam(name = "obszar", required = false) String sector, Model model) {
        Instant now = clock.instant();
        List<Meeting> shown = meetings.publicSchedule().stream()
                .filter(m -> sector == null || sector.isBlank() || m.getSectors().isEmpty() || m.getSectors().contains(sector)).toList();
        model.addAttribute("upcoming", shown.stream().filter(m -> m.getStatus() != MeetingStatus.HELD && m.getEndsAt().isAfter(now))
                .map(m -> item(m, now, false)).toList());
        model.addAttribute("past", shown.stream().filter(m -> m.getStatus() == MeetingStatus.HELD || !m.getEndsAt().isAfter(now))
                .sorted((a, b) -> b.getStartsAt().compareTo(a.getStartsAt())).map(m -> item(m, now, false)).toList());
        model.addAttribute("sectors", profile.sectors().stream()
                .map(s -> new SectorLink(s.code(), s.name(), s.code().equals(sector))).toList());
        model.addAttribute("sectorName", sector == null ? null : profile.sector(sector).map(MunicipalityProfile.Sector::name).orElse(null));
        return "public/meetings";
    }

    /** The token is read here, so its cookie is set before the page is written. */
    @GetMapping("/{id}")
    String meeting(@PathVariable Long id, Model model, CsrfToken csrf) {
        csrf.getToken();
        return page(model, publicMeeting(id), new MeetingRegistrationForm(), Map.of());
    }

    @PostMapping("/{id}")
    Object register(@PathVariable Long id, @ModelAttribute("form") MeetingRegistrationForm form, Model model,
                    HttpServletResponse response) {
        Meeting meeting = publicMeeting(id);
        try {
            registrations.requireOpen(id);
        } catch (ConflictException e) {
            return closed(meeting);
        }
        RegistrationForm typed = form.toForm();
        Map<String, String> errors = messages(RegistrationService.validate(typed));
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(model, meeting, form, errors);
        }
        String reference = registrations.register(id, typed).registration().getReference();
        RedirectView confirmation = new RedirectView("/spotkania/potwierdzenie/" + reference, true);
        confirmation.setStatusCode(HttpStatus.SEE_OTHER);
        return new ModelAndView(confirmation);
    }

    /** The form sent with an expired or missing token, shown again as typed (see {@link ExpiredForms}); stores nothing. */
    @PostMapping(path = "/{id}", headers = ExpiredForms.HEADER)
    String registerExpired(@PathVariable Long id, @ModelAttribute("form") MeetingRegistrationForm form, Model model,
                           HttpServletResponse response) {
        return page(model, publicMeeting(id), form, ExpiredForms.errors(response));
    }

    @GetMapping("/potwierdzenie/{reference}")
    String confirmation(@PathVariable String reference, Model model) {
        Registration r = registrations.byReference(reference).orElseThrow(() -> new NotFoundException("Registration", reference));
        model.addAttribute("reference", r.getReference());
        model.addAttribute("waiting", r.getStatus() == RegistrationStatus.WAITING);
        model.addAttribute("cancelled", r.getStatus() == RegistrationStatus.CANCELLED);
        model.addAttribute("meeting", item(meetings.get(r.getMeetingId()), clock.instant(), false));
        return "public/meeting-confirmation";
    }

    @GetMapping("/rezygnacja/{token}")
    String cancelPage(@PathVariable String token, Model model, CsrfToken csrf) {
        csrf.getToken();
        return cancelModel(token, model);
    }

    private String cancelModel(String token, Model model) {
        Registration r = registrations.byToken(token).orElseThrow(() -> new NotFoundException("Registration", "token"));
        model.addAttribute("token", token);
        model.addAttribute("reference", r.getReference());
        model.addAttribute("done", r.getStatus() == RegistrationStatus.CANCELLED);
        model.addAttribute("meeting", item(meetings.get(r.getMeetingId()), clock.instant(), false));
        return "public/meeting-cancel";
    }

    /** Cancelling with an expired token: the question again, with a fresh token and the explanation. */
    @PostMapping(path = "/rezygnacja/{token}", headers = ExpiredForms.HEADER)
    String cancelExpired(@PathVariable String token, Model model, HttpServletResponse response) {
        model.addAttribute("errors", ExpiredForms.errors(response));
        return cancelModel(token, model);
    }

    @PostMapping("/rezygnacja/{token}")
    Object cancel(@PathVariable String token, Model model) {
        Registration r = registrations.byToken(token).orElseThrow(() -> new NotFoundException("Registration", "token"));
        Meeting meeting = meetings.get(r.getMeetingId());
        try {
            registrations.cancel(token);
        } catch (ConflictException e) {
            return problem(HttpStatus.CONFLICT, "Spotkanie już się rozpoczęło",
                    "Z udziału w spotkaniu „" + meeting.getTopic() + "” nie można już zrezygnować, bo się rozpoczęło.");
        }
        return cancelModel(token, model);
    }

    private Meeting publicMeeting(Long id) {
        Meeting meeting = meetings.get(id);
        if (meeting.getStatus() == MeetingStatus.PLANNED) {
            throw new NotFoundException("Meeting", id);
        }
        return meeting;
    }

    private String page(Model model, Meeting meeting, MeetingRegistrationForm form, Map<String, String> errors) {
        model.addAttribute("meeting", item(meeting, clock.instant(), true));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "public/meeting";
    }

    private ModelAndView closed(Meeting meeting) {
        return problem(HttpStatus.CONFLICT, "Zapisy na spotkanie są zamknięte",
                "Zapisy na spotkanie „" + meeting.getTopic() + "” zakończyły się "
                        + MeetingDates.when(meeting.getRegistrationClosesAt(), zone)
                        + ". Skontaktuj się z zespołem prowadzącym, jeśli chcesz przyjść mimo to.");
    }

    private static ModelAndView problem(HttpStatus status, String heading, String message) {
        ModelAndView page = new ModelAndView("public/problem");
        page.setStatus(status);
        page.addObject("heading", heading);
        page.addObject("message", message);
        return page;
    }

    private Item item(Meeting m, Instant now, boolean withOrganisations) {
        String sectors = m.getSectors().isEmpty() ? "wszystkie obszary" : String.join(", ", m.getSectors().stream()
                .map(code -> profile.sector(code).map(MunicipalityProfile.Sector::name).orElse(code)).toList());
        boolean held = m.getStatus() == MeetingStatus.HELD;
        List<String> organisations = withOrganisations && held ? consenting(m.getId()) : List.of();
        return new Item(m.getId(), m.getKind().label(), m.getTopic(), sectors, MeetingDates.when(m.getStartsAt(), zone),
                MeetingDates.clock(m.getEndsAt(), zone), m.getPlace(), m.getOnlineLink(), m.getModerator(),
                MeetingDates.when(m.getRegistrationClosesAt().minusSeconds(60), zone), m.registrationOpen(now),
                Math.max(0, m.getCapacity() - registrations.seatsTaken(m.getId())), held, organisations);
    }

    /** Organisations present whose registration agreed to publishing their name; walk-ins never. */
    private List<String> consenting(Long meetingId) {
        var agreed = registrations.of(meetingId).stream().filter(Registration::isPublishConsent).map(Registration::getId).toList();
        return records.attendance(meetingId).stream().filter(a -> a.getRegistrationId() != null && agreed.contains(a.getRegistrationId()))
                .map(a -> a.getOrganisation()).distinct().sorted().toList();
    }

    private static final PolishFieldErrors REGISTRATION_ERRORS = new PolishFieldErrors(
            Map.of("organisation", "Nazwa organizacji", "krs", "Numer KRS", "person", "Imię i nazwisko", "email", "Adres e-mail",
                    "needs", "Potrzeby"),
            Map.of("organisation", "Podaj nazwę organizacji.", "person", "Podaj imię i nazwisko osoby, która przyjdzie.",
                    "email", "Podaj adres e-mail, na który wyślemy potwierdzenie."));

    private static Map<String, String> messages(List<pl.wspolnie.shared.InvalidInputException.FieldError> errors) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (var e : errors) {
            byField.putIfAbsent(e.field(), REGISTRATION_ERRORS.message(e.field(), e.message()));
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        List.of("organisation", "krs", "person", "email", "needs").stream().filter(byField::containsKey)
                .forEach(f -> ordered.put(f, byField.get(f)));
        return ordered;
    }
}
