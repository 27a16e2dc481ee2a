package pl.wspolnie.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import pl.wspolnie.municipality.MunicipalityProfile;
import pl.wspolnie.shared.InvalidInputException;

class CalendarPlannerTest {

    private final MunicipalityProfile krakow = new MunicipalityProfile("Gmina Miejska Kraków", "Rada Miasta Krakowa",
            "Prezydent Miasta Krakowa", "KRDPP", 21, 14, MonthDay.of(11, 30),
            List.of(new MunicipalityProfile.Sector("KULTURA", "Kultura", "sector-culture")), List.of());

    @Test
    void proposesTheCalendarBackwardsFromThirtiethNovemberOfTheYearBefore() {
        Calendar c = CalendarPlanner.plan(2027, krakow, null);

        assertThat(c.councilDeadline()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(c.consultationEnd()).isEqualTo(LocalDate.of(2026, 10, 26));
        assertThat(c.consultationStart()).isEqualTo(LocalDate.of(2026, 10, 5));
        assertThat(c.opinionDeadline()).isEqualTo(LocalDate.of(2026, 10, 19));
        assertThat(c.sectionsDue()).isEqualTo(LocalDate.of(2026, 9, 14));
        assertThat(c.proposalDeadline()).isEqualTo(LocalDate.of(2026, 7, 31));
    }

    @Test
    void anEditedDateMovesTheDatesThatFollowFromIt() {
        Calendar c = CalendarPlanner.plan(2027, krakow,
                new Calendar(null, null, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 22), null, null));

        assertThat(c.consultationStart()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(c.opinionDeadline()).isEqualTo(LocalDate.of(2026, 10, 15));
        assertThat(c.sectionsDue()).isEqualTo(LocalDate.of(2026, 9, 10));
        assertThat(c.councilDeadline()).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void aConsultationShorterThanTheMunicipalityAllowsIsRefusedNamingTheField() {
        assertThatThrownBy(() -> CalendarPlanner.plan(2027, krakow,
                new Calendar(null, null, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 10), null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::field).containsExactly("calendar.consultationEnd"));
    }

    @Test
    void datesOutOfOrderAreRefused() {
        assertThatThrownBy(() -> CalendarPlanner.plan(2027, krakow,
                new Calendar(LocalDate.of(2026, 9, 20), LocalDate.of(2026, 9, 1), null, null, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::field).contains("calendar.sectionsDue"));
    }

    @Test
    void aPlanThatMissesTheDeadlineOrStartsLateIsAWarningNotARefusal() {
        Calendar late = CalendarPlanner.plan(2027, krakow,
                new Calendar(null, null, LocalDate.of(2026, 11, 20), LocalDate.of(2026, 12, 11), null, null));

        assertThat(CalendarPlanner.warnings(late, LocalDate.of(2026, 11, 23)))
                .containsExactly("Konsultacje kończą się 2026-12-11, po terminie uchwalenia 2026-11-30",
                        "Termin naboru propozycji (2026-09-15) już minął – nabór zamknie się od razu");
        assertThat(CalendarPlanner.warnings(CalendarPlanner.plan(2028, krakow, null), LocalDate.of(2026, 11, 23))).isEmpty();
    }
}
