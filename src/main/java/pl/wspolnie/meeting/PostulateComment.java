package pl.wspolnie.meeting;

import io.swagger.v3.oas.annotations.media.Schema;

/** How a postulate raised during the consultation becomes a consultation comment. */
public record PostulateComment(
        @Schema(description = "The part of the draft the postulate addresses: chapter / § / ust.") String section,
        @Schema(description = "Optional sector code whose team should answer; otherwise the coordination team answers") String sector,
        @Schema(description = "Optional wording proposed; the postulate's own text when empty") String proposedText,
        @Schema(description = "Optional; the organisation's registration for the meeting when empty") String contactPerson,
        @Schema(description = "Optional; the organisation's registration for the meeting when empty") String email) {
}
