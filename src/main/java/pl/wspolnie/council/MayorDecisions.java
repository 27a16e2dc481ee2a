package pl.wspolnie.council;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MayorDecisions extends JpaRepository<MayorDecision, Long> {

    List<MayorDecision> findByProgrammeIdOrderById(Long programmeId);
}
