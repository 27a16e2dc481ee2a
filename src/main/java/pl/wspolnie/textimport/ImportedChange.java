package pl.wspolnie.textimport;

import java.util.List;

/** One unit the uploaded file changes: its id and label, the current wording and the file's, and the word diff. */
public record ImportedChange(Long id, String label, String before, String after, List<WordDiff.Segment> diff) {
}
