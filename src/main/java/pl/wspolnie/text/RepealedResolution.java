package pl.wspolnie.text;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import pl.wspolnie.council.CouncilDecision;
import pl.wspolnie.council.CouncilService;
import pl.wspolnie.council.CouncilSubmission;
import pl.wspolnie.municipality.MunicipalityProfile;
import pl.wspolnie.programme.Programme;

/**
 * The resolution a new programme's repeal clause names (fields {@code ${repealedNumber}}, {@code ${repealedDate}},
 * {@code ${repealedTitle}} of the base text): the council's resolution that adopted the previous programme when this
 * system recorded it, else the profile's resolution in force, else dotted blanks for the office to fill in.
 */
@Component
class RepealedResolution {

    static final String BLANK = "……………………";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("pl-PL"));

    private final CouncilService council;
    private final MunicipalityProfile profile;

    RepealedResolution(CouncilService council, MunicipalityProfile profile) {
        this.council = council;
        this.profile = profile;
    }

    /** The fields for a programme whose predecessor (the last adopted programme before it) may be absent. */
    Map<String, String> fields(Optional<Programme> previous) {
        Optional<CouncilSubmission> adopted = previous.flatMap(p -> council.submissions(p.getId()).stream()
                .filter(s -> s.getDecision() == CouncilDecision.ADOPTED || s.getDecision() == CouncilDecision.ADOPTED_WITH_AMENDMENTS)
                .filter(s -> s.getResolutionNumber() != null && s.getDecisionDate() != null)
                .max(Comparator.comparingInt(CouncilSubmission::getRound)));
        if (adopted.isPresent()) {
            return fields(adopted.get().getResolutionNumber(), adopted.get().getDecisionDate(), previous.get().getTitle());
        }
        MunicipalityProfile.Resolution inForce = profile.wording().inForce();
        if (inForce != null && previous.isEmpty()) {
            return fields(inForce.number(), inForce.date(), inForce.title());
        }
        return fields(BLANK, null, previous.map(Programme::getTitle).orElse(BLANK));
    }

    private static Map<String, String> fields(String number, LocalDate date, String title) {
        return Map.of("repealedNumber", number, "repealedDate", date == null ? BLANK : DATE.format(date), "repealedTitle", title);
    }
}
