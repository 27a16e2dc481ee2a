package pl.wspolnie.programme;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import pl.wspolnie.shared.InvalidInputException;
import pl.wspolnie.shared.NotFoundException;

interface SectorSections extends JpaRepository<SectorSection, Long> {

    /** JPQL rather than derived: Hibernate 6.6 caches a string query's SQL, not a derived (criteria) one's. */
    @Query("select s from SectorSection s where s.programmeId = ?1 order by s.position")
    List<SectorSection> findByProgrammeIdOrderByPosition(Long programmeId);

    /** JPQL as well: read once for every proposal a team accepts. */
    @Query("select s from SectorSection s where s.programmeId = ?1 and s.sectorCode = ?2")
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
