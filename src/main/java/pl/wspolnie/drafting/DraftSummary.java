package pl.wspolnie.drafting;

import java.time.Instant;

/** A draft version as listed: everything but the document's bytes and the snapshot. */
public record DraftSummary(int number, DraftStage stage, String label, String note, String createdBy, Instant createdAt,
                           String sha256, Long sizeBytes, String contentType) {
}
