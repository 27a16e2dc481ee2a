package pl.wspolnie.consultation;

import io.swagger.v3.oas.annotations.media.Schema;
import pl.wspolnie.shared.TextInput;

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
        String justification,
        @Schema(description = "Optional anchor of the part of the draft's public outline the comment addresses, e.g. rozdzial-6-ust-2")
        String anchor,
        @Schema(description = "Optional: how the comment reached the office, API (default) or EMAIL when the office enters an e-mailed comment")
        String channel) {

    /** A comment that names its section only in words (the API before anchors, the sample comments). */
    public CommentSubmission(String externalRef, String organisation, String krs, String contactPerson, String email,
                             String section, String sector, String currentText, String proposedText, String justification) {
        this(externalRef, organisation, krs, contactPerson, email, section, sector, currentText, proposedText, justification, null);
    }

    /** A comment without a stated channel (the public form, the API before channels). */
    public CommentSubmission(String externalRef, String organisation, String krs, String contactPerson, String email,
                             String section, String sector, String currentText, String proposedText, String justification,
                             String anchor) {
        this(externalRef, organisation, krs, contactPerson, email, section, sector, currentText, proposedText, justification,
                anchor, null);
    }

    /** The same comment with control characters refused and text normalised ({@link TextInput}), fields named as in JSON. */
    public CommentSubmission normalised() {
        return new CommentSubmission(TextInput.identifier("externalRef", externalRef), TextInput.of("organisation", organisation),
                TextInput.identifier("krs", krs), TextInput.of("contactPerson", contactPerson), TextInput.identifier("email", email),
                TextInput.of("section", section), TextInput.identifier("sector", sector), TextInput.of("currentText", currentText),
                TextInput.of("proposedText", proposedText), TextInput.of("justification", justification),
                TextInput.identifier("anchor", anchor), TextInput.identifier("channel", channel));
    }
}
