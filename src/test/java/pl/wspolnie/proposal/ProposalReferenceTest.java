package pl.wspolnie.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProposalReferenceTest {

    @Test
    void aReferenceIsTheYearAndEightCharactersThatAreEasyToReadAloud() {
        String reference = ProposalReference.next(2027);
        assertThat(reference).matches(ProposalReference.FORMAT).startsWith("WSP-2027-").hasSize(17);
        assertThat(reference.substring(9)).doesNotContain("I", "L", "O", "U");
    }

    @Test
    void referencesDoNotRepeatInManyDraws() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertThat(seen.add(ProposalReference.next(2031))).isTrue();
        }
    }

    @Test
    void whatAPersonTypesIsReadLeniently() {
        assertThat(ProposalReference.normalise(" wsp-2027-7kq2m9xd ")).contains("WSP-2027-7KQ2M9XD");
        assertThat(ProposalReference.normalise("WSP 2027 7KQ2 M9XD")).contains("WSP-2027-7KQ2M9XD");
        assertThat(ProposalReference.normalise("WSP–2027–7KQ2M9XD")).contains("WSP-2027-7KQ2M9XD");
        assertThat(ProposalReference.normalise("WSP-2027-OIL00000")).contains("WSP-2027-01100000");
    }

    @Test
    void whatCannotBeAReferenceIsRefused() {
        assertThat(ProposalReference.normalise(null)).isEmpty();
        assertThat(ProposalReference.normalise("")).isEmpty();
        assertThat(ProposalReference.normalise("P-2027-0001")).isEmpty();
        assertThat(ProposalReference.normalise("WSP-2027-7KQ2M9X")).isEmpty();
        assertThat(ProposalReference.normalise("WSP-2027-7KQ2M9XUU")).isEmpty();
        assertThat(ProposalReference.normalise("WSP-2027-7KQ2M9XU")).isEmpty();
        assertThat(ProposalReference.normalise("WSP-20x7-7KQ2M9XD")).isEmpty();
    }
}
