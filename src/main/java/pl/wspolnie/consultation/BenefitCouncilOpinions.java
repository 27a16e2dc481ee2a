package pl.wspolnie.consultation;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface BenefitCouncilOpinions extends JpaRepository<BenefitCouncilOpinion, Long> {

    Optional<BenefitCouncilOpinion> findByConsultationId(Long consultationId);
}
