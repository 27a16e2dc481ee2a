package pl.wspolnie.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.event.EventListener;
import pl.wspolnie.proposal.ProposalService;
import pl.wspolnie.proposal.ProposalSubmitted;

/**
 * A failure on demand, to prove that what fails half-way stores nothing: storing a proposal whose title starts
 * with {@value #TITLE} breaks right after the proposal was saved and its intake process started. A title starting
 * with {@value #SLOW} holds that transaction open for {@value #SLOW_MS} ms, as a loaded machine does, so concurrent
 * repeats of its reference meet an uncommitted first.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FailOnDemand {

    public static final String TITLE = "AWARIA";
    public static final String SLOW = "POWOLI";
    static final long SLOW_MS = 3000;

    private final ProposalService proposals;

    FailOnDemand(ProposalService proposals) {
        this.proposals = proposals;
    }

    @EventListener
    void on(ProposalSubmitted event) {
        if (proposals.get(event.proposalId()).getTitle().startsWith(TITLE)) {
            throw new IllegalStateException("test failure while storing proposal " + event.proposalId());
        }
        if (proposals.get(event.proposalId()).getTitle().startsWith(SLOW)) {
            try {
                Thread.sleep(SLOW_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
