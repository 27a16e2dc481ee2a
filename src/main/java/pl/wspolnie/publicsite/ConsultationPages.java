package pl.wspolnie.publicsite;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import pl.wspolnie.security.PersonNames;
import pl.wspolnie.consultation.CommentDecision;
import pl.wspolnie.consultation.Consultation;
import pl.wspolnie.consultation.ConsultationComment;
import pl.wspolnie.consultation.ConsultationService;
import pl.wspolnie.consultation.ConsultationStatus;
import pl.wspolnie.drafting.DraftFile;
import pl.wspolnie.drafting.DraftOutline;
import pl.wspolnie.drafting.DraftingService;
import pl.wspolnie.drafting.PublishedDraft;
import pl.wspolnie.programme.Programme;
import pl.wspolnie.programme.ProgrammeService;
import pl.wspolnie.programme.Stage;
import pl.wspolnie.shared.ConflictException;
import pl.wspolnie.shared.InvalidInputException;
import pl.wspolnie.shared.NotFoundException;
import pl.wspolnie.subscription.SubscriptionService;

/**
 * The public consultation of the draft (issue #5): the list of consultations at the site root, the page of one
 * consultation with the draft as readable HTML and its DOCX, the comment form beside every part of the draft,
 * and, once the report is published, every comment's answer under the part it addressed. Comments go through
 * {@link ConsultationService#submitFromPublicForm} like the API: same rules, same e-mail receipt, channel PUBLIC_FORM.
 */
@Controller
class ConsultationPages {

