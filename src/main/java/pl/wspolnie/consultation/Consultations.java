package pl.wspolnie.consultation;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface Consultations extends JpaRepository<Consultation, Long> {

    /** The latest round. JPQL: read on most consultation requests, and a derived query is translated on every call. */
    @Query("select c from Consultation c where c.programmeId = ?1 order by c.round desc limit 1")
    Optional<Consultation> findFirstByProgrammeIdOrderByRoundDesc(Long programmeId);

    /** The round, its row locked until the transaction ends (SELECT … FOR UPDATE). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Consultation c where c.id = ?1")
    Optional<Consultation> lock(Long id);
}
