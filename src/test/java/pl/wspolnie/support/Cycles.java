package pl.wspolnie.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/** Programmes for tests, started over the API as the coordination team would. */
public final class Cycles {

    private Cycles() {
    }

    /** A programme whose call for proposals is open: its calendar lies in the future. Returns its id. */
    public static long withOpenCall(Http coordinator, int year, String title) {
        return withOpenCall(coordinator, year, year, title);
    }

    /** As above, for the years given: annual when they are one, multi-year otherwise. */
    public static long withOpenCall(Http coordinator, int firstYear, int lastYear, String title) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Warsaw"));
        var created = coordinator.post("/api/programmes", Map.of("kind", firstYear == lastYear ? "ANNUAL" : "MULTI_YEAR",
                "firstYear", firstYear, "lastYear", lastYear,
                "title", title, "calendar", Map.of(
                        "proposalDeadline", today.plusDays(20).toString(), "sectionsDue", today.plusDays(40).toString(),
                        "consultationStart", today.plusDays(50).toString(), "consultationEnd", today.plusDays(75).toString(),
                        "councilDeadline", today.plusDays(100).toString())));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.body().get("stage").asText()).isEqualTo("CALL_FOR_PROPOSALS");
        return created.body().get("id").asLong();
    }
}
