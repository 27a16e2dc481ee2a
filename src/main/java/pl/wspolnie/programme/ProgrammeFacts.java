package pl.wspolnie.programme;

import java.util.Map;

/** Counts other capabilities contribute to a programme's overview (proposals by state, comments by decision). */
public interface ProgrammeFacts {

    /** A name for the group of counts, e.g. "proposals", and the counts by state. */
    String name();

    Map<String, Long> counts(Long programmeId);
}
