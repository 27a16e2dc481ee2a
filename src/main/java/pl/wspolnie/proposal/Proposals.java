package pl.wspolnie.proposal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * The queries every submission runs are JPQL strings rather than derived from their names: Hibernate 6.6 translates
 * a derived (criteria) query to SQL on every call, a string query once (its plan is cached).
 */
interface Proposals extends JpaRepository<Proposal, Long> {

    @Query("select p from Proposal p where p.programmeId = ?1 and p.externalRef = ?2")
    Optional<Proposal> findByProgrammeIdAndExternalRef(Long programmeId, String externalRef);

    List<Proposal> findByProgrammeIdOrderById(Long programmeId);

    /** The small-grant (or other) proposals of one kind of submitter in one year: what a per-organisation limit sums. */
    @Query("select p from Proposal p where p.programmeId = ?1 and p.taskForm = ?2 and p.submitterType = ?3 and p.firstYear = ?4"
            + " and p.status <> ?5")
    List<Proposal> findByProgrammeIdAndTaskFormAndSubmitterTypeAndFirstYearAndStatusNot(Long programmeId, pl.wspolnie.programme.TaskForm form,
            SubmitterType submitterType, int firstYear, ProposalStatus notStatus);

    Optional<Proposal> findByReference(String reference);

    @Query("select case when count(p) > 0 then true else false end from Proposal p where p.reference = ?1")
    boolean existsByReference(String reference);

    @Query("select p.status, count(p) from Proposal p where p.programmeId = ?1 group by p.status")
    List<Object[]> countByStatus(Long programmeId);
}
