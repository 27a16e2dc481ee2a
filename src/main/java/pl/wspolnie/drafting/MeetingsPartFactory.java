package pl.wspolnie.drafting;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import org.springframework.stereotype.Component;
import pl.wspolnie.meeting.MeetingDates;
import pl.wspolnie.meeting.MeetingKind;
import pl.wspolnie.meeting.MeetingRecords;
import pl.wspolnie.meeting.PostulateOutcome;
import pl.wspolnie.municipality.MunicipalityProfile;

/** Freezes the meeting records of a programme into the snapshot's {@link MeetingsPart}. */
@Component
class MeetingsPartFactory {

    private final MeetingRecords records;
    private final MunicipalityProfile profile;
    private final ZoneId zone;

    MeetingsPartFactory(MeetingRecords records, MunicipalityProfile profile, ZoneId municipalityZone) {
        this.records = records;
        this.profile = profile;
        this.zone = municipalityZone;
    }

    MeetingsPart take(Long programmeId) {
        var stats = records.statistics(programmeId);
        var byKind = Arrays.stream(MeetingKind.values()).filter(k -> stats.heldByKind().containsKey(k))
                .map(k -> new MeetingsPart.KindCount(k.name(), k.plural(), stats.heldByKind().get(k))).toList();
        var held = records.held(programmeId).stream().map(h -> new MeetingsPart.Held(LocalDate.ofInstant(h.startsAt(), zone),
                MeetingDates.clock(h.startsAt(), zone), h.kind().name(), h.kind().label(), h.topic(),
                h.sectors().isEmpty() ? "wszystkie obszary" : String.join(", ", h.sectors().stream()
                        .map(c -> profile.sector(c).map(MunicipalityProfile.Sector::name).orElse(c)).toList()),
                h.place(), h.moderator(), h.people(), h.organisations(),
                h.postulates().stream().map(p -> new MeetingsPart.Raised(p.organisation(), p.content(), p.outcome().name(),
                        p.outcome().label(), p.outcome() == PostulateOutcome.PROPOSAL ? p.proposalReference() : p.chapter())).toList()))
                .toList();
        return new MeetingsPart(stats.held(), byKind, stats.people(), stats.organisations(), stats.postulates(),
                stats.postulates(PostulateOutcome.PROPOSAL), stats.postulates(PostulateOutcome.CHAPTER_REMARK),
                stats.postulates(PostulateOutcome.CONSULTATION_COMMENT), stats.postulates(PostulateOutcome.OPEN), held);
    }
}
