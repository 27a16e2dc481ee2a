package pl.wspolnie.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import pl.wspolnie.shared.InvalidInputException;

class MeetingFormLinesTest {

    @Test
    void datesTypedTheOfficialWayMeanThatDayAndImpossibleOnesAreNoDate() {
        assertThat(MeetingDates.day("15.03.2027")).isEqualTo(LocalDate.of(2027, 3, 15));
        assertThat(MeetingDates.day(" 2027-03-15 ")).isEqualTo(LocalDate.of(2027, 3, 15));
        assertThat(MeetingDates.day("31.02.2027")).isNull();
        assertThat(MeetingDates.day("3/15/2027")).isNull();
        assertThat(MeetingDates.time("9:05")).isEqualTo(LocalTime.of(9, 5));
        assertThat(MeetingDates.time("25:00")).isNull();
    }

    @Test
    void listsAreReadOneALineAndABadLineNamesItsField() {
        assertThat(MeetingFormLines.references(" SP-2027-AAAAAAAA, SP-2027-BBBBBBBB;SP-2027-CCCCCCCC\n"))
                .containsExactly("SP-2027-AAAAAAAA", "SP-2027-BBBBBBBB", "SP-2027-CCCCCCCC");
        assertThat(MeetingFormLines.walkIns("Fundacja Łąka; Anna Nowak\n\n  Teatr; Jan Kowalski ", "walkIns"))
                .containsExactly(new WalkIn("Fundacja Łąka", "Anna Nowak"), new WalkIn("Teatr", "Jan Kowalski"));
        assertThat(MeetingFormLines.postulates("Fundacja Łąka: Granty: małe i szybkie", "postulates"))
                .containsExactly(new MeetingFormLines.Raised("Fundacja Łąka", "Granty: małe i szybkie"));
        assertThatThrownBy(() -> MeetingFormLines.walkIns("Anna Nowak", "walkIns"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("walkIns"));
        assertThatThrownBy(() -> MeetingFormLines.postulates("bez dwukropka", "postulates"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("postulates"));
    }

    @Test
    void organisationsCountOnceWhateverTheirSpellingOfCaseSpacesAndQuotes() {
        assertThat(MeetingRecords.distinct(java.util.List.of("Fundacja „Łąka”", "fundacja  łąka", "Teatr", "TEATR "))).isEqualTo(2);
    }
}
