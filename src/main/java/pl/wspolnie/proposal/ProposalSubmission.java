package pl.wspolnie.proposal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import pl.wspolnie.programme.FundingMode;
import pl.wspolnie.programme.TaskForm;
import pl.wspolnie.shared.TextInput;

/** A proposal of a priority public task, shaped like an element of the sample proposals.json. */
public record ProposalSubmission(
        @Schema(description = "The submitter's own id; repeating it returns the first result") String externalRef,
        Submitter submitter,
        @Schema(description = "Sector code from the municipality profile, e.g. KULTURA") String sector,
        String title,
        String description,
        String justification,
        TaskForm form,
        FundingMode mode,
        @Schema(description = "Total planned amount in PLN as a decimal string, e.g. \"851000.00\"") String plannedAmountPln,
        @Schema(description = "The year, or the first and last year, the task covers") List<Integer> years) {

    public record Submitter(SubmitterType type, String code, String name, String krs, String email) {
    }

    /** The same submission with control characters refused and text normalised ({@link TextInput}), fields named as in JSON. */
    public ProposalSubmission normalised() {
        Submitter who = submitter == null ? null : new Submitter(submitter.type(),
                TextInput.identifier("submitter.code", submitter.code()), TextInput.of("submitter.name", submitter.name()),
                TextInput.identifier("submitter.krs", submitter.krs()), TextInput.identifier("submitter.email", submitter.email()));
        return new ProposalSubmission(TextInput.identifier("externalRef", externalRef), who, TextInput.identifier("sector", sector),
                TextInput.of("title", title), TextInput.of("description", description), TextInput.of("justification", justification),
                form, mode, TextInput.identifier("plannedAmountPln", plannedAmountPln), years);
    }
}
