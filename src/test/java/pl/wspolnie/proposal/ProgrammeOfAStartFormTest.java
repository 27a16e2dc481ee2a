package pl.wspolnie.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pl.wspolnie.programme.Programme;
import pl.wspolnie.programme.ProgrammeService;
import pl.wspolnie.programme.Stage;
import pl.wspolnie.security.CurrentUser;
import pl.wspolnie.shared.InvalidInputException;

/**
 * Which programme a proposal sent from Tasklist's start form without "Numer programu" goes to. Walking a 2028 cycle
 * in Tasklist, the coordination team, which may add proposals after the call, was told to type the number of the
 * programme in preparation, which no screen of Tasklist shows.
 */
class ProgrammeOfAStartFormTest {

    private final ProgrammeService programmes = mock(ProgrammeService.class);
    private final CurrentUser user = mock(CurrentUser.class);
    private final ProposalService service = new ProposalService(null, programmes, null, null, user, null, Clock.systemUTC());

    @Test
    void theOpenCallIsTakenWhoeverSends() {
        var open = List.of(programme(7, "Program na rok 2029"));
        when(programmes.inStage(Stage.CALL_FOR_PROPOSALS)).thenReturn(open);
        when(user.groups()).thenReturn(Set.of("departments"));
        assertThat(service.openCall()).isEqualTo(7L);
    }

    @Test
    void afterTheCallTheCoordinationTeamGetsTheOneProgrammeInPreparation() {
        var inReview = List.of(programme(3, "Program na rok 2028"));
        when(programmes.inStage(Stage.DRAFT_REVIEW)).thenReturn(inReview);
        when(user.groups()).thenReturn(Set.of("coordination-team"));
        assertThat(service.openCall()).isEqualTo(3L);
    }

    @Test
    void withSeveralInPreparationTheRefusalNamesEachOnesNumberAndTitle() {
        var written = List.of(programme(3, "Program na rok 2028"));
        var inReview = List.of(programme(4, "Program wieloletni 2028–2030"));
        when(programmes.inStage(Stage.SECTOR_WORK)).thenReturn(written);
        when(programmes.inStage(Stage.DRAFT_REVIEW)).thenReturn(inReview);
        when(user.groups()).thenReturn(Set.of("coordination-team"));
        assertThatThrownBy(service::openCall).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("wpisz w polu „Numer programu” numer jednego z nich: 3 – Program na rok 2028; "
                        + "4 – Program wieloletni 2028–2030.");
    }

    @Test
    void othersAfterTheCallAreStillRefused() {
        var written = List.of(programme(3, "Program na rok 2028"));
        when(programmes.inStage(Stage.SECTOR_WORK)).thenReturn(written);
        when(user.groups()).thenReturn(Set.of("departments"));
        assertThatThrownBy(service::openCall).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no programme has an open call for proposals");
    }

    private static Programme programme(long id, String title) {
        Programme p = mock(Programme.class);
        when(p.getId()).thenReturn(id);
        when(p.getTitle()).thenReturn(title);
        return p;
    }
}
