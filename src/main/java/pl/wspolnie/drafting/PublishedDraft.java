package pl.wspolnie.drafting;

import java.time.Instant;

/**
 * The draft version the public sees: the latest one recorded at the consultation stage or later (never a draft
 * from before the consultation), with its outline for reading on the page.
 */
public record PublishedDraft(int number, DraftStage stage, String label, Instant createdAt, String fileName,
                             long sizeBytes, DraftOutline outline) {
}
