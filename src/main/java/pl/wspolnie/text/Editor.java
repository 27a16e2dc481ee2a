package pl.wspolnie.text;

import java.util.Set;
import pl.wspolnie.security.Groups;

/** Who edits the text and the groups (teams) they belong to, as the API or the drafting page authenticated them. */
public record Editor(String id, Set<String> groups) {

    /** The coordination team (or an administrator): edits every unit and answers for the accepted comments. */
    public boolean coordinator() {
        return groups.contains(Groups.COORDINATION_TEAM) || groups.contains(Groups.ADMIN);
    }
}
