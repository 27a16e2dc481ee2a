package pl.wspolnie.drafting;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The statutory completeness of the latest draft version: what it lacks, in Polish, one sentence per gap.
 *
 * @param version the number of the version checked (0: no version yet)
 * @param missing what is missing; empty when the draft is complete
 */
public record Completeness(int version, List<String> missing) {

    public Completeness {
        missing = List.copyOf(missing);
    }

    public boolean complete() {
        return missing.isEmpty();
    }

    /** The gaps as a list for a form or a history entry, one "• " line each; empty when complete. */
    public String text() {
        return missing.stream().map(m -> "• " + m).collect(Collectors.joining("\n"));
    }
}
