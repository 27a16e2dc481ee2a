package pl.wspolnie.consultation;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Consultations extends JpaRepository<Consultation, Long> {

    Optional<Consultation> findFirstByProgrammeIdOrderByRoundDesc(Long programmeId);
}
