package pl.wspolnie.consultation;

import java.time.Instant;

/** A new comment was stored (a repeated reference is not new); its author should get a receipt. */
public record CommentReceived(Long programmeId, Long consultationId, int round, Long commentId, String externalRef,
                              String organisation, String contactPerson, String email, String section,
                              Instant receivedAt, Instant consultationClosesAt) {
}
