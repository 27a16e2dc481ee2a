package pl.wspolnie.proposal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import pl.wspolnie.programme.FundingMode;
import pl.wspolnie.programme.TaskForm;

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
}
