package pl.wspolnie.programme;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import pl.wspolnie.shared.InvalidInputException;
import pl.wspolnie.shared.NotFoundException;

interface SectorSections extends JpaRepository<SectorSection, Long> {

    List<SectorSection> findByProgrammeIdOrderByPosition(Long programmeId);

    Optional<SectorSection> findByProgrammeIdAndSectorCode(Long programmeId, String sectorCode);

    /** The programme's section of a sector; else 400 naming {@code sector}. */
    default SectorSection of(Long programmeId, String sectorCode) {
        return findByProgrammeIdAndSectorCode(programmeId, sectorCode)
                .orElseThrow(() -> new InvalidInputException("sector", "programme " + programmeId + " has no section " + sectorCode));
    }

    /** A section by its id; else 404. */
    default SectorSection require(Long sectionId) {
        return findById(sectionId).orElseThrow(() -> new NotFoundException("Sector section", sectionId));
    }
}
