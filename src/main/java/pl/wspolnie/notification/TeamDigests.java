package pl.wspolnie.notification;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface TeamDigests extends JpaRepository<TeamDigest, String> {

    /** The team's row, locked until the transaction ends: a digest job on another node waits here. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from TeamDigest t where t.groupId = ?1")
    Optional<TeamDigest> lockById(String groupId);
}
