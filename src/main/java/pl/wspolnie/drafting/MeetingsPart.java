package pl.wspolnie.drafting;

import java.time.LocalDate;
import java.util.List;

/**
 * The meetings part of a snapshot: meetings held while the programme was made, counted from the records (by kind,
 * people, distinct organisations, postulates and what became of them), and each meeting with its postulates.
 * Organisations are named as attributed to postulates; people are not named.
 */
public record MeetingsPart(int held, List<KindCount> byKind, int people, int organisations, int postulates, int proposals,
                           int remarks, int comments, int open, List<Held> meetings) {

    public record KindCount(String kind, String label, int count) {
    }

    public record Held(LocalDate date, String time, String kind, String kindLabel, String topic, String sectors, String place,
                       String moderator, int people, int organisations, List<Raised> postulates) {
    }

    /**
     * {@code outcome} is OPEN, PROPOSAL, CHAPTER_REMARK or CONSULTATION_COMMENT; {@code detail} the proposal's reference,
     * or the chapter or part of the draft.
     */
    public record Raised(String organisation, String content, String outcome, String outcomeLabel, String detail) {
    }
}
