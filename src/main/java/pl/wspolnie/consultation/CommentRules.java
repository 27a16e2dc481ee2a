package pl.wspolnie.consultation;

import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import pl.wspolnie.municipality.MunicipalityProfile;
import pl.wspolnie.shared.FieldErrors;

/** The rules a consultation comment must meet, from the API and the public form alike. */
@Component
class CommentRules {

    private static final Pattern ANCHOR = Pattern.compile("^[a-z0-9-]{1,100}$");

    private final MunicipalityProfile profile;

    CommentRules(MunicipalityProfile profile) {
        this.profile = profile;
    }

    /** Refuses (400 naming every wrong field) a submission that breaks a rule. */
    void validate(CommentSubmission s) {
        var errors = new FieldErrors();
        if (s == null) {
            errors.required(null, "body").throwIfAny();
        }
        errors.required(s.externalRef(), "externalRef").maxLength(s.externalRef(), 100, "externalRef")
                .required(s.organisation(), "organisation").maxLength(s.organisation(), 300, "organisation")
                .krs(s.krs(), "krs")
                .required(s.contactPerson(), "contactPerson").maxLength(s.contactPerson(), 200, "contactPerson")
                .required(s.email(), "email")
                .email(s.email(), "email")
                .required(s.section(), "section").maxLength(s.section(), 500, "section")
                .check(s.sector() == null || s.sector().isBlank() || profile.sector(s.sector().strip()).isPresent(), "sector",
                        "unknown sector code (one of " + String.join(", ", profile.sectorCodes()) + ")")
                .maxLength(s.currentText(), 10000, "currentText")
                .required(s.proposedText(), "proposedText").maxLength(s.proposedText(), 10000, "proposedText")
                .required(s.justification(), "justification").maxLength(s.justification(), 10000, "justification")
                .check(s.anchor() == null || s.anchor().isBlank() || ANCHOR.matcher(s.anchor().strip()).matches(), "anchor",
                        "must be an anchor of the draft's outline, e.g. rozdzial-6-ust-2")
                .check(s.channel() == null || s.channel().isBlank() || List.of("API", "EMAIL").contains(s.channel().strip()), "channel",
                        "must be API or EMAIL")
                .throwIfAny();
    }
}
