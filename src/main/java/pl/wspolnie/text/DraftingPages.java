package pl.wspolnie.text;

import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.wspolnie.consultation.CommentDecision;
import pl.wspolnie.consultation.ConsultationComment;
import pl.wspolnie.consultation.ConsultationService;
import pl.wspolnie.municipality.MunicipalityProfile;
import pl.wspolnie.programme.Programme;
import pl.wspolnie.programme.ProgrammeService;
import pl.wspolnie.programme.StageLabels;
import pl.wspolnie.security.PersonNames;
import pl.wspolnie.shared.ConflictException;
import pl.wspolnie.shared.InvalidInputException;
import pl.wspolnie.shared.PolishFieldErrors;

/**
 * The drafting page for the staff (server-rendered, Polish, same login as Tasklist): the draft as units with their
 * labels, an edit form for each unit the user's team may change (with the consultation's comments it answers) and
 * the unit's edit history.
 */
@Controller
class DraftingPages {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.forLanguageTag("pl-PL"));

    /** A unit as the page lists it. */
    record Row(Long id, String label, String number, int depth, String kind, String heading, String text, boolean editable,
               String lastEdit) {
    }

    /** An edit as the history shows it. */
    record EditRow(String editor, String when, String before, String after, String answers, String reason) {
    }

    /** A comment of the consultation the edit may answer. */
    record CommentOption(String ref, String organisation, String section, String decision, boolean checked) {
    }

    private final TextService text;
    private final ProgrammeService programmes;
    private final ConsultationService consultations;
    private final CommentTraces traces;
    private final MunicipalityProfile profile;
    private final PersonNames names;
    private final ZoneId zone;

    DraftingPages(TextService text, ProgrammeService programmes, ConsultationService consultations, CommentTraces traces,
                  MunicipalityProfile profile, PersonNames names, ZoneId municipalityZone) {
        this.text = text;
        this.programmes = programmes;
        this.consultations = consultations;
        this.traces = traces;
        this.profile = profile;
        this.names = names;
        this.zone = municipalityZone;
    }

    @GetMapping("/logowanie-tasklist")
    String login(@RequestParam(name = "powrot", required = false) String back, Model model) {
        model.addAttribute("back", back != null && back.startsWith("/drafting/") ? back : null);
        return "drafting/login";
    }

    @GetMapping("/drafting/programmes/{programmeId}")
    String programme(@PathVariable Long programmeId, Authentication authentication, Model model) {
        Programme p = programmes.get(programmeId);
        Editor editor = TextController.editor(authentication);
        Set<Long> editable = text.frozen(programmeId).isPresent() ? Set.of() : text.editable(programmeId, editor);
        Map<Long, TextEdit> last = text.edits(programmeId).stream()
                .collect(Collectors.toMap(TextEdit::getUnitId, Function.identity(), (a, b) -> b));
        Map<String, String> editors = new java.util.HashMap<>();
        List<Row> rows = text.numbered(programmeId).stream().map(n -> new Row(n.id(), n.label(), n.number(), n.depth(),
                n.unit().kind().name(), n.unit().heading(), n.unit().text(), editable.contains(n.id()),
                last.containsKey(n.id()) ? editors.computeIfAbsent(last.get(n.id()).getEditor(), names::displayName) + ", " + when(last.get(n.id())) : null)).toList();
        common(model, p, editor);
        model.addAttribute("rows", rows);
        model.addAttribute("editableCount", editable.size());
        model.addAttribute("traces", traces.accepted(programmeId));
        model.addAttribute("coordinator", editor.coordinator());
        return "drafting/programme";
    }

    /** The coordination team records why an accepted comment needed no change of the text. */
    @PostMapping("/drafting/programmes/{programmeId}/comments/{ref}/no-edit")
    String noEdit(@PathVariable Long programmeId, @PathVariable String ref,
                  @RequestParam(name = "reason", required = false) String reason, Authentication authentication,
                  RedirectAttributes redirect, HttpServletResponse response) {
        Editor editor = TextController.editor(authentication);
        if (!editor.coordinator()) {
            response.setStatus(403);
            redirect.addFlashAttribute("traceError", "Wyjaśnienie zapisuje zespół koordynacyjny.");
        } else {
            try {
                traces.recordNoEditNeeded(programmeId, ref, reason, editor);
                redirect.addFlashAttribute("saved", "Zapisano wyjaśnienie do uwagi " + ref + ".");
            } catch (InvalidInputException e) {
                redirect.addFlashAttribute("traceError", "Nie zapisano wyjaśnienia do uwagi " + ref + ": "
                        + (e.errors().stream().anyMatch(x -> x.field().equals("reason"))
                        ? "wpisz wyjaśnienie (najwyżej 2000 znaków)." : "to nie jest uwzględniona uwaga tych konsultacji."));
            }
        }
        return "redirect:/drafting/programmes/" + programmeId + "#uwagi";
    }

    @GetMapping("/drafting/programmes/{programmeId}/units/{unitId}")
    String unit(@PathVariable Long programmeId, @PathVariable Long unitId, Authentication authentication, Model model,
                HttpServletResponse response) {
        return unitPage(programmeId, unitId, authentication, model, null, List.of(), null, response, null);
    }

    @PostMapping("/drafting/programmes/{programmeId}/units/{unitId}")
    String edit(@PathVariable Long programmeId, @PathVariable Long unitId, @RequestParam(name = "text", required = false) String newText,
                @RequestParam(name = "answers", required = false) List<String> answers,
                @RequestParam(name = "reason", required = false) String reason, Authentication authentication, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        List<String> chosen = answers == null ? List.of() : answers;
        try {
            Citations.Numbered saved = text.edit(programmeId, unitId, new TextChange(newText, chosen, reason),
                    TextController.editor(authentication));
            redirect.addFlashAttribute("saved", "Zapisano nowe brzmienie: " + saved.label() + ".");
            return "redirect:/drafting/programmes/" + programmeId + "#u" + unitId;
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return unitPage(programmeId, unitId, authentication, model, newText, chosen, reason, response,
                    e.errors().stream().map(DraftingPages::polish).toList());
        } catch (ConflictException e) {
            response.setStatus(409);
            return unitPage(programmeId, unitId, authentication, model, newText, chosen, reason, response, List.of(e.getMessage()));
        } catch (EditForbiddenException e) {
            response.setStatus(403);
            return unitPage(programmeId, unitId, authentication, model, newText, chosen, reason, response, List.of(e.getMessage()));
        }
    }

    private String unitPage(Long programmeId, Long unitId, Authentication authentication, Model model, String typed,
                            List<String> answers, String reason, HttpServletResponse response, List<String> errors) {
        Programme p = programmes.get(programmeId);
        Editor editor = TextController.editor(authentication);
        List<EditRow> history = text.history(programmeId, unitId).stream().map(e -> new EditRow(names.displayName(e.getEditor()), when(e),
                e.getBeforeText(), e.getAfterText(), String.join(", ", e.getAnswers()), e.getReason())).toList();
        Citations.Numbered n = text.numbered(programmeId).stream().filter(x -> x.id().equals(unitId)).findFirst().orElseThrow();
        boolean may = text.mayEdit(editor, n.unit()) && n.unit().kind() != UnitKind.CHAPTER;
        if (!may && errors == null) {
            response.setStatus(403);
        }
        common(model, p, editor);
        model.addAttribute("unit", n);
        model.addAttribute("mayEdit", may);
        model.addAttribute("typed", typed != null ? typed : n.unit().text());
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors == null ? List.of() : errors);
        model.addAttribute("history", history);
        model.addAttribute("comments", consultations.comments(programmeId).stream()
                .map(c -> option(c, answers)).toList());
        model.addAttribute("maxLength", text.maxLength());
        return "drafting/unit";
    }

    private void common(Model model, Programme p, Editor editor) {
        model.addAttribute("programme", p);
        model.addAttribute("stage", StageLabels.of(p.getStage(), profile));
        model.addAttribute("frozen", text.frozen(p.getId()).orElse(null));
        model.addAttribute("source", text.source(p.getId()).map(TextSource::description).orElse(null));
        // the person as Tasklist's header names them ("Katarzyna Koordynatorka"), not their login
        model.addAttribute("user", names.displayName(editor.id()));
    }

    private static CommentOption option(ConsultationComment c, List<String> answers) {
        String decision = CommentDecision.labelOf(c.getDecision());
        return new CommentOption(c.getExternalRef(), c.getOrganisation(), c.getSection(), decision,
                answers.contains(c.getExternalRef()));
    }

    private String when(TextEdit e) {
        return WHEN.format(e.getEditedAt().atZone(zone));
    }

    /** The page's fields for the shared catalogue of field errors; the unit's text has its own sentences above. */
    private static final PolishFieldErrors ERRORS = new PolishFieldErrors(
            Map.of("text", "Tekst jednostki", "reason", "Powód zmiany", "answers", "Uwagi"), Map.of());

    private static String polish(InvalidInputException.FieldError e) {
        return switch (e.field()) {
            case "text" -> e.message().startsWith("must be at most") ? "Tekst jednostki jest za długi (" + e.message()
                    .replaceAll("[^0-9]", "") + " znaków to najwięcej)."
                    : e.message().startsWith("is required") ? "Wpisz tekst jednostki."
                    : e.message().contains("${") ? "Tekst nie może zawierać znaków „${” (to znacznik szablonu)."
                    : "Rozdział ma tylko tytuł – zmień jego paragrafy i ustępy.";
            case "answers" -> "Wskazanej uwagi nie ma w konsultacjach tego programu (" + e.message()
                    .replace("unknown comment(s) of this programme: ", "") + ").";
            case "reason" -> "Powód zmiany może mieć najwyżej 2000 znaków.";
            default -> ERRORS.message(e.field(), e.message());
        };
    }
}
