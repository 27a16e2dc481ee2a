package pl.wspolnie.text;

import java.util.Set;

/** Who edits the text and the groups (teams) they belong to, as the API or the drafting page authenticated them. */
public record Editor(String id, Set<String> groups) {
}
