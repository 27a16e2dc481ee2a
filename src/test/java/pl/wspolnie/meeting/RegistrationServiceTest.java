package pl.wspolnie.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.wspolnie.meeting.MeetingFixtures.culture;
import static pl.wspolnie.meeting.MeetingFixtures.person;
import static pl.wspolnie.meeting.MeetingFixtures.today;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.programme.ProgrammeService;
import pl.wspolnie.shared.ConflictException;
import pl.wspolnie.shared.InvalidInputException;
import pl.wspolnie.support.ProcessTest;

/** Seats, the waiting list, the deadline, cancelling and repeated registration, with the real database. */
@ProcessTest
class RegistrationServiceTest {

    @Autowired
    RegistrationService registrations;
    @Autowired
    MeetingService meetings;
    @Autowired
    Registrations stored;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;

    MeetingFixtures fixtures;
    Long programmeId;

    @BeforeEach
    void programme() {
        fixtures = new MeetingFixtures(programmes, meetings, tasks, identity);
        programmeId = fixtures.programme("Program współpracy na rok 2027 (zapisy na spotkania)");
    }

    @Test
    void seatsGoInOrderThenTheWaitingListAndACancelledSeatGoesToWhoWaitedLongest() {
        Meeting m = fixtures.published(programmeId, culture("Kultura w dzielnicach", today().plusDays(10), today().plusDays(5), 2));

        var first = registrations.register(m.getId(), person("Fundacja Łąka", "a@laka.example.org")).registration();
        var second = registrations.register(m.getId(), person("Teatr Pod Mostem", "b@teatr.example.org")).registration();
        var third = registrations.register(m.getId(), person("Fundacja Równe Szanse", "c@rowne.example.org")).registration();
        var fourth = registrations.register(m.getId(), person("Stowarzyszenie Sąsiedzi", "d@sasiedzi.example.org")).registration();

        assertThat(first.getStatus()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(second.getStatus()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(third.getStatus()).isEqualTo(RegistrationStatus.WAITING);
        assertThat(fourth.getStatus()).isEqualTo(RegistrationStatus.WAITING);
        assertThat(registrations.seatsTaken(m.getId())).isEqualTo(2);

        registrations.cancel(second.getCancelToken());

        assertThat(stored.findById(second.getId()).orElseThrow().getStatus()).isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(stored.findById(third.getId()).orElseThrow().getStatus()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(stored.findById(fourth.getId()).orElseThrow().getStatus()).isEqualTo(RegistrationStatus.WAITING);
        assertThat(registrations.seatsTaken(m.getId())).isEqualTo(2);
    }

    @Test
    void cancellingTwiceOrCancellingAWaitingPlaceGivesNoSeatAway() {
        Meeting m = fixtures.published(programmeId, culture("Kultura – lista oczekujących", today().plusDays(10), today().plusDays(5), 1));
        var seat = registrations.register(m.getId(), person("Fundacja Łąka", "a@laka.example.org")).registration();
        var waiting = registrations.register(m.getId(), person("Teatr Pod Mostem", "b@teatr.example.org")).registration();
        var later = registrations.register(m.getId(), person("Fundacja Równe Szanse", "c@rowne.example.org")).registration();

        registrations.cancel(waiting.getCancelToken());
        registrations.cancel(waiting.getCancelToken());

        assertThat(stored.findById(seat.getId()).orElseThrow().getStatus()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(stored.findById(later.getId()).orElseThrow().getStatus()).isEqualTo(RegistrationStatus.WAITING);
    }

    @Test
    void theSameAddressRegistersOncePerMeetingWhateverItsCase() {
        Meeting m = fixtures.published(programmeId, culture("Kultura – powtórny zapis", today().plusDays(10), today().plusDays(5), 5));

        var first = registrations.register(m.getId(), person("Fundacja Łąka", "Anna@Laka.example.org"));
        var again = registrations.register(m.getId(), person("Fundacja Łąka (ponownie)", " anna@laka.example.org "));

        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.registration().getReference()).isEqualTo(first.registration().getReference());
        assertThat(registrations.of(m.getId())).hasSize(1).first()
                .extracting(Registration::getOrganisation).isEqualTo("Fundacja Łąka");
    }

    /**
     * Registering again after cancelling used to overwrite the cancelled registration (its organisation, person, needs,
     * status) and revive its number and cancel link: the cancellation vanished from the record and the old e-mail's
     * link cancelled the new seat. Now it is a new registration at the end of the queue; the cancelled one stays.
     */
    @Test
    void afterCancellingTheSameAddressRegistersAnewAndTheCancelledRegistrationStays() {
        Meeting m = fixtures.published(programmeId, culture("Kultura – ponowny zapis", today().plusDays(10), today().plusDays(5), 1));
        var first = registrations.register(m.getId(), person("Fundacja Łąka", "anna@laka.example.org")).registration();
        registrations.cancel(first.getCancelToken());
        var seat = registrations.register(m.getId(), person("Teatr Pod Mostem", "b@teatr.example.org")).registration();

        var again = registrations.register(m.getId(), person("Fundacja Łąka – oddział Podgórze", " Anna@Laka.example.org"));

        assertThat(again.created()).isTrue();
        assertThat(again.registration().getReference()).isNotEqualTo(first.getReference());
        assertThat(again.registration().getCancelToken()).isNotEqualTo(first.getCancelToken());
        assertThat(again.registration().getStatus()).as("the seat went to another meanwhile").isEqualTo(RegistrationStatus.WAITING);
        var cancelled = stored.findById(first.getId()).orElseThrow();
        assertThat(cancelled.getStatus()).isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(cancelled.getOrganisation()).isEqualTo("Fundacja Łąka");
        assertThat(registrations.of(m.getId())).extracting(Registration::getStatus).containsExactly(
                RegistrationStatus.CANCELLED, RegistrationStatus.CONFIRMED, RegistrationStatus.WAITING);

        registrations.cancel(first.getCancelToken());
        assertThat(stored.findById(again.registration().getId()).orElseThrow().getStatus())
                .as("the old e-mail's link cancels nothing new").isEqualTo(RegistrationStatus.WAITING);
        var repeat = registrations.register(m.getId(), person("Fundacja Łąka", "anna@laka.example.org"));
        assertThat(repeat.created()).isFalse();
        assertThat(repeat.registration().getReference()).isEqualTo(again.registration().getReference());

        registrations.cancel(seat.getCancelToken());
        assertThat(stored.findById(again.registration().getId()).orElseThrow().getStatus())
                .as("the new registration moves up the waiting list").isEqualTo(RegistrationStatus.CONFIRMED);
    }

    @Test
    void registrationClosesAtTheEndOfTheDeadlineDay() {
        Meeting closed = fixtures.published(programmeId, culture("Kultura – po terminie", today().plusDays(3), today().minusDays(1), 5));
        Meeting lastDay = fixtures.published(programmeId, culture("Kultura – ostatni dzień", today().plusDays(3), today(), 5));

        assertThatThrownBy(() -> registrations.register(closed.getId(), person("Fundacja Łąka", "a@laka.example.org")))
                .isInstanceOf(ConflictException.class);
        assertThat(registrations.of(closed.getId())).isEmpty();
        assertThat(registrations.register(lastDay.getId(), person("Fundacja Łąka", "a@laka.example.org")).created()).isTrue();
        assertThat(lastDay.getRegistrationClosesAt())
                .isEqualTo(today().plusDays(1).atStartOfDay(MeetingFixtures.WARSAW).toInstant());
    }

    @Test
    void aBadFormIsRefusedByFieldAndStoresNothing() {
        Meeting m = fixtures.published(programmeId, culture("Kultura – błędy", today().plusDays(10), today().plusDays(5), 5));

        assertThatThrownBy(() -> registrations.register(m.getId(), new RegistrationForm(" ", "123", "", "nie-adres", null, false)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::field)
                        .containsExactlyInAnyOrder("organisation", "person", "email", "krs"));
        assertThat(registrations.of(m.getId())).isEmpty();
    }

    @Test
    void remindersGoOnceToTheSeatsOfTomorrowsMeetings() {
        Meeting tomorrow = fixtures.published(programmeId, culture("Kultura – jutro", today().plusDays(1), today(), 1));
        Meeting later = fixtures.published(programmeId, culture("Kultura – za tydzień", today().plusDays(7), today().plusDays(5), 5));
        var seat = registrations.register(tomorrow.getId(), person("Fundacja Łąka", "a@laka.example.org")).registration();
        var waiting = registrations.register(tomorrow.getId(), person("Teatr Pod Mostem", "b@teatr.example.org")).registration();
        var notYet = registrations.register(later.getId(), person("Fundacja Łąka", "a@laka.example.org")).registration();

        registrations.sendDueReminders();
        registrations.sendDueReminders();

        assertThat(stored.findById(seat.getId()).orElseThrow().getRemindedAt()).isNotNull();
        assertThat(stored.findById(waiting.getId()).orElseThrow().getRemindedAt()).isNull();
        assertThat(stored.findById(notYet.getId()).orElseThrow().getRemindedAt()).isNull();
    }
}
