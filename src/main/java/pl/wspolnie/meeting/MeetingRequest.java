package pl.wspolnie.meeting;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A meeting as a team plans it, in the API and in the Tasklist form; dates typed as DD.MM.RRRR. */
public record MeetingRequest(
        MeetingKind kind,
        String topic,
        @Schema(description = "Sector codes of the municipality profile the meeting is about; empty for all sectors "
                + "(open meetings, conferences, newcomers)") List<String> sectors,
        @Schema(description = "Sector code of the moderating team; empty: the coordination team") String moderatingSector,
        @Schema(description = "Day of the meeting, DD.MM.RRRR (or YYYY-MM-DD)", example = "15.03.2027") String date,
        @Schema(example = "17:00") String startTime,
        @Schema(example = "19:00") String endTime,
        String place,
        @Schema(description = "https link of an online meeting; a place, a link or both") String onlineLink,
        Integer capacity,
        String moderator,
        @Schema(description = "Last day of registration, DD.MM.RRRR; registration closes at its end (or when the "
                + "meeting starts, if earlier)", example = "10.03.2027") String registrationDeadline) {
}
