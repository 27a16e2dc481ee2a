package pl.wspolnie.consultation;

import java.util.Optional;

/**
 * What a comment's anchor points at, as far as routing needs it: the sector whose team answers a comment on that
 * part of the text. Implemented where the text lives (pl.wspolnie.text), so consultation does not depend on it.
 */
public interface CommentTargets {

    /** The sector code of the unit the anchor ("u123", "u123-tabela-1") points at, or of a sector unit above it. */
    Optional<String> sectorOf(Long programmeId, String anchor);
}
