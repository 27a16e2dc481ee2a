package pl.wspolnie.consultation;

import io.swagger.v3.oas.annotations.media.Schema;

/** A consultation comment, shaped like an element of the sample comments.json. */
public record CommentSubmission(
        @Schema(description = "The submitter's own id; repeating it returns the first result") String externalRef,
        String organisation,
        @Schema(description = "KRS number, 10 digits") String krs,
        String contactPerson,
        String email,
        @Schema(description = "The part of the draft: chapter / § / ust.") String section,
        @Schema(description = "Optional sector code whose team should answer; otherwise the coordination team answers") String sector,
        String currentText,
        String proposedText,
        String justification) {
}
