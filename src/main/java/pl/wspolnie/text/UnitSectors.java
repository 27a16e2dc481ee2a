package pl.wspolnie.text;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.consultation.CommentTargets;

/** A comment on a sector's unit, or on any unit inside it, belongs to that sector (issue #8, routing). */
@Component
class UnitSectors implements CommentTargets {

    private final TextUnits units;

    UnitSectors(TextUnits units) {
        this.units = units;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> sectorOf(Long programmeId, String anchor) {
        Long unitId = CommentTraces.unitId(anchor);
        if (unitId == null) {
            return Optional.empty();
        }
        Map<Long, TextUnit> byId = units.findByProgrammeIdOrderByIdAsc(programmeId).stream()
                .collect(Collectors.toMap(TextUnit::getId, Function.identity()));
        TextUnit unit = byId.get(unitId);
        for (int depth = 0; unit != null && depth < 20; depth++) {
            if (unit.getSectorCode() != null) {
                return Optional.of(unit.getSectorCode());
            }
            unit = unit.getParentId() == null ? null : byId.get(unit.getParentId());
        }
        return Optional.empty();
    }
}
