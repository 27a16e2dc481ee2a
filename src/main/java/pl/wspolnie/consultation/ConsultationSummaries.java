package pl.wspolnie.consultation;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Presenter: a consultation round's answers as the sign-off and revision forms show them, in Polish. */
@Component
@Transactional(readOnly = true)
public class ConsultationSummaries {

    private final ConsultationService consultations;
    private final ConsultationComments comments;
    private final BenefitCouncilOpinions opinions;

    ConsultationSummaries(ConsultationService consultations, ConsultationComments comments, BenefitCouncilOpinions opinions) {
        this.consultations = consultations;
        this.comments = comments;
        this.opinions = opinions;
    }

    /** Counts and the opinion, in a few lines for the sign-off and revision forms. */
    public String responsesSummary(Long consultationId) {
        Consultation c = consultations.get(consultationId);
        var all = comments.findByConsultationIdOrderById(consultationId);
        Map<CommentDecision, Long> byDecision = all.stream().filter(x -> x.getDecision() != null).collect(Collectors.groupingBy(
                ConsultationComment::getDecision, () -> new EnumMap<>(CommentDecision.class), Collectors.counting()));
        long unanswered = all.stream().filter(x -> x.getDecision() == null).count();
        long organisations = all.stream().map(ConsultationComment::getOrganisation).distinct().count();
        String opinion = opinions.findByConsultationId(consultationId)
                .map(o -> o.getStatus() == OpinionStatus.GIVEN ? "wydana" : "nie wydana w terminie (odstąpiono)")
                .orElse("jeszcze nie wpłynęła");
        return "Runda konsultacji: " + c.getRound() + "\n"
                + "Uwagi: " + all.size() + " od " + organisations + " organizacji\n"
                + "Uwzględnione: " + byDecision.getOrDefault(CommentDecision.ACCEPTED, 0L)
                + ", częściowo: " + byDecision.getOrDefault(CommentDecision.PARTLY_ACCEPTED, 0L)
                + ", nieuwzględnione: " + byDecision.getOrDefault(CommentDecision.REJECTED, 0L)
                + ", bez odpowiedzi: " + unanswered + "\n"
                + "Opinia Rady Pożytku: " + opinion;
    }
}
