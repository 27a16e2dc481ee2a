package pl.wspolnie.consultation;

/** An accepted (or partly accepted) comment as the revision's traces show it: read without the comment's texts. */
public record AcceptedComment(String externalRef, String organisation, CommentDecision decision, String anchor, String section) {
}
