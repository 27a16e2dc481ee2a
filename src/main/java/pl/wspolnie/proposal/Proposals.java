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

    /** What a per-organisation limit needs of an earlier proposal: whose it is and its amount. */
    record Amount(String externalRef, SubmitterType submitterType, String krs, String submitterName, java.math.BigDecimal plannedAmount) {
    }

    /**
     * The amounts of the proposals of one form and kind of submitter in one year, not in a status: what a
     * per-organisation limit sums. Only these columns, not entities: read with every small-grant submission,
     * whole proposals (their texts) would be loaded and then checked for changes at each flush of its transaction.
     */
    @Query("select new pl.wspolnie.proposal.Proposals$Amount(p.externalRef, p.submitterType, p.krs, p.submitterName, p.plannedAmount)"
            + " from Proposal p where p.programmeId = ?1 and p.taskForm = ?2 and p.submitterType = ?3 and p.firstYear = ?4"
            + " and p.status <> ?5 and p.plannedAmount is not null")
    List<Amount> amountsOf(Long programmeId, pl.wspolnie.programme.TaskForm form, SubmitterType submitterType, int firstYear,
            ProposalStatus notStatus);

    Optional<Proposal> findByReference(String reference);

    @Query("select case when count(p) > 0 then true else false end from Proposal p where p.reference = ?1")
    boolean existsByReference(String reference);

    @Query("select p.status, count(p) from Proposal p where p.programmeId = ?1 group by p.status")
    List<Object[]> countByStatus(Long programmeId);
}
