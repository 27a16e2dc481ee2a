package pl.wspolnie.drafting;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DraftVersions extends JpaRepository<DraftVersion, Long> {

    List<DraftVersion> findByProgrammeIdOrderByNumber(Long programmeId);

    Optional<DraftVersion> findFirstByProgrammeIdOrderByNumberDesc(Long programmeId);
}
