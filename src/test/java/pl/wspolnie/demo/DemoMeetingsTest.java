package pl.wspolnie.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DemoMeetingsTest {

    @Test
    void demoMeetingsFallOnWorkingDays() {
        assertThat(DemoMeetings.workday(LocalDate.of(2026, 12, 5))).isEqualTo(LocalDate.of(2026, 12, 4)); // Saturday → Friday
        assertThat(DemoMeetings.workday(LocalDate.of(2026, 12, 6))).isEqualTo(LocalDate.of(2026, 12, 7)); // Sunday → Monday
        assertThat(DemoMeetings.workday(LocalDate.of(2026, 12, 2))).isEqualTo(LocalDate.of(2026, 12, 2)); // Wednesday stays
    }
}
