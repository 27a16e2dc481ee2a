package pl.wspolnie.textimport;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.drafting.DraftingService;
import pl.wspolnie.drafting.UnreadableDraftException;
import pl.wspolnie.drafting.UploadedDraft;
import pl.wspolnie.shared.ConflictException;
import pl.wspolnie.shared.InvalidInputException;
import pl.wspolnie.text.Citations;
import pl.wspolnie.text.EditForbiddenException;
import pl.wspolnie.text.Editor;
import pl.wspolnie.text.TextChange;
import pl.wspolnie.text.TextService;
import pl.wspolnie.text.Unit;

/**
 * The Word round-trip: a draft DOCX downloaded from the app, edited in Word or LibreOffice (with or without track
 * changes) and uploaded, becomes unit edits. A dry run only says what would change, in any stage; a real import
 * stores every change as an edit of its unit through {@link TextService} (same permissions, freeze and limits),
 * all or nothing.
 */
@Service
@Transactional
public class WordImportService {

    /** What an upload changes; {@code stored} whether the edits were recorded, {@code frozen} why they could not be. */
    public record Result(Long programmeId, Integer version, boolean dryRun, boolean stored, String frozen,
                         List<ImportedChange> changes) {
    }

    private final TextService text;
    private final DraftingService drafting;

    WordImportService(TextService text, DraftingService drafting) {
        this.text = text;
        this.drafting = drafting;
    }

    /** The changes of the file against the programme's text; stores nothing. */
    @Transactional(readOnly = true)
    public Result check(Long programmeId, byte[] docx) {
        return importDraft(programmeId, docx, true, null, null);
    }

    private record Mapped(Integer version, List<ImportedChange> changes) {
    }

    private Mapped map(Long programmeId, byte[] docx) {
        List<Citations.Numbered> current = text.numbered(programmeId);
        if (docx == null || docx.length == 0) {
            throw new InvalidInputException(DraftMapping.FIELD, "plik jest pusty");
        }
        UploadedDraft file;
        try {
            file = drafting.readUpload(docx);
        } catch (UnreadableDraftException e) {
            throw new InvalidInputException(DraftMapping.FIELD, e.getMessage());
        }
        Optional<List<Unit>> base = file.programmeId() != null && file.programmeId().equals(programmeId) && file.version() != null
                ? drafting.versionText(programmeId, file.version()).filter(units -> units != null && !units.isEmpty())
                : Optional.empty();
        DraftMapping.checkIdentity(programmeId, file, base.isPresent());
        return new Mapped(file.version(),
                DraftMapping.changes(programmeId, file, current, base.orElseThrow(), text.maxLength(), DraftingService::asRendered));
    }

    /** Reads the file and, unless {@code dryRun}, records its changes as edits by {@code editor}. */
    public Result importDraft(Long programmeId, byte[] docx, boolean dryRun, String reason, Editor editor) {
        return importDraft(programmeId, docx, dryRun, reason, editor, Map.of());
    }

    /**
     * As {@link #importDraft(Long, byte[], boolean, String, Editor)}, each stored edit answering the consultation's
     * comments given for its unit in {@code answers} (unit id → comment references); all or nothing.
     */
    public Result importDraft(Long programmeId, byte[] docx, boolean dryRun, String reason, Editor editor,
                              Map<Long, List<String>> answers) {
        Mapped mapped = map(programmeId, docx);
        List<ImportedChange> changes = mapped.changes();
        Integer version = mapped.version();
        Optional<String> frozen = text.frozen(programmeId);
        if (dryRun || changes.isEmpty()) {
            return new Result(programmeId, version, dryRun, false, frozen.orElse(null), changes);
        }
        frozen.ifPresent(why -> {
            throw new ConflictException(why);
        });
        var units = text.numbered(programmeId);
        List<String> forbidden = changes.stream().filter(c -> units.stream().filter(n -> n.id().equals(c.id()))
                .noneMatch(n -> text.mayEdit(editor, n.unit()))).map(ImportedChange::label).toList();
        if (!forbidden.isEmpty()) {
            throw new EditForbiddenException("Plik zmienia jednostki, których Twój zespół nie może zmienić: "
                    + String.join(", ", forbidden) + ". Zmienia je zespół koordynacyjny lub zespół branżowy ich obszaru; "
                    + "nic nie zapisano.");
        }
        List<Long> changed = changes.stream().map(ImportedChange::id).toList();
        List<Long> strays = answers.keySet().stream().filter(id -> !changed.contains(id)).toList();
        if (!strays.isEmpty()) {
            throw new InvalidInputException("answers", "uwagi wskazano przy jednostkach, których plik nie zmienia (" + strays
                    + "); nic nie zapisano");
        }
        for (ImportedChange c : changes) {
            text.edit(programmeId, c.id(), new TextChange(c.after(), answers.getOrDefault(c.id(), List.of()), reason), editor);
        }
        return new Result(programmeId, version, false, true, null, changes);
    }
}
