package pl.wspolnie.council;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CouncilSubmissions extends JpaRepository<CouncilSubmission, Long> {

    Optional<CouncilSubmission> findByProgrammeIdAndRound(Long programmeId, int round);

    List<CouncilSubmission> findByProgrammeIdOrderByRound(Long programmeId);
}