    private static final Logger log = LoggerFactory.getLogger(ConsultationPages.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm");
    private static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    enum Phase { UPCOMING, OPEN, CLOSED, REPORTED }

    /** A programme's consultation as the list and the page show it. */
    record Summary(Long id, String title, String years, Phase phase, String state, String tone, String from, String to,
                   String opinionDeadline, boolean datesPlanned) {
    }

    /** The coordination team ended the window before its planned end: when, who (name) and why. */
    record EarlyEnd(String when, String by, String reason) {
    }

    /** A comment with its answer, as the page shows it after the report (no contact data). */
    record Answer(String reference, String organisation, String section, String proposedText, String decision,
                  String tone, String justification) {
    }

    private final ProgrammeService programmes;
    private final ConsultationService consultations;
    private final DraftingService drafting;
    private final SubscriptionService subscriptions;
    private final PersonNames people;
    private final ZoneId zone;

    ConsultationPages(ProgrammeService programmes, ConsultationService consultations, DraftingService drafting,
                      SubscriptionService subscriptions, PersonNames people, ZoneId municipalityZone) {
        this.people = people;
        this.programmes = programmes;
        this.consultations = consultations;
        this.drafting = drafting;
        this.subscriptions = subscriptions;
        this.zone = municipalityZone;
    }

    @GetMapping("/")
    String list(Model model) {
        List<Summary> all = programmes.list().stream()
                .sorted(Comparator.comparing(Programme::getFirstYear).reversed().thenComparing(Programme::getId, Comparator.reverseOrder()))
                .map(this::summary).flatMap(Optional::stream).toList();
        model.addAttribute("open", all.stream().filter(s -> s.phase() == Phase.OPEN).toList());
        model.addAttribute("upcoming", all.stream().filter(s -> s.phase() == Phase.UPCOMING).toList());
        model.addAttribute("closed", all.stream().filter(s -> s.phase() == Phase.CLOSED || s.phase() == Phase.REPORTED).toList());
        return "public/consultations";
    }

    @GetMapping({"/konsultacje", "/konsultacje/"})
    RedirectView index() {
        RedirectView home = new RedirectView("/", true);
        home.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
        return home;
    }

    @GetMapping("/konsultacje/{programmeId}")
    String page(@PathVariable Long programmeId, Model model) {
        Programme programme = programmes.get(programmeId);
        Summary summary = summary(programme).orElseThrow(() -> new NotFoundException("Consultation of programme", programmeId));
        Optional<PublishedDraft> draft = summary.phase() == Phase.UPCOMING ? Optional.empty() : drafting.published(programmeId);
        model.addAttribute("c", summary);
        model.addAttribute("draft", draft.orElse(null));
        model.addAttribute("earlyEnd", consultations.current(programmeId).filter(c -> c.getEndedEarlyAt() != null)
                .map(c -> new EarlyEnd(PolishDates.date(c.getEndedEarlyAt(), zone) + ", godz. "
                        + WHEN.format(c.getEndedEarlyAt().atZone(zone)), name(c.getEndedEarlyBy()), c.getEarlyEndReason()))
                .orElse(null));
        Map<String, List<Answer>> byAnchor = new LinkedHashMap<>();
        List<Answer> others = new ArrayList<>();
        if (summary.phase() == Phase.REPORTED) {
            Set<String> anchors = draft.map(d -> anchors(d.outline())).orElse(Set.of());
            Long round = consultations.current(programmeId).map(Consultation::getId).orElse(null);
            for (ConsultationComment comment : consultations.comments(programmeId)) {
                if (!comment.getConsultationId().equals(round)) {
                    continue;
                }
                Answer answer = answer(comment);
                if (comment.getAnchor() != null && anchors.contains(comment.getAnchor())) {
                    byAnchor.computeIfAbsent(comment.getAnchor(), k -> new ArrayList<>()).add(answer);
                } else {
                    others.add(answer);
                }
            }
        }
        model.addAttribute("answers", byAnchor);
        model.addAttribute("otherAnswers", others);
        model.addAttribute("draftSize", draft.map(d -> kilobytes(d.sizeBytes())).orElse(""));
        return "public/consultation";
    }

    @GetMapping("/konsultacje/{programmeId}/projekt.docx")
    ResponseEntity<byte[]> draftDocument(@PathVariable Long programmeId) {
        return download(drafting.publishedDocument(programmeId));
    }

    @GetMapping("/konsultacje/{programmeId}/raport.docx")
    ResponseEntity<byte[]> report(@PathVariable Long programmeId) {
        programmes.get(programmeId);
        boolean reported = consultations.current(programmeId).map(c -> c.getStatus() == ConsultationStatus.SIGNED_OFF).orElse(false);
        if (!reported) {
            throw new NotFoundException("Consultation report of programme", programmeId);
        }
        return download(drafting.consultationReport(programmeId));
    }

    /** The token is read here, so its cookie is set before the page is written. */
    @GetMapping("/konsultacje/{programmeId}/uwagi/nowa")
    String form(@PathVariable Long programmeId, @RequestParam(name = "fragment", required = false) String fragment,
                Model model, CsrfToken csrf) {
        csrf.getToken();
        Programme programme = requireOpen(programmeId);
        var part = drafting.published(programmeId).flatMap(d -> d.outline().part(fragment));
        CommentForm form = CommentForm.blank(programme.getFirstYear(), part.map(DraftOutline.Part::anchor).orElse(null),
                part.map(DraftOutline.Part::label).orElse(null), part.map(p -> truncate(p.wording(), 10000)).orElse(null));
        return formPage(model, programme, form, Map.of());
    }

    @PostMapping("/konsultacje/{programmeId}/uwagi/nowa")
    Object submit(@PathVariable Long programmeId, @ModelAttribute("form") CommentForm form, Model model,
                  HttpServletResponse response) {
        Programme programme = requireOpen(programmeId);
        Set<String> anchors = drafting.published(programmeId).map(d -> anchors(d.outline())).orElse(Set.of());
        var submission = form.toSubmission(programme.getFirstYear(), anchors::contains);
        ConsultationService.Submitted submitted;
        try {
            submitted = pl.wspolnie.shared.Idempotent.submit(() -> consultations.submitFromPublicForm(programmeId, submission));
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return formPage(model, programme, form, CommentForm.messages(e.errors()));
        }
        if (submitted.created() && form.isSubscribe()) {
            try {
                subscriptions.subscribe(submission.email());
            } catch (InvalidInputException e) {
                log.info("Comment {}: the address was not taken for consultation news: {}", submission.externalRef(), e.getMessage());
            }
        }
        RedirectView confirmation = new RedirectView("/konsultacje/" + programmeId + "/uwagi/" + submitted.comment().getExternalRef(), true);
        confirmation.setStatusCode(HttpStatus.SEE_OTHER);
        return new ModelAndView(confirmation);
    }

    /** The form sent with an expired or missing token, shown again as typed (see {@link ExpiredForms}); stores nothing. */
    @PostMapping(path = "/konsultacje/{programmeId}/uwagi/nowa", headers = ExpiredForms.HEADER)
    String submitExpired(@PathVariable Long programmeId, @ModelAttribute("form") CommentForm form, Model model,
                         HttpServletResponse response) {
        return formPage(model, requireOpen(programmeId), form, ExpiredForms.errors(response));
    }

    @GetMapping("/konsultacje/{programmeId}/uwagi/{reference}")
    String confirmation(@PathVariable Long programmeId, @PathVariable String reference, Model model) {
        Programme programme = programmes.get(programmeId);
        if (!CommentForm.wellFormedReference(reference)) {
            throw new NotFoundException("Comment", reference);
        }
        ConsultationComment comment = consultations.comment(programmeId, reference)
                .orElseThrow(() -> new NotFoundException("Comment", reference));
        model.addAttribute("c", summary(programme).orElseThrow());
        model.addAttribute("reference", comment.getExternalRef());
        model.addAttribute("section", comment.getSection());
        model.addAttribute("back", "/konsultacje/" + programmeId + (comment.getAnchor() == null ? "" : "#" + comment.getAnchor()));
        model.addAttribute("receivedOn", PolishDates.date(comment.getCreatedAt(), zone));
        return "public/comment-confirmation";
    }

    /** Comments are refused once the window has closed: a page in Polish, nothing stored. */
    @ExceptionHandler(ConflictException.class)
    ModelAndView closed() {
        ModelAndView page = new ModelAndView("public/problem");
        page.setStatus(HttpStatus.CONFLICT);
        page.addObject("heading", "Konsultacje są zakończone");
        page.addObject("message", "Termin zgłaszania uwag do tego projektu minął, więc uwagi nie przyjęliśmy. "
                + "Na stronie konsultacji znajdziesz projekt, a po opublikowaniu raportu – odpowiedzi na zgłoszone uwagi.");
        page.addObject("backHref", "/");
        page.addObject("backText", "Wróć do listy konsultacji");
        return page;
    }

    private Programme requireOpen(Long programmeId) {
        Programme programme = programmes.get(programmeId);
        if (!consultations.acceptsComments(programmeId)) {
            throw new ConflictException("The consultation of programme " + programmeId + " takes no comments");
        }
        return programme;
    }

    private String formPage(Model model, Programme programme, CommentForm form, Map<String, String> errors) {
        model.addAttribute("c", summary(programme).orElseThrow());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "public/comment-form";
    }

    private Optional<Summary> summary(Programme p) {
        String years = ProposalPages.yearsOf(p);
        Optional<Consultation> current = consultations.current(p.getId());
        if (current.isEmpty()) {
            if (p.getStage().compareTo(Stage.CONSULTATION) >= 0) {
                return Optional.empty();
            }
            var calendar = p.getCalendar();
            boolean planned = calendar != null && calendar.consultationStart() != null;
            return Optional.of(new Summary(p.getId(), p.getTitle(), years, Phase.UPCOMING, "zaplanowane", "open",
                    planned ? PolishDates.date(calendar.consultationStart()) : "",
                    planned ? PolishDates.date(calendar.consultationEnd()) : "",
                    calendar == null ? "" : PolishDates.date(calendar.opinionDeadline()), planned));
        }
        Consultation c = current.get();
        String from = PolishDates.date(c.getOpenedAt(), zone);
        String to = PolishDates.date(lastDay(c.getClosesAt()));
        String opinion = PolishDates.date(lastDay(c.getOpinionDeadline()));
        if (c.getStatus() == ConsultationStatus.SIGNED_OFF) {
            return Optional.of(new Summary(p.getId(), p.getTitle(), years, Phase.REPORTED, "zakończone – raport opublikowany",
                    "accepted", from, to, opinion, true));
        }
        if (consultations.acceptsComments(p.getId())) {
            return Optional.of(new Summary(p.getId(), p.getTitle(), years, Phase.OPEN, "trwają", "accepted", from, to, opinion, true));
        }
        return Optional.of(new Summary(p.getId(), p.getTitle(), years, Phase.CLOSED, "zakończone – trwa rozpatrywanie uwag",
                "rejected", from, to, opinion, true));
    }

    /** A person of the office as the public reads them: first and last name, else the login. */
    private String name(String userId) {
        return people.displayName(userId);
    }

    /** The last day of a window that ends at the start of the next day. */
    private LocalDate lastDay(Instant end) {
        return end == null ? null : LocalDate.ofInstant(end.minusSeconds(1), zone);
    }

    private static Answer answer(ConsultationComment c) {
        CommentDecision d = c.getDecision();
        String decision = d == null ? "bez odpowiedzi" : switch (d) {
            case ACCEPTED -> "uwzględniona";
            case PARTLY_ACCEPTED -> "uwzględniona częściowo";
            case REJECTED -> "nieuwzględniona";
        };
        String tone = d == null ? "open" : switch (d) {
            case ACCEPTED, PARTLY_ACCEPTED -> "accepted";
            case REJECTED -> "rejected";
        };
        return new Answer(c.getExternalRef(), c.getOrganisation(), c.getSection(), c.getProposedText(), decision, tone,
                c.getResponseJustification());
    }

    private static Set<String> anchors(DraftOutline outline) {
        Set<String> all = new HashSet<>();
        for (var u : outline.units()) {
            all.add(u.anchor());
            u.points().forEach(p -> all.add(p.anchor()));
        }
        return all;
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static String kilobytes(long bytes) {
        return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
    }

    private static ResponseEntity<byte[]> download(DraftFile file) {
        return ResponseEntity.ok()
                .contentType(DOCX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(file.bytes());
    }
}
