package pl.wspolnie.textimport;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.wspolnie.drafting.DraftingService;
import pl.wspolnie.programme.ProgrammeService;
import pl.wspolnie.shared.ConflictException;
import pl.wspolnie.shared.InvalidInputException;
import pl.wspolnie.shared.Sha256;
import pl.wspolnie.text.CommentTraces;
import pl.wspolnie.text.EditForbiddenException;

/**
 * The drafting page's Word round-trip for the staff (same Tasklist login as the drafting page): download the draft,
 * upload the file edited in Word or LibreOffice, see what it changes unit by unit, then confirm. The uploaded file
 * waits in the person's session between the check and the confirmation (named by its SHA-256, so a second upload in
 * another tab cannot be confirmed by mistake); nothing is stored before the confirmation.
 */
@Controller
class WordImportPages {

    private static final String PENDING = "wspolnie.wordImport.";

    /** An upload checked and waiting for confirmation. */
    record Pending(byte[] docx, String sha256, String fileName) implements Serializable {
    }

    /** An accepted comment of the consultation an uploaded change may carry out. */
    record CommentOption(String ref, String organisation, String part) {
    }

    private final WordImportService imports;
    private final DraftingService drafting;
    private final ProgrammeService programmes;
    private final CommentTraces traces;

    WordImportPages(WordImportService imports, DraftingService drafting, ProgrammeService programmes, CommentTraces traces) {
        this.imports = imports;
        this.drafting = drafting;
        this.programmes = programmes;
        this.traces = traces;
    }

    @GetMapping("/drafting/programmes/{programmeId}/word")
    String page(@PathVariable Long programmeId, Model model) {
        common(model, programmeId);
        return "drafting/word";
    }

    @PostMapping("/drafting/programmes/{programmeId}/word")
    String check(@PathVariable Long programmeId, @RequestParam(name = "file", required = false) MultipartFile file,
                 Model model, HttpSession session, HttpServletResponse response) throws IOException {
        common(model, programmeId);
        byte[] bytes = file == null ? new byte[0] : file.getBytes();
        try {
            WordImportService.Result result = imports.check(programmeId, bytes);
            String sha = Sha256.hex(bytes);
            if (!result.changes().isEmpty()) {
                session.setAttribute(PENDING + programmeId, new Pending(bytes, sha, file.getOriginalFilename()));
            }
            model.addAttribute("result", result);
            model.addAttribute("sha", sha);
            model.addAttribute("fileName", file.getOriginalFilename());
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("errors", e.errors().stream().map(x -> "Plik: " + x.message()).toList());
        }
        return "drafting/word";
    }

    @PostMapping("/drafting/programmes/{programmeId}/word/confirm")
    String confirm(@PathVariable Long programmeId, @RequestParam(name = "sha", required = false) String sha,
                   @RequestParam(name = "reason", required = false) String reason,
                   @RequestParam(name = "answers", required = false) List<String> answers, Authentication authentication,
                   Model model, HttpSession session, HttpServletResponse response, RedirectAttributes redirect) {
        Object waiting = session.getAttribute(PENDING + programmeId);
        if (!(waiting instanceof Pending pending) || !pending.sha256().equals(sha)) {
            response.setStatus(409);
            common(model, programmeId);
            model.addAttribute("errors", List.of("Nie ma sprawdzonego pliku do zapisania (sesja wygasła albo w innej "
                    + "karcie wczytano inny plik). Wczytaj plik jeszcze raz."));
            return "drafting/word";
        }
        try {
            WordImportService.Result result = imports.importDraft(programmeId, pending.docx(), false, reason,
                    WordImportController.editor(authentication), byUnit(answers));
            session.removeAttribute(PENDING + programmeId);
            redirect.addFlashAttribute("saved", "Zapisano zmiany z pliku " + pending.fileName() + ": "
                    + String.join(", ", result.changes().stream().map(ImportedChange::label).toList()) + ".");
            return "redirect:/drafting/programmes/" + programmeId;
        } catch (InvalidInputException | ConflictException | EditForbiddenException e) {
            response.setStatus(e instanceof ConflictException ? 409 : e instanceof EditForbiddenException ? 403 : 400);
            common(model, programmeId);
            model.addAttribute("errors", List.of(e instanceof InvalidInputException invalid
                    ? "Plik: " + invalid.errors().get(0).message() : e.getMessage()));
            return "drafting/word";
        }
    }

    /** "unitId:ref" pairs of the confirmation form's checkboxes, by unit. */
    static Map<Long, List<String>> byUnit(List<String> answers) {
        Map<Long, List<String>> out = new LinkedHashMap<>();
        for (String a : answers == null ? List.<String>of() : answers) {
            int colon = a.indexOf(':');
            if (colon > 0 && a.substring(0, colon).chars().allMatch(Character::isDigit)) {
                out.computeIfAbsent(Long.valueOf(a.substring(0, colon)), k -> new ArrayList<>()).add(a.substring(colon + 1));
            } else {
                throw new InvalidInputException("answers", "nieczytelne wskazanie uwagi: " + a);
            }
        }
        return out;
    }

    private void common(Model model, Long programmeId) {
        model.addAttribute("programme", programmes.get(programmeId));
        model.addAttribute("latestUrl", drafting.latestUrl(programmeId));
        model.addAttribute("latestLabel", drafting.latestLabel(programmeId));
        model.addAttribute("versions", drafting.versions(programmeId));
        model.addAttribute("comments", traces.accepted(programmeId).stream()
                .map(t -> new CommentOption(t.ref(), t.organisation(), t.unitLabel())).toList());
        model.addAttribute("errors", List.of());
    }
}
