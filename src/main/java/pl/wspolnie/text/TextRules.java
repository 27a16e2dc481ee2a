package pl.wspolnie.text;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import pl.wspolnie.programme.Stage;

/**
 * When a programme's text may change. Open while the draft is being written and reviewed, and in the revision
 * after consultation (and while the council's amendments are worked in); frozen while the public reads it in
 * consultation and from the Mayor's approval on, so that what is approved and submitted is what was read.
 */
final class TextRules {

    private static final Set<Stage> OPEN = EnumSet.of(Stage.CALL_FOR_PROPOSALS, Stage.SECTOR_WORK, Stage.DRAFT_REVIEW,
            Stage.REVISION, Stage.AMENDMENTS);

    private TextRules() {
    }

    /** Why the text is frozen at this stage, in Polish; empty when it may be edited. */
    static Optional<String> frozen(Stage stage) {
        if (OPEN.contains(stage)) {
            return Optional.empty();
        }
        return Optional.of("Tekst programu jest zamrożony: " + switch (stage) {
            case CONSULTATION_SCHEDULED -> "projekt zatwierdzono do konsultacji, które rozpoczną się w zaplanowanym dniu – "
                    + "organizacje przeczytają wersję zatwierdzoną. Zmiany będzie można wprowadzić po konsultacjach.";
            case CONSULTATION -> "trwają konsultacje projektu, organizacje komentują opublikowaną wersję. "
                    + "Zmiany będzie można wprowadzić po konsultacjach, w etapie uwzględniania ich wyników.";
            case MAYOR_APPROVAL -> "projekt czeka na decyzję Prezydenta. Jeśli Prezydent go zwróci, zmiany będzie można "
                    + "wprowadzić w etapie poprawek.";
            case COUNCIL_SUBMISSION, AWAITING_COUNCIL -> "projekt został zatwierdzony i przekazany Radzie. Zmienić go może "
                    + "tylko Rada, poprawkami.";
            case ADOPTED -> "program został przyjęty uchwałą Rady.";
            default -> "etap " + stage + ".";
        });
    }
}
