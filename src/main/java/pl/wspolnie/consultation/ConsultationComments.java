package pl.wspolnie.consultation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ConsultationComments extends JpaRepository<ConsultationComment, Long> {

    Optional<ConsultationComment> findByProgrammeIdAndExternalRef(Long programmeId, String externalRef);

    List<ConsultationComment> findByProgrammeIdOrderById(Long programmeId);

    List<ConsultationComment> findByConsultationIdOrderById(Long consultationId);

    @Query("select coalesce(cast(c.decision as string), 'UNANSWERED'), count(c) from ConsultationComment c "
            + "where c.programmeId = ?1 group by c.decision")
    List<Object[]> countByDecision(Long programmeId);
}
