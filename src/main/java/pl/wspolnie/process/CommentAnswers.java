package pl.wspolnie.process;

import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import pl.wspolnie.consultation.CommentDecision;
import pl.wspolnie.consultation.ConsultationComment;
import pl.wspolnie.consultation.ConsultationService;
import pl.wspolnie.shared.Limits;

/**
 * The answers of one consultation round as the sign-off and revision forms list them: one short line per comment
 * (reference, organisation, decision), cut to fit a process variable with a pointer to the report, which has them
 * all; and the links to that report and to the drafting page.
 */
@Component
class CommentAnswers {

    static final String CUT = "… (pełna lista w raporcie)";

    private final ConsultationService consultations;

    CommentAnswers(ConsultationService consultations) {
        this.consultations = consultations;
    }

    /** Sets {@code commentAnswers} and {@code consultationReportUrl} on the scope; nothing when there is no round. */
    void show(VariableScope scope, Long programmeId, Long consultationId) {
        if (consultationId == null) {
            return;
        }
        String lines = consultations.comments(programmeId).stream().filter(c -> consultationId.equals(c.getConsultationId()))
                .map(CommentAnswers::line).collect(Collectors.joining("\n"));
        scope.setVariable("commentAnswers", lines.isEmpty() ? "W tej rundzie konsultacji nie wpłynęły uwagi." : fit(lines));
        scope.setVariable("consultationReportUrl", "/api/programmes/" + programmeId + "/consultation/report");
    }

    static String line(ConsultationComment c) {
        return c.getExternalRef() + " · " + c.getOrganisation() + " · " + decision(c.getDecision());
    }

    static String decision(CommentDecision decision) {
        return CommentDecision.labelOf(decision);
    }

    /** Whole lines up to the variable's limit; what does not fit is left to the report. */
    static String fit(String lines) {
        if (lines.length() <= Limits.FORM_TEXT) {
            return lines;
        }
        int cut = lines.lastIndexOf('\n', Limits.FORM_TEXT - CUT.length() - 1);
        return (cut > 0 ? lines.substring(0, cut) : lines.substring(0, Limits.FORM_TEXT - CUT.length() - 1)) + "\n" + CUT;
    }
}
