package pl.wspolnie.proposal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.programme.ProgrammeFacts;

@Component
class ProposalFacts implements ProgrammeFacts {

    private final Proposals proposals;

    ProposalFacts(Proposals proposals) {
        this.proposals = proposals;
    }

    @Override
    public String name() {
        return "proposals";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Long> counts(Long programmeId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ProposalStatus status : ProposalStatus.values()) {
            counts.put(status.name(), 0L);
        }
        proposals.countByStatus(programmeId).forEach(row -> counts.put(row[0].toString(), (Long) row[1]));
        counts.put("TOTAL", counts.values().stream().mapToLong(Long::longValue).sum());
        return counts;
    }
}
