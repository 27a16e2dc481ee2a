package pl.wspolnie.proposal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Proposals extends JpaRepository<Proposal, Long> {

    Optional<Proposal> findByProgrammeIdAndExternalRef(Long programmeId, String externalRef);

    List<Proposal> findByProgrammeIdOrderById(Long programmeId);

    /** The small-grant (or other) proposals of one kind of submitter in one year: what a per-organisation limit sums. */
    List<Proposal> findByProgrammeIdAndTaskFormAndSubmitterTypeAndFirstYearAndStatusNot(Long programmeId, pl.wspolnie.programme.TaskForm form,
            SubmitterType submitterType, int firstYear, ProposalStatus notStatus);

    Optional<Proposal> findByReference(String reference);

    boolean existsByReference(String reference);

    @Query("select p.status, count(p) from Proposal p where p.programmeId = ?1 group by p.status")
    List<Object[]> countByStatus(Long programmeId);
}
