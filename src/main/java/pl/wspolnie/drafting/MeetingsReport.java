package pl.wspolnie.drafting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import pl.wspolnie.drafting.internal.DocxDocuments;
import pl.wspolnie.programme.ProgrammeService;
import pl.wspolnie.security.CurrentUser;

/** The meetings report (DOCX) as things stand now: the counts and each held meeting with attendance and postulates. */
@RestController
@Tag(name = "Meetings")
class MeetingsReport {

    private final ProgrammeService programmes;
    private final DraftVersions versions;
    private final SnapshotFactory snapshots;
    private final DocxDocuments documents;
    private final CurrentUser currentUser;
    private final Clock clock;

    MeetingsReport(ProgrammeService programmes, DraftVersions versions, SnapshotFactory snapshots, DocxDocuments documents,
                   CurrentUser currentUser, Clock clock) {
        this.programmes = programmes;
        this.versions = versions;
        this.snapshots = snapshots;
        this.documents = documents;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @GetMapping("/api/programmes/{programmeId}/meetings/report")
    @Operation(summary = "The meetings report as DOCX: meetings by kind, people, organisations, every held meeting with its postulates")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> report(@PathVariable Long programmeId) {
        programmes.get(programmeId);
        var latest = versions.findFirstByProgrammeIdOrderByNumberDesc(programmeId);
        DraftSnapshot s = snapshots.take(programmeId, latest.map(DraftVersion::getNumber).orElse(0),
                latest.map(DraftVersion::getStage).orElse(DraftStage.DRAFT_ASSEMBLED), null, currentUser.id(), clock.instant());
        byte[] docx = documents.meetingsReport(s, SnapshotJson.sha256(SnapshotJson.write(s)));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(DocxDocuments.DOCX)).contentLength(docx.length)
                .header(HttpHeaders.CONTENT_DISPOSITION, FileNames.contentDisposition(FileNames.meetingsReport(s)))
                .header("X-Content-Type-Options", "nosniff").body(docx);
    }
}
