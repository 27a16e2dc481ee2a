package pl.wspolnie.consultation;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.programme.ProgrammeFacts;

@Component
class CommentFacts implements ProgrammeFacts {

    private final ConsultationComments comments;

    CommentFacts(ConsultationComments comments) {
        this.comments = comments;
    }

    @Override
    public String name() {
        return "comments";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Long> counts(Long programmeId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (CommentDecision d : CommentDecision.values()) {
            counts.put(d.name(), 0L);
        }
        counts.put("UNANSWERED", 0L);
        comments.countByDecision(programmeId).forEach(row -> counts.put(row[0].toString(), (Long) row[1]));
        counts.put("TOTAL", counts.values().stream().mapToLong(Long::longValue).sum());
        return counts;
    }
}
