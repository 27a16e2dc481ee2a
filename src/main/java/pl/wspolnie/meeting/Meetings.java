package pl.wspolnie.meeting;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface Meetings extends JpaRepository<Meeting, Long> {

    List<Meeting> findByProgrammeIdOrderByStartsAtAscIdAsc(Long programmeId);

    List<Meeting> findByStatusInOrderByStartsAtAscIdAsc(List<MeetingStatus> statuses);

    /** The meeting, locked for the rest of the transaction: seats are counted and given under this lock. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from Meeting m where m.id = ?1")
    Optional<Meeting> lockById(Long id);
}
