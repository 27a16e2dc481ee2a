package pl.wspolnie.publicsite;

import pl.wspolnie.consultation.CommentDecision;
import pl.wspolnie.consultation.ConsultationComment;
import pl.wspolnie.consultation.ConsultationService;
import pl.wspolnie.drafting.DraftStage;
import pl.wspolnie.drafting.DraftingService;
import pl.wspolnie.programme.Calendar;
import pl.wspolnie.programme.NewProgramme;
import pl.wspolnie.programme.ProgrammeKind;
import pl.wspolnie.programme.ProgrammeService;
import pl.wspolnie.text.TextService;

/**
 * Programmes for the consultation page tests, set up through the services without a process (the way there is the
 * process tests' business): planned, open with a published draft, closed, answered and signed off. A bean of every
 * {@code @WebIntegrationTest} context, so a test just injects it.
 */
public record ConsultationSetup(ProgrammeService programmes, ConsultationService consultations, DraftingService drafting,
                         TextService text) {

    static final int YEAR = 2027;

    /** Registered in the call for proposals: its consultation lies ahead (dates from the planner). */
    public long planned(String title) {
        return programmes.registerForProcess(new NewProgramme(ProgrammeKind.ANNUAL, YEAR, YEAR, title, (Calendar) null),
                "no-process").getId();
    }

    /** An internal draft (version 1), then the consultation opened with version 2 published. */
    public long open(String title) {
        long id = planned(title);
        drafting.recordVersion(id, DraftStage.DRAFT_ASSEMBLED, null);
        consultations.open(id);
        drafting.recordVersion(id, DraftStage.CONSULTATION, null);
        return id;
    }

    /** The public page's anchor of the unit with this citation label ("§ 6 ust. 1" → "u123"). */
    String anchor(long programmeId, String label) {
        return "u" + text.numbered(programmeId).stream().filter(n -> n.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no unit " + label)).id();
    }

    void closeIntake(long programmeId) {
        consultations.closeIntake(consultations.current(programmeId).orElseThrow().getId());
    }

    /** Closes intake, answers every comment (accepting, partly, rejecting in turn) and signs the consultation off. */
    void answerAndSignOff(long programmeId) {
        var consultation = consultations.current(programmeId).orElseThrow();
        if (consultation.getIntakeClosedAt() == null) {
            consultations.closeIntake(consultation.getId());
        }
        CommentDecision[] decisions = CommentDecision.values();
        int i = 0;
        for (ConsultationComment c : consultations.comments(programmeId)) {
            CommentDecision d = decisions[i++ % decisions.length];
            consultations.respond(c.getId(), d, "Odpowiedź zespołu na uwagę " + c.getExternalRef() + ": " + d.name());
        }
        consultations.signOff(consultation.getId(), true, null);
    }
}
