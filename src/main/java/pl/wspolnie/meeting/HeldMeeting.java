package pl.wspolnie.meeting;

import java.time.Instant;
import java.util.List;

/** A held meeting as the report lists it: when, what, how many came from how many organisations, the postulates. */
public record HeldMeeting(Long id, MeetingKind kind, String topic, List<String> sectors, Instant startsAt, String place,
                          String moderator, int people, int organisations, List<Raised> postulates) {

    /** A postulate with the organisation that raised it and what became of it ({@code proposalReference} if a proposal). */
    public record Raised(String organisation, String content, PostulateOutcome outcome, String proposalReference,
                         String chapter) {
    }
}
