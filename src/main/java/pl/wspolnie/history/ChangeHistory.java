package pl.wspolnie.history;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.security.CurrentUser;

/** Records every change in the same transaction as the change itself, attributed to the current user. */
@Service
public class ChangeHistory {

    private static final int MAX_DETAIL = 20000;

    private final HistoryEntries entries;
    private final CurrentUser currentUser;
    private final Clock clock;

    ChangeHistory(HistoryEntries entries, CurrentUser currentUser, Clock clock) {
        this.entries = entries;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Long programmeId, String entityType, Long entityId, String action, String detail) {
        String trimmed = detail != null && detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) : detail;
        entries.save(new HistoryEntry(programmeId, entityType, entityId, action, currentUser.id(), clock.instant(), trimmed));
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> of(Long programmeId) {
        return entries.findByProgrammeIdOrderByIdAsc(programmeId);
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> of(Long programmeId, List<String> actions) {
        return entries.findByProgrammeIdAndActionInOrderByIdAsc(programmeId, actions);
    }
}
