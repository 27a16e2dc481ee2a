package pl.wspolnie.programme;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SectorSections extends JpaRepository<SectorSection, Long> {

    List<SectorSection> findByProgrammeIdOrderByPosition(Long programmeId);

    Optional<SectorSection> findByProgrammeIdAndSectorCode(Long programmeId, String sectorCode);
}
