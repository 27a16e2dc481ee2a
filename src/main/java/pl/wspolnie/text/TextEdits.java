package pl.wspolnie.text;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TextEdits extends JpaRepository<TextEdit, Long> {

    List<TextEdit> findByUnitIdOrderByIdDesc(Long unitId);

    List<TextEdit> findByProgrammeIdOrderByIdAsc(Long programmeId);
}
