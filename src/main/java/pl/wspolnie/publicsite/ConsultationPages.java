package pl.wspolnie.publicsite;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
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
import pl.wspolnie.consultation.ConsultationComment;
import pl.wspolnie.consultation.ConsultationService;
import pl.wspolnie.consultation.ConsultationStatus;
import pl.wspolnie.drafting.DraftFile;
import pl.wspolnie.drafting.DraftOutline;
import pl.wspolnie.drafting.DraftingService;
import pl.wspolnie.drafting.PublishedDraft;
import pl.wspolnie.programme.Programme;
import pl.wspolnie.programme.ProgrammeService;
import pl.wspolnie.publicsite.ConsultationViews.Phase;
import pl.wspolnie.publicsite.ConsultationViews.Summary;
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
    private static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final ProgrammeService programmes;
    private final ConsultationService consultations;
    private final ConsultationViews views;
    private final DraftingService drafting;
    private final SubscriptionService subscriptions;

    ConsultationPages(ProgrammeService programmes, ConsultationService consultations, ConsultationViews views,
                      DraftingService drafting, SubscriptionService subscriptions) {
        this.programmes = programmes;
        this.consultations = consultations;
        this.views = views;
        this.drafting = drafting;
        this.subscriptions = subscriptions;
    }

    @GetMapping("/")
    String list(Model model) {
        List<Summary> all = programmes.list().stream()
                .sorted(Comparator.comparing(Programme::getFirstYear).reversed().thenComparing(Programme::getId, Comparator.reverseOrder()))
                .map(views::summary).flatMap(Optional::stream).toList();
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
        Summary summary = views.summary(programme).orElseThrow(() -> new NotFoundException("Consultation of programme", programmeId));
        Optional<PublishedDraft> draft = summary.phase() == Phase.UPCOMING ? Optional.empty() : drafting.published(programmeId);
        model.addAttribute("c", summary);
        model.addAttribute("draft", draft.orElse(null));
        model.addAttribute("earlyEnd", views.earlyEnd(programmeId));
        var answers = views.answers(programmeId, summary, draft);
        model.addAttribute("answers", answers.byAnchor());
        model.addAttribute("otherAnswers", answers.others());
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
        Set<String> anchors = drafting.published(programmeId).map(d -> ConsultationViews.anchors(d.outline())).orElse(Set.of());
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
        model.addAttribute("c", views.summary(programme).orElseThrow());
        model.addAttribute("reference", comment.getExternalRef());
        model.addAttribute("section", comment.getSection());
        model.addAttribute("back", "/konsultacje/" + programmeId + (comment.getAnchor() == null ? "" : "#" + comment.getAnchor()));
        model.addAttribute("receivedOn", views.day(comment.getCreatedAt()));
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
        model.addAttribute("c", views.summary(programme).orElseThrow());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "public/comment-form";
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
