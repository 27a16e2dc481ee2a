package pl.wspolnie.drafting;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.history.ChangeHistory;
import pl.wspolnie.programme.ProgrammeService;
import pl.wspolnie.security.CurrentUser;
import pl.wspolnie.shared.FieldErrors;
import pl.wspolnie.shared.Limits;

/** Numbered versions of the programme draft, one per stage that is due a document. */
@Service
@Transactional
public class DraftingService {

    private final DraftVersions versions;
    private final ProgrammeService programmes;
    private final ChangeHistory history;
    private final CurrentUser currentUser;
    private final Clock clock;

    DraftingService(DraftVersions versions, ProgrammeService programmes, ChangeHistory history, CurrentUser currentUser,
                    Clock clock) {
        this.versions = versions;
        this.programmes = programmes;
        this.history = history;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Records version n+1 of the draft at the given stage; {@code note} says what changed (may be null). */
    public DraftVersion recordVersion(Long programmeId, DraftStage stage, String note) {
        new FieldErrors().maxLength(note, 20000, "note").throwIfAny();
        programmes.get(programmeId);
        int number = versions.findFirstByProgrammeIdOrderByNumberDesc(programmeId).map(v -> v.getNumber() + 1).orElse(1);
        var version = versions.save(new DraftVersion(programmeId, number, stage, stage.label(),
                note == null || note.isBlank() ? null : note.strip(), currentUser.id(), clock.instant()));
        history.record(programmeId, "DraftVersion", version.getId(), "DRAFT_VERSION_" + number, stage + ": " + stage.label());
        return version;
    }

    /** The council's amendments were worked into the text; the adopted version follows. */
    public void recordAmendments(Long programmeId, String summary) {
        new FieldErrors().required(summary, "amendmentsSummary").maxLength(summary, Limits.FORM_TEXT, "amendmentsSummary").throwIfAny();
        programmes.get(programmeId);
        history.record(programmeId, "Programme", programmeId, "AMENDMENTS_INCORPORATED", summary.strip());
    }

    @Transactional(readOnly = true)
    public List<DraftVersion> versions(Long programmeId) {
        programmes.get(programmeId);
        return versions.findByProgrammeIdOrderByNumber(programmeId);
    }

    @Transactional(readOnly = true)
    public String latestLabel(Long programmeId) {
        return versions.findFirstByProgrammeIdOrderByNumberDesc(programmeId)
                .map(v -> "wersja " + v.getNumber() + " – " + v.getLabel()).orElse("brak wersji");
    }
}
