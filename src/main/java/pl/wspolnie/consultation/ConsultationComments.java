package pl.wspolnie.consultation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** JPQL rather than derived queries where a cycle calls them per request: Hibernate translates a derived query's criteria on every call. */
interface ConsultationComments extends JpaRepository<ConsultationComment, Long> {

    @Query("select c from ConsultationComment c where c.programmeId = ?1 and c.externalRef = ?2")
    Optional<ConsultationComment> findByProgrammeIdAndExternalRef(Long programmeId, String externalRef);

    List<ConsultationComment> findByProgrammeIdOrderById(Long programmeId);

    List<ConsultationComment> findByConsultationIdOrderById(Long consultationId);

    @Query("select c.id from ConsultationComment c where c.consultationId = ?1 order by c.id")
    List<Long> findIdsByConsultationId(Long consultationId);

    @Query("select c.id from ConsultationComment c where c.consultationId = ?1 and c.decision is null order by c.id")
    List<Long> findUnansweredIds(Long consultationId);

    @Query("select count(c) from ConsultationComment c where c.consultationId = ?1 and c.decision is null")
    long countUnanswered(Long consultationId);

    /** The comments of a round with one of these answers, only the columns a trace shows, in the order they came. */
    @Query("select new pl.wspolnie.consultation.AcceptedComment(c.externalRef, c.organisation, c.decision, c.anchor, c.section) "
            + "from ConsultationComment c where c.consultationId = ?1 and c.decision in ?2 order by c.id")
    List<AcceptedComment> findAnswered(Long consultationId, List<CommentDecision> decisions);

    /** One comment of a round by its reference if it has one of these answers, as {@link #findAnswered} shows it. */
    @Query("select new pl.wspolnie.consultation.AcceptedComment(c.externalRef, c.organisation, c.decision, c.anchor, c.section) "
            + "from ConsultationComment c where c.consultationId = ?1 and c.externalRef = ?2 and c.decision in ?3")
    Optional<AcceptedComment> findAnsweredByRef(Long consultationId, String externalRef, List<CommentDecision> decisions);

    @Query("select coalesce(cast(c.decision as string), 'UNANSWERED'), count(c) from ConsultationComment c "
            + "where c.programmeId = ?1 group by c.decision")
    List<Object[]> countByDecision(Long programmeId);
}
