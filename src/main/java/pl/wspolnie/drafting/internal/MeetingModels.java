package pl.wspolnie.drafting.internal;

import java.util.Map;
import java.util.stream.Collectors;
import pl.wspolnie.drafting.DraftSnapshot;
import pl.wspolnie.drafting.MeetingsPart;

/**
 * Template keys for the meetings held while the programme was made (chapter 11 of the programme, the consultation
 * report): {@code meetingsHeld} switches the paragraph on, the rest are the counts as text. The channels comments
 * came by, the other recorded part of chapter 11, are added here too ({@link ConsultationAccount}).
 */
final class MeetingModels {

    private MeetingModels() {
    }

    static void put(DraftSnapshot s, Map<String, Object> m) {
        MeetingsPart p = s.meetings();
        boolean held = p != null && p.held() > 0;
        m.put("meetingsHeld", held);
        m.put("meetingCount", String.valueOf(held ? p.held() : 0));
        m.put("meetingKinds", held ? p.byKind().stream().map(k -> k.label() + ": " + k.count()).collect(Collectors.joining(", ")) : "");
        m.put("meetingPeople", String.valueOf(held ? p.people() : 0));
        m.put("meetingOrganisations", String.valueOf(held ? p.organisations() : 0));
        m.put("postulateCount", String.valueOf(held ? p.postulates() : 0));
        m.put("postulatesToProposals", String.valueOf(held ? p.proposals() : 0));
        m.put("postulatesToRemarks", String.valueOf(held ? p.remarks() : 0));
        m.put("postulatesToComments", String.valueOf(held ? p.comments() : 0));
        m.put("postulatesOpen", String.valueOf(held ? p.open() : 0));
        ConsultationAccount.put(s, m);
    }
}
