package pl.wspolnie.drafting;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.drafting.internal.CommentRegister;
import pl.wspolnie.drafting.internal.DocxDocuments;
import pl.wspolnie.drafting.internal.DocxOutline;
import pl.wspolnie.drafting.internal.redline.Redline;
import pl.wspolnie.history.ChangeHistory;
import pl.wspolnie.programme.ProgrammeService;
import pl.wspolnie.programme.SmallGrantLimits;
import pl.wspolnie.security.CurrentUser;
import pl.wspolnie.shared.ConflictException;
import pl.wspolnie.shared.FieldErrors;
import pl.wspolnie.shared.Limits;
import pl.wspolnie.shared.NotFoundException;
import pl.wspolnie.text.CommentTraces;

/**
 * Numbered versions of the programme draft, one per stage that is due a document. Each version freezes a snapshot
 * of the cycle's data and the DOCX made from it, stored with the version in the same transaction.
 */
@Service
@Transactional
public class DraftingService {

    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag("pl-PL"));

    private final DraftVersions versions;
    private final ProgrammeService programmes;
    private final SnapshotFactory snapshots;
    private final DocxDocuments documents;
    private final CouncilPackage councilPackage;
    private final ChangeHistory history;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final RedlineAttribution redlineAttribution;
    private final SmallGrantLimits smallGrants;
    private final CommentTraces commentTraces;

    DraftingService(DraftVersions versions, ProgrammeService programmes, SnapshotFactory snapshots, DocxDocuments documents,
                    CouncilPackage councilPackage, ChangeHistory history, CurrentUser currentUser, Clock clock,
                    RedlineAttribution redlineAttribution, SmallGrantLimits smallGrants, CommentTraces commentTraces) {
        this.redlineAttribution = redlineAttribution;
        this.smallGrants = smallGrants;
        this.commentTraces = commentTraces;
        this.versions = versions;
        this.programmes = programmes;
        this.snapshots = snapshots;
        this.documents = documents;
        this.councilPackage = councilPackage;
        this.history = history;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Records version n+1 of the draft at the given stage; {@code note} says what changed (may be null). */
    public DraftVersion recordVersion(Long programmeId, DraftStage stage, String note) {
        new FieldErrors().maxLength(note, 20000, "note").throwIfAny();
        programmes.get(programmeId);
        int number = versions.lastNumber(programmeId).orElse(0) + 1;
        String actor = currentUser.id();
        Instant now = clock.instant();
        DraftSnapshot snapshot = snapshots.take(programmeId, number, stage,
                note == null || note.isBlank() ? null : note.strip(), actor, now);
        String json = SnapshotJson.write(snapshot);
        byte[] docx = documents.programme(snapshot, SnapshotJson.sha256(json));
        var version = versions.save(new DraftVersion(programmeId, number, stage, snapshot.note(), actor, now, json, docx,
                DocxDocuments.DOCX));
        history.record(programmeId, "DraftVersion", version.getId(), "DRAFT_VERSION_" + number,
                stage + ": " + stage.label() + " (SHA-256 " + version.getSha256() + ")");
        return version;
    }

    /**
     * The coordination team worked the consultation's results into the draft; {@code summary} says what changed.
     * Refused (400 naming the comments) while an accepted comment has neither a linked edit nor a reason why no
     * edit was needed. The version after consultation is made from it by a job of its own (see the process contract).
     */
    public void recordRevision(Long programmeId, String summary) {
        new FieldErrors().required(summary, "revisionSummary").maxLength(summary, Limits.FORM_TEXT, "revisionSummary").throwIfAny();
        programmes.get(programmeId);
        commentTraces.requireCarriedOut(programmeId);
        history.record(programmeId, "Programme", programmeId, "DRAFT_REVISED", summary.strip());
    }

    /**
     * Whether the latest version contains every statutory element (art. 5a ust. 4): the chapters of its text and
     * the data it was made from. See {@link CompletenessRules}.
     */
    @Transactional(readOnly = true)
    public Completeness completeness(Long programmeId) {
        programmes.get(programmeId);
        return versions.findFirstByProgrammeIdOrderByNumberDesc(programmeId)
                .map(v -> new Completeness(v.getNumber(), CompletenessRules.missing(SnapshotJson.read(v.getSnapshot()), smallGrants)))
                .orElseGet(() -> new Completeness(0, List.of("Projekt nie ma jeszcze żadnej wersji.")));
    }

    /** {@link #completeness} at a point of the process ({@code when}, e.g. "przed konsultacjami"), kept in the history. */
    public Completeness checkCompleteness(Long programmeId, String when) {
        Completeness result = completeness(programmeId);
        history.record(programmeId, "Programme", programmeId, result.complete() ? "DRAFT_COMPLETE" : "DRAFT_INCOMPLETE",
                "wersja " + result.version() + ", " + when + (result.complete() ? ": wszystkie elementy art. 5a ust. 4"
                        : ": brakuje:\n" + result.text()));
        return result;
    }

    /** The council's amendments were worked into the text; the adopted version follows. */
    public void recordAmendments(Long programmeId, String summary) {
        new FieldErrors().required(summary, "amendmentsSummary").maxLength(summary, Limits.FORM_TEXT, "amendmentsSummary").throwIfAny();
        programmes.get(programmeId);
        history.record(programmeId, "Programme", programmeId, "AMENDMENTS_INCORPORATED", summary.strip());
    }

    @Transactional(readOnly = true)
    public List<DraftSummary> versions(Long programmeId) {
        programmes.get(programmeId);
        return versions.summaries(programmeId);
    }

    @Transactional(readOnly = true)
    public String latestUrl(Long programmeId) {
        return versions.findFirstByProgrammeIdOrderByNumberDesc(programmeId)
                .map(v -> "/api/programmes/" + programmeId + "/drafts/" + v.getNumber()).orElse("");
    }

    @Transactional(readOnly = true)
    public String latestLabel(Long programmeId) {
        return versions.findFirstByProgrammeIdOrderByNumberDesc(programmeId)
                .map(v -> "wersja " + v.getNumber() + " – " + v.getLabel()).orElse("brak wersji");
    }

    /** The stored DOCX of version {@code number}, exactly as recorded. */
    @Transactional(readOnly = true)
    public DraftFile draft(Long programmeId, int number) {
        DraftVersion v = withDocument(programmeId, number);
        return new DraftFile(FileNames.draft(SnapshotJson.read(v.getSnapshot())), v.getContentType(), v.getContent());
    }

    /**
     * The version the public may read: the latest one recorded at the consultation stage or later, with its
     * outline read from the stored DOCX. Empty while only internal drafts (before the consultation) exist.
     */
    @Transactional(readOnly = true)
    public Optional<PublishedDraft> published(Long programmeId) {
        return publishedVersion(programmeId).map(v -> new PublishedDraft(v.getNumber(), v.getStage(), v.getLabel(),
                v.getCreatedAt(), FileNames.draft(SnapshotJson.read(v.getSnapshot())), v.getSizeBytes(),
                DocxOutline.read(v.getContent(), SnapshotJson.read(v.getSnapshot()).units())));
    }

    /** The stored DOCX of {@link #published}, exactly as recorded; 404 while there is none. */
    @Transactional(readOnly = true)
    public DraftFile publishedDocument(Long programmeId) {
        DraftVersion v = publishedVersion(programmeId)
                .orElseThrow(() -> new NotFoundException("Published draft of programme", programmeId));
        return new DraftFile(FileNames.draft(SnapshotJson.read(v.getSnapshot())), v.getContentType(), v.getContent());
    }

    private Optional<DraftVersion> publishedVersion(Long programmeId) {
        programmes.get(programmeId);
        return versions.summaries(programmeId).stream()
                .filter(s -> s.stage().compareTo(DraftStage.CONSULTATION) >= 0)
                .max(Comparator.comparingInt(DraftSummary::number))
                .flatMap(s -> versions.findByProgrammeIdAndNumber(programmeId, s.number()))
                .filter(DraftVersion::hasDocument);
    }

    /** The justification of version {@code number}, made from that version's snapshot. */
    @Transactional(readOnly = true)
    public DraftFile justification(Long programmeId, int number) {
        DraftVersion v = withDocument(programmeId, number);
        DraftSnapshot s = SnapshotJson.read(v.getSnapshot());
        return new DraftFile(FileNames.justification(s), DocxDocuments.DOCX, documents.justification(s, SnapshotJson.sha256(v.getSnapshot())));
    }

    /**
     * The consultation report: made once the consultation window has closed (409 before), dated the day the team
     * signed the consultation off (while answers are still written: the day intake closed), by whoever signed it off.
     */
    @Transactional(readOnly = true)
    public DraftFile consultationReport(Long programmeId) {
        DraftSnapshot s = reportSnapshot(programmeId);
        return new DraftFile(FileNames.report(s), DocxDocuments.DOCX, documents.consultationReport(s, SnapshotJson.sha256(SnapshotJson.write(s))));
    }

    /** Every comment of the current consultation round with its answer, as CSV for Excel. */
    @Transactional(readOnly = true)
    public DraftFile commentRegister(Long programmeId) {
        DraftSnapshot s = current(programmeId, currentUser.id(), clock.instant());
        return new DraftFile(FileNames.register(s), CommentRegister.CONTENT_TYPE, CommentRegister.csv(s));
    }

    /**
     * What goes to the council: the version submitted to the council (or, once adopted, the adopted text), its
     * justification, the consultation report and the Public Benefit Council's opinion or the statement that it
     * waived it. 409 until the draft has been submitted to the council.
     */
    @Transactional(readOnly = true)
    public DraftFile councilPackage(Long programmeId) {
        programmes.get(programmeId);
        DraftVersion v = versions.summaries(programmeId).stream()
                .filter(x -> x.stage().compareTo(DraftStage.COUNCIL) >= 0)
                .max(Comparator.comparingInt(DraftSummary::number))
                .flatMap(x -> versions.findByProgrammeIdAndNumber(programmeId, x.number()))
                .orElseThrow(() -> new ConflictException("Pakiet dla Rady powstaje, gdy projekt zostanie skierowany do Rady"
                        + " Miasta; program " + programmeId + " jeszcze do niej nie trafił."));
        if (!v.hasDocument()) {
            throw new ConflictException("Version " + v.getNumber() + " was recorded before documents were generated");
        }
        DraftSnapshot s = SnapshotJson.read(v.getSnapshot());
        DraftSnapshot report = reportSnapshot(programmeId);
        return new DraftFile(FileNames.councilPackage(s), "application/zip",
                councilPackage.zip(s, SnapshotJson.sha256(v.getSnapshot()), v.getContent(), report));
    }

    private DraftSnapshot reportSnapshot(Long programmeId) {
        Instant now = clock.instant();
        var stage = snapshots.reportStage(programmeId, now)
                .orElseThrow(() -> new NotFoundException("Consultation of programme", programmeId));
        if (stage.open()) {
            throw new ConflictException("Raport z konsultacji powstaje po ich zakończeniu; konsultacje trwają do "
                    + DAY.format(stage.lastDay()) + " r.");
        }
        String author = stage.madeBy() != null ? stage.madeBy()
                : versions.findFirstByProgrammeIdOrderByNumberDesc(programmeId).map(DraftVersion::getCreatedBy).orElse("system");
        return current(programmeId, author, stage.madeAt());
    }

    private DraftSnapshot current(Long programmeId, String author, Instant at) {
        programmes.get(programmeId);
        var latest = versions.findFirstByProgrammeIdOrderByNumberDesc(programmeId);
        DraftSnapshot s = snapshots.take(programmeId, latest.map(DraftVersion::getNumber).orElse(0),
                latest.map(DraftVersion::getStage).orElse(DraftStage.DRAFT_ASSEMBLED), null, author, at);
        if (s.consultation() == null) {
            throw new NotFoundException("Consultation of programme", programmeId);
        }
        return s;
    }

    /**
     * Version {@code to} with every difference from version {@code from} as a Word revision (tracked change) by
     * the person behind version {@code to} (see {@link RedlineAttribution}), dated when it was made, opening with a
     * sentence that names both versions.
     */
    @Transactional(readOnly = true)
    public DraftFile compare(Long programmeId, int from, int to) {
        DraftVersion older = withDocument(programmeId, from);
        DraftVersion newer = withDocument(programmeId, to);
        byte[] redline = Redline.compare(older.getContent(), newer.getContent(), redlineAttribution.of(older, newer),
                redlineAttribution.preface(older, newer));
        return new DraftFile(FileNames.redline(SnapshotJson.read(newer.getSnapshot()), from), DocxDocuments.DOCX, redline);
    }

    /** An edited draft DOCX read back to its units (Word import); throws UnreadableDraftException for a bad file. */
    public UploadedDraft readUpload(byte[] docx) {
        return documents.read(docx);
    }

    /** A unit's wording as a rendered draft carries it and {@link #readUpload} gives it back (for comparing the two). */
    public static String asRendered(String wording) {
        return DocxDocuments.asRendered(wording);
    }

    /** The units version {@code number} was made from; empty when there is no such version or it predates units. */
    @Transactional(readOnly = true)
    public Optional<List<pl.wspolnie.text.Unit>> versionText(Long programmeId, int number) {
        return versions.findByProgrammeIdAndNumber(programmeId, number)
                .map(v -> SnapshotJson.read(v.getSnapshot()).text());
    }

    private DraftVersion withDocument(Long programmeId, int number) {
        programmes.get(programmeId);
        DraftVersion v = versions.findByProgrammeIdAndNumber(programmeId, number)
                .orElseThrow(() -> new NotFoundException("Draft version " + number + " of programme", programmeId));
        if (!v.hasDocument()) {
            throw new ConflictException("Version " + number + " was recorded before documents were generated");
        }
        return v;
    }
}
