package pl.wspolnie.programme;

import pl.wspolnie.municipality.MunicipalityProfile;

/** Polish names of the cycle's stages, for mail and pages; the bodies are named as the municipality profile names them. */
public final class StageLabels {

    private StageLabels() {
    }

    public static String of(Stage stage, MunicipalityProfile profile) {
        if (stage == null) {
            return "";
        }
        return switch (stage) {
            case CALL_FOR_PROPOSALS -> "nabór propozycji";
            case SECTOR_WORK -> "prace zespołów branżowych";
            case DRAFT_REVIEW -> "ocena projektu przez zespół koordynacyjny";
            case CONSULTATION_SCHEDULED -> "konsultacje zaplanowane";
            case CONSULTATION -> "konsultacje";
            case REVISION -> "uwzględnianie wyników konsultacji";
            case MAYOR_APPROVAL -> "akceptacja projektu – " + profile.mayor();
            case COUNCIL_SUBMISSION -> "skierowanie projektu – " + profile.council();
            case AWAITING_COUNCIL -> "oczekiwanie na decyzję – " + profile.council();
            case AMENDMENTS -> "wprowadzanie poprawek – " + profile.council();
            case ADOPTED -> "program przyjęty";
        };
    }
}
