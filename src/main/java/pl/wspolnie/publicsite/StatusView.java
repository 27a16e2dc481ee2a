package pl.wspolnie.publicsite;

import java.time.ZoneId;
import pl.wspolnie.proposal.ProposalViews.PublicStatus;

/**
 * A proposal's public status as the page says it, in Polish; {@code tone} colours the status tag: {@code open}
 * while the team works on it, {@code accepted} when it is in the programme, {@code rejected} when it is not.
 */
record StatusView(String reference, String programmeTitle, String title, String sectorName, String receivedOn,
                  String state, String tone, String summary, String team, String taskTitle, String reason, boolean decided) {

    static StatusView of(PublicStatus s, ZoneId zone) {
        String team = s.team();
        String task = s.taskTitle() == null ? "" : "„" + s.taskTitle() + "”";
        String summary = switch (s.status()) {
            case RECEIVED -> "Propozycja wpłynęła i czeka na skierowanie do zespołu.";
            case ROUTED -> "Propozycja wpłynęła i została skierowana do rozpatrzenia. Rozpatruje ją " + team + ".";
            case ACCEPTED -> "Propozycja została przyjęta jako zadanie priorytetowe " + task + ".";
            case MERGED -> "Propozycja została połączona z zadaniem priorytetowym " + task + ".";
            case REJECTED -> "Propozycja nie została przyjęta do programu.";
        };
        String state = switch (s.status()) {
            case RECEIVED -> "wpłynęła";
            case ROUTED -> "w rozpatrzeniu";
            case ACCEPTED -> "przyjęta";
            case MERGED -> "połączona z innym zadaniem";
            case REJECTED -> "nieprzyjęta";
        };
        String tone = switch (s.status()) {
            case RECEIVED, ROUTED -> "open";
            case ACCEPTED, MERGED -> "accepted";
            case REJECTED -> "rejected";
        };
        return new StatusView(s.reference(), s.programmeTitle(), s.title(), s.sectorName(), PolishDates.date(s.receivedAt(), zone),
                state, tone, summary, team, s.taskTitle(), s.reason(), !"open".equals(tone));
    }
}
