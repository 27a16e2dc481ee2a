package pl.wspolnie.text;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TextUnits extends JpaRepository<TextUnit, Long> {

    List<TextUnit> findByProgrammeIdOrderByIdAsc(Long programmeId);

    Optional<TextUnit> findByIdAndProgrammeId(Long id, Long programmeId);

    Optional<TextUnit> findFirstByProgrammeIdAndSectorCode(Long programmeId, String sectorCode);

    boolean existsByProgrammeId(Long programmeId);
}
