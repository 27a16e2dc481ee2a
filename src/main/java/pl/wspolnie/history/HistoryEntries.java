package pl.wspolnie.history;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface HistoryEntries extends JpaRepository<HistoryEntry, Long> {

    List<HistoryEntry> findByProgrammeIdOrderByIdAsc(Long programmeId);

    List<HistoryEntry> findByProgrammeIdAndActionInOrderByIdAsc(Long programmeId, List<String> actions);
}
