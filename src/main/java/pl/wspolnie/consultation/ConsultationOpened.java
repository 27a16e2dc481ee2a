package pl.wspolnie.consultation;

import java.time.Instant;

/** A consultation round opened for comments; {@code closesAt} is the end of its last day. */
public record ConsultationOpened(Long programmeId, Long consultationId, int round, Instant openedAt, Instant closesAt) {
}
