package pl.wspolnie.proposal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/programmes/{programmeId}/proposals/import")
@Tag(name = "Proposals")
class ProposalImportController {

    private final ProposalImport imports;

    ProposalImportController(ProposalImport imports) {
        this.imports = imports;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload proposals as a spreadsheet (XLSX, or CSV in UTF-8 separated by ; or ,) in the part 'file'",
            description = "Columns: " + "externalRef, submitterType, submitterCode, submitterName, krs, email, sector, title, "
                    + "description, justification, form, mode, plannedAmountPln, years (2027 or 2027-2029). Every row is "
                    + "checked as POST /proposals checks a proposal; valid rows are stored, the report names each row's "
                    + "outcome: CREATED, ALREADY_RECEIVED (its externalRef was received before) or REFUSED with the "
                    + "errors by column. A file that cannot be read, lacks a required column or has no rows is refused "
                    + "whole (400, nothing stored); more than the maximum of bytes or rows: 413; call closed: 409.")
    ProposalImport.Report upload(@PathVariable Long programmeId, @RequestParam("file") MultipartFile file) throws IOException {
        byte[] content = pl.wspolnie.shared.Uploads.read(file, java.util.List.of("xlsx", "csv", "txt"), "arkusz XLSX lub CSV");
        return imports.importFile(programmeId, pl.wspolnie.shared.Uploads.name(file), content);
    }
}
