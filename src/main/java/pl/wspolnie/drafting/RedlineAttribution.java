package pl.wspolnie.drafting;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import pl.wspolnie.drafting.internal.redline.Attribution;
import pl.wspolnie.history.ChangeHistory;
import pl.wspolnie.history.HistoryEntry;
import pl.wspolnie.programme.ProgrammeService;
import pl.wspolnie.security.CurrentUser;
import pl.wspolnie.security.Groups;
import pl.wspolnie.security.PersonNames;
import pl.wspolnie.shared.TypedDates;
import pl.wspolnie.text.TextService;

/**
 * Who a redline's revisions are attributed to, and the sentence that opens it. A version is attributed to the
 * person who recorded it; when a job recorded it (actor {@code system}), to the last person whose recorded action
 * came before it (the one whose step caused the job), else the programme's author, else the first member of the
 * coordination team. Names are display names ("Katarzyna Koordynatorka"), never a bare "system".
 */
@Component
class RedlineAttribution {

    /** Shown only when no person can be found at all (a database without users). */
    static final String NOBODY = "Zespół koordynacyjny";

    private final ChangeHistory history;
    private final ProgrammeService programmes;
    private final PersonNames people;
    private final ZoneId zone;
    private final TextService text;

    RedlineAttribution(ChangeHistory history, ProgrammeService programmes, PersonNames people, ZoneId municipalityZone,
                       TextService text) {
        this.text = text;
        this.history = history;
        this.programmes = programmes;
        this.people = people;
        this.zone = municipalityZone;
    }

    /**
     * A change inside a unit edited between the two versions is attributed to the unit's last editor, dated by that
     * edit; every other change (tables, header, units nobody edited) to the person behind the newer version.
     */
    Attribution of(DraftVersion older, DraftVersion newer) {
        Map<String, Attribution.Author> byUnit = new HashMap<>();
        text.lastEditsBetween(newer.getProgrammeId(), older.getCreatedAt(), newer.getCreatedAt()).forEach((unitId, edit) ->
                byUnit.put(Attribution.bookmark(unitId), new Attribution.Author(displayName(edit.getEditor()), edit.getEditedAt())));
        return Attribution.of(new Attribution.Author(displayName(person(newer)), newer.getCreatedAt()), byUnit);
    }

    /** "Porównanie wersji 2 (Projekt skierowany do konsultacji, 14.12.2026) z wersją 1 (…). Zmiany …" */
    String preface(DraftVersion older, DraftVersion newer) {
        return "Porównanie wersji " + newer.getNumber() + " (" + describe(newer) + ") z wersją " + older.getNumber()
                + " (" + describe(older) + "). Zmiany naniesione jako śledzone zmiany.";
    }

    private String describe(DraftVersion v) {
        return v.getLabel() + ", " + TypedDates.DAY.format(v.getCreatedAt().atZone(zone));
    }

    private String person(DraftVersion v) {
        if (isPerson(v.getCreatedBy())) {
            return v.getCreatedBy();
        }
        List<HistoryEntry> entries = history.of(v.getProgrammeId());
        for (int i = entries.size() - 1; i >= 0; i--) {
            HistoryEntry e = entries.get(i);
            if (!e.getAt().isAfter(v.getCreatedAt()) && isPerson(e.getActor())) {
                return e.getActor();
            }
        }
        String author = programmes.get(v.getProgrammeId()).getCreatedBy();
        if (isPerson(author)) {
            return author;
        }
        return people.firstMemberOf(Groups.COORDINATION_TEAM).orElse(null);
    }

    private static boolean isPerson(String actor) {
        return actor != null && !actor.isBlank() && !actor.equals(CurrentUser.SYSTEM) && !actor.equals(CurrentUser.PUBLIC);
    }

    /** "First Last" of the user, else the user id, else {@link #NOBODY}. */
    private String displayName(String userId) {
        return userId == null ? NOBODY : people.displayName(userId);
    }
}
