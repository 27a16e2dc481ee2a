package pl.wspolnie.notification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TaskDigestEntries extends JpaRepository<TaskDigestEntry, Long> {

    @Query("select distinct e.groupId from TaskDigestEntry e where e.digestedAt is null order by e.groupId")
    List<String> findPendingGroups();

    List<TaskDigestEntry> findByGroupIdAndDigestedAtIsNullOrderById(String groupId);
}
