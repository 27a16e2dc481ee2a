package pl.wspolnie.meeting;

import java.util.List;
import pl.wspolnie.programme.FundingMode;
import pl.wspolnie.programme.TaskForm;

/**
 * What turns a postulate into a proposal of a priority task; the postulate's text is its description. {@code email}
 * is the organisation's address for the proposal; empty: the address its registration for the meeting gave.
 */
public record PostulateProposal(String title, String sector, TaskForm form, FundingMode mode, String plannedAmountPln,
                                List<Integer> years, String justification, String email) {
}
