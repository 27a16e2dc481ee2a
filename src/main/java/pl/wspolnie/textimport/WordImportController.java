package pl.wspolnie.textimport;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import pl.wspolnie.text.EditForbiddenException;
import pl.wspolnie.text.Editor;

@RestController
@RequestMapping("/api/programmes/{programmeId}/text/import")
@Tag(name = "Text")
class WordImportController {

    private final WordImportService imports;

    WordImportController(WordImportService imports) {
        this.imports = imports;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload the draft DOCX edited in Word or LibreOffice (part 'file'): the units it changes",
            description = "The file is mapped back to the units through their bookmarks wsp_u<id>; tracked changes count "
                    + "as accepted. dryRun=true (default) stores nothing and works in every stage; dryRun=false stores "
                    + "every change as an edit of its unit by the uploader (optional reason), all or nothing: 403 when "
                    + "the team may not edit one of them, 409 while the text is frozen. A file that is not a DOCX, "
                    + "belongs to another programme, lacks or duplicates a unit's bookmark or makes a unit too long is "
                    + "refused (400 naming 'file' and the unit). answers=<unitId>:<comment ref> (repeatable) links the "
                    + "stored edit of that unit to the consultation comment it carries out.")
    WordImportService.Result upload(@PathVariable Long programmeId, @RequestParam("file") MultipartFile file,
                                    @RequestParam(defaultValue = "true") boolean dryRun,
                                    @RequestParam(required = false) String reason,
                                    @RequestParam(required = false) java.util.List<String> answers,
                                    Authentication authentication) throws IOException {
        return imports.importDraft(programmeId, pl.wspolnie.shared.Uploads.read(file, java.util.List.of("docx"),
                "dokument DOCX"), dryRun, reason, editor(authentication), WordImportPages.byUnit(answers));
    }

    @ExceptionHandler(EditForbiddenException.class)
    ProblemDetail forbidden(EditForbiddenException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        p.setTitle("Forbidden");
        return p;
    }

    static Editor editor(Authentication authentication) {
        return new Editor(authentication.getName(), authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).collect(Collectors.toSet()));
    }
}
