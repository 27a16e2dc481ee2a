package pl.wspolnie.drafting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import pl.wspolnie.shared.InvalidInputException;

@RestController
@RequestMapping("/api/programmes/{programmeId}")
@Tag(name = "Drafts", description = "Versions of the programme draft and the documents made from them")
class DraftController {

    private static final String FORMAT = "docx (default) or pdf; the PDF is made by LibreOffice, 503 with the reason where it is not installed"
            + " or the node is already making as many as it may (Retry-After)";

    private final DraftingService drafting;
    private final OfficePdf pdf;
    private final ExpensiveDocuments expensive;

    DraftController(DraftingService drafting, OfficePdf pdf, ExpensiveDocuments expensive) {
        this.drafting = drafting;
        this.pdf = pdf;
        this.expensive = expensive;
    }

    @GetMapping("/drafts")
    @Operation(summary = "Versions 1..n of the draft, one per stage that is due a document (without the documents)")
    List<DraftSummary> list(@PathVariable Long programmeId) {
        return drafting.versions(programmeId);
    }

    @GetMapping("/drafts/compare")
    @Operation(summary = "Version `to` as DOCX with every difference from version `from` as a tracked change (w:ins/w:del);"
            + " 503 with Retry-After while the node is already making as many comparisons and PDFs as it may")
    ResponseEntity<byte[]> compare(@PathVariable Long programmeId, @RequestParam int from, @RequestParam int to,
                                  @Parameter(description = FORMAT) @RequestParam(defaultValue = "docx") String format) {
        return download(expensive.make("porównanie wersji " + from + " i " + to, () -> drafting.compare(programmeId, from, to)),
                format);
    }

    @GetMapping("/drafts/{number}")
    @Operation(summary = "The DOCX of version n, exactly as stored when the version was recorded")
    ResponseEntity<byte[]> draft(@PathVariable Long programmeId, @PathVariable int number,
                                  @Parameter(description = FORMAT) @RequestParam(defaultValue = "docx") String format) {
        return download(drafting.draft(programmeId, number), format);
    }

    @GetMapping("/drafts/{number}/justification")
    @Operation(summary = "The justification (uzasadnienie) of version n as DOCX, made from that version's data")
    ResponseEntity<byte[]> justification(@PathVariable Long programmeId, @PathVariable int number,
                                  @Parameter(description = FORMAT) @RequestParam(defaultValue = "docx") String format) {
        return download(drafting.justification(programmeId, number), format);
    }

    @GetMapping("/consultation/report")
    @Operation(summary = "The consultation report (raport z konsultacji) as DOCX once the consultation window has closed"
            + " (409 before), dated by the consultation's sign-off")
    ResponseEntity<byte[]> report(@PathVariable Long programmeId,
                                  @Parameter(description = FORMAT) @RequestParam(defaultValue = "docx") String format) {
        return download(drafting.consultationReport(programmeId), format);
    }

    @GetMapping("/consultation/register.csv")
    @Operation(summary = "Every comment with its answer as CSV (UTF-8 with BOM, semicolons) for Excel")
    ResponseEntity<byte[]> register(@PathVariable Long programmeId) {
        return download(drafting.commentRegister(programmeId));
    }

    @GetMapping("/council-package")
    @Operation(summary = "ZIP for the council once the draft was submitted to it (409 before): the draft (or the adopted"
            + " text), justification, consultation report and the Public Benefit Council's opinion or its waiver")
    ResponseEntity<byte[]> councilPackage(@PathVariable Long programmeId) {
        return download(drafting.councilPackage(programmeId));
    }

    /** The document as generated, or its PDF. */
    private ResponseEntity<byte[]> download(DraftFile file, String format) {
        return switch (format == null ? "docx" : format.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "docx" -> download(file);
            case "pdf" -> download(expensive.make("PDF dokumentu " + file.fileName(), () -> pdf.pdf(file)));
            default -> throw new InvalidInputException("format", "must be docx or pdf");
        };
    }

    private static ResponseEntity<byte[]> download(DraftFile file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.bytes().length)
                .header(HttpHeaders.CONTENT_DISPOSITION, FileNames.contentDisposition(file.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .body(file.bytes());
    }
}
