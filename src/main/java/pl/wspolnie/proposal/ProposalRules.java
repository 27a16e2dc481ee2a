package pl.wspolnie.proposal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import pl.wspolnie.municipality.MunicipalityProfile;
import pl.wspolnie.programme.BudgetYears;
import pl.wspolnie.programme.Programme;
import pl.wspolnie.programme.SmallGrantLimits;
import pl.wspolnie.programme.SmallGrants;
import pl.wspolnie.programme.TaskForm;
import pl.wspolnie.shared.FieldErrors;
import pl.wspolnie.shared.InvalidInputException;

/** The rules a proposal submission must meet before it is stored, from the API, the import, the public form or Tasklist. */
@Component
class ProposalRules {

    static final Pattern AMOUNT = Pattern.compile("^[0-9]{1,13}([.,][0-9]{1,2})?$");

    private final Proposals proposals;
    private final MunicipalityProfile profile;
    private final SmallGrantLimits smallGrants;

    ProposalRules(Proposals proposals, MunicipalityProfile profile, SmallGrantLimits smallGrants) {
        this.proposals = proposals;
        this.profile = profile;
        this.smallGrants = smallGrants;
    }

    record Valid(BigDecimal amount, int firstYear, int lastYear) {
    }

    /** The field errors of a submission and, when there are none, its parsed amount and years. */
    record Checked(List<InvalidInputException.FieldError> errors, Valid valid) {
    }

    Checked check(Programme programme, ProposalSubmission s) {
        var errors = new FieldErrors();
        if (s == null) {
            return new Checked(errors.required(null, "body").list(), null);
        }
        errors.required(s.externalRef(), "externalRef").maxLength(s.externalRef(), 100, "externalRef")
                .required(s.submitter(), "submitter")
                .required(s.sector(), "sector").maxLength(s.sector(), 50, "sector")
                .required(s.title(), "title").maxLength(s.title(), 500, "title")
                .required(s.description(), "description").maxLength(s.description(), 10000, "description")
                .required(s.justification(), "justification").maxLength(s.justification(), 10000, "justification")
                .required(s.form(), "form");
        var sub = s.submitter();
        if (sub != null) {
            errors.required(sub.type(), "submitter.type");
            if (sub.type() == SubmitterType.DEPARTMENT) {
                errors.required(sub.code(), "submitter.code");
                errors.check(sub.code() == null || sub.code().isBlank() || profile.department(sub.code().strip()).isPresent(),
                        "submitter.code", "unknown department code " + sub.code());
            }
            if (sub.type() == SubmitterType.NGO) {
                errors.required(sub.name(), "submitter.name").maxLength(sub.name(), 300, "submitter.name");
                errors.krs(sub.krs(), "submitter.krs");
                errors.required(sub.email(), "submitter.email");
            }
            errors.email(sub.email(), "submitter.email");
        }
        BigDecimal amount = null;
        if (s.form() != null) {
            if (s.form().financial()) {
                errors.required(s.mode(), "mode").required(s.plannedAmountPln(), "plannedAmountPln");
            } else {
                errors.check(s.mode() == null, "mode", "must be empty for non-financial cooperation");
            }
        }
        if (s.plannedAmountPln() != null && !s.plannedAmountPln().isBlank()) {
            String text = s.plannedAmountPln().strip();
            if (AMOUNT.matcher(text).matches()) {
                amount = new BigDecimal(text.replace(',', '.')).setScale(2);
            } else {
                errors.check(false, "plannedAmountPln", "must be a non-negative amount in PLN with at most 2 decimals, e.g. 12500.00");
            }
            errors.check(amount == null || s.form() != TaskForm.POZAFINANSOWA || amount.signum() == 0, "plannedAmountPln",
                    "must be empty or 0 for non-financial cooperation");
        }
        int first = programme.getFirstYear();
        int last = programme.getFirstYear();
        List<Integer> years = s.years();
        if (years == null || years.isEmpty() || years.size() > 2 || years.stream().anyMatch(Objects::isNull)) {
            errors.check(false, "years", "give the year, or the first and last year, of the task");
        } else {
            first = years.get(0);
            last = years.get(years.size() - 1);
            errors.check(first <= last, "years", "the first year must not be after the last")
                    .years(first, last, "years");
            if (!errors.has("years")) {
                BudgetYears.outside(programme.getFirstYear(), programme.getLastYear(), first, last)
                        .ifPresent(m -> errors.check(false, "years", m));
            }
        }
        if (s.form() == TaskForm.TRYB_POZAKONKURSOWY && !errors.has("years")) {
            SmallGrants.years(smallGrants, first, last).ifPresent(m -> errors.check(false, "years", m));
            SmallGrants.amount(smallGrants, amount).ifPresent(m -> errors.check(false, "plannedAmountPln", m));
            if (amount != null && first == last && !errors.has("plannedAmountPln")) {
                organisationLimit(programme, s, first, amount).ifPresent(m -> errors.check(false, "plannedAmountPln", m));
            }
        }
        List<InvalidInputException.FieldError> found = errors.list();
        return new Checked(found, found.isEmpty() ? new Valid(amount, first, last) : null);
    }

    /** Art. 19a per-organisation limit: the NGO's other small-grant proposals of the year, not rejected, plus this one. */
    private Optional<String> organisationLimit(Programme programme, ProposalSubmission s, int year, BigDecimal amount) {
        var sub = s.submitter();
        if (sub == null || sub.type() != SubmitterType.NGO || sub.name() == null || sub.name().isBlank()) {
            return Optional.empty();
        }
        // only the NGOs' small grants of that year are read, not the whole programme (thousands of proposals in a city)
        BigDecimal earlier = proposals.amountsOf(programme.getId(), TaskForm.TRYB_POZAKONKURSOWY, SubmitterType.NGO, year,
                        ProposalStatus.REJECTED).stream()
                .filter(p -> !p.externalRef().equals(s.externalRef() == null ? null : s.externalRef().strip()))
                .filter(p -> sameOrganisation(p, sub))
                .map(Proposals.Amount::plannedAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return SmallGrants.organisation(smallGrants, sub.name().strip(), year, earlier, amount);
    }

    private static boolean sameOrganisation(Proposals.Amount p, ProposalSubmission.Submitter sub) {
        if (p.submitterType() != SubmitterType.NGO) {
            return false;
        }
        if (p.krs() != null && sub.krs() != null && !sub.krs().isBlank()) {
            return p.krs().equals(sub.krs().strip());
        }
        return p.submitterName() != null && p.submitterName().equalsIgnoreCase(sub.name().strip());
    }
}
