package pl.wspolnie.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import pl.wspolnie.meeting.Meeting;
import pl.wspolnie.meeting.MeetingKind;
import pl.wspolnie.meeting.MeetingRecords;
import pl.wspolnie.meeting.MeetingRequest;
import pl.wspolnie.meeting.MeetingService;
import pl.wspolnie.meeting.PostulateProposal;
import pl.wspolnie.meeting.RegistrationForm;
import pl.wspolnie.meeting.RegistrationService;
import pl.wspolnie.municipality.MunicipalityProfile;
import pl.wspolnie.programme.FundingMode;
import pl.wspolnie.programme.TaskForm;
import pl.wspolnie.security.Groups;
import pl.wspolnie.shared.TypedDates;

/**
 * Demo only: the meeting schedule of the sample programme, through the real process — eight sector meetings
 * (six held with attendance and postulates, one held and waiting for its team to record it in Tasklist, one still
 * being planned), one for newcomers (held) and one open meeting ahead, open for registration. Runs while the call
 * for proposals is open, so postulates can become proposals.
 */
@Component
@ConditionalOnProperty(name = "wspolnie.demo.seed", havingValue = "true")
class DemoMeetings {

    private static final String HALL = "Urząd Miasta Krakowa, pl. Wszystkich Świętych 3-4, sala Portretowa";
    private static final List<String> ORGANISATIONS = List.of("Fundacja Zielony Kraków", "Stowarzyszenie Teatr Pod Mostem",
            "Fundacja Równe Szanse", "Stowarzyszenie Nowa Huta Dziś", "Fundacja Wspólne Podwórko",
            "Stowarzyszenie Młodzi dla Krakowa", "Fundacja Edukacji Obywatelskiej", "Klub Sportowy Wisła Juniorzy",
            "Stowarzyszenie Rodzin Osób z Niepełnosprawnościami", "Fundacja Biuro Inicjatyw Społecznych",
            "Polskie Towarzystwo Turystyczno-Krajoznawcze Oddział Kraków", "Stowarzyszenie Sąsiedzi z Podgórza");
    private static final List<String> PEOPLE = List.of("Anna Nowak", "Piotr Kowalski", "Katarzyna Wiśniewska",
            "Tomasz Wójcik", "Magdalena Kamińska", "Michał Lewandowski", "Agnieszka Zielińska", "Paweł Szymański",
            "Joanna Woźniak", "Krzysztof Dąbrowski", "Ewa Kozłowska", "Marcin Jankowski");

    private final MeetingService meetings;
    private final MeetingRecords records;
    private final RegistrationService registrations;
    private final TaskService tasks;
    private final MunicipalityProfile profile;
    private final Clock clock;
    private final ZoneId zone;

    DemoMeetings(MeetingService meetings, MeetingRecords records, RegistrationService registrations, TaskService tasks,
                 MunicipalityProfile profile, Clock clock, ZoneId municipalityZone) {
        this.meetings = meetings;
        this.records = records;
        this.registrations = registrations;
        this.tasks = tasks;
        this.profile = profile;
        this.clock = clock;
        this.zone = municipalityZone;
    }

    void seed(DemoCycle cycle, Long programmeId) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        var sectors = profile.sectors();
        for (int i = 0; i < sectors.size(); i++) {
            var sector = sectors.get(i);
            boolean held = i < sectors.size() - 1;
            boolean recorded = i < sectors.size() - 2;
            LocalDate day = workday(held ? today.minusDays(24 - 2L * i) : today.plusDays(21));
            Meeting m = plan(cycle, programmeId, sector.group(), new MeetingRequest(MeetingKind.SECTOR,
                    "Spotkanie branżowe: " + sector.name() + " – potrzeby organizacji na rok 2027", List.of(sector.code()),
                    sector.code(), TypedDates.DAY.format(day), "16:30", "18:30", HALL, null, 30, "Zespół branżowy: " + sector.name(),
                    TypedDates.DAY.format(day.minusDays(2))));
            if (recorded) {
                publishAndHold(cycle, m, i, 5 + i % 4);
            } else if (held) {
                // over, its record task waits in the team's Tasklist
                publish(cycle, m);
                cycle.settle(meetings.get(m.getId()).getProcessInstanceId());
            }
        }
        Meeting newcomers = plan(cycle, programmeId, Groups.COORDINATION_TEAM, new MeetingRequest(MeetingKind.NEWCOMERS,
                "Jak współpracować z miastem? Spotkanie dla organizacji nowych we współpracy", List.of(), null,
                TypedDates.DAY.format(workday(today.minusDays(6))), "17:00", "19:00", HALL, "https://spotkania.krakow.pl/nowe-organizacje", 40,
                "Zespół koordynacyjny", TypedDates.DAY.format(today.minusDays(8))));
        publishAndHold(cycle, newcomers, 8, 6);
        Meeting open = plan(cycle, programmeId, Groups.COORDINATION_TEAM, new MeetingRequest(MeetingKind.OPEN,
                "Otwarte spotkanie konsultacyjne projektu programu współpracy na rok 2027", List.of(), null,
                TypedDates.DAY.format(workday(today.plusDays(10))), "17:00", "20:00", "Centrum Obywatelskie, ul. Reformacka 3, sala A", null, 60,
                "Zespół koordynacyjny", TypedDates.DAY.format(today.plusDays(7))));
        publish(cycle, open);
        for (int i = 0; i < 3; i++) {
            registrations.register(open.getId(), new RegistrationForm(ORGANISATIONS.get(i), null, PEOPLE.get(i),
                    "uczestnik" + (i + 1) + "@example.org", i == 1 ? "Miejsce dla osoby na wózku." : null, i != 2));
        }
    }

    /** Teams meet on working days: a Saturday moves to the Friday before, a Sunday to the Monday after. */
    static LocalDate workday(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.minusDays(1);
            case SUNDAY -> day.plusDays(1);
            default -> day;
        };
    }

    private Meeting plan(DemoCycle cycle, Long programmeId, String group, MeetingRequest request) {
        return cycle.as(DemoCycle.userOf(group), () -> meetings.plan(programmeId, request, Set.of(group)));
    }

    private void publish(DemoCycle cycle, Meeting m) {
        cycle.complete(task(m, "PlanMeeting"), Map.of());
    }

    /** Publishes the meeting, lets its end pass and records who came and what they asked for. */
    private void publishAndHold(DemoCycle cycle, Meeting m, int seed, int people) {
        publish(cycle, m);
        cycle.settle(meetings.get(m.getId()).getProcessInstanceId());
        StringBuilder walkIns = new StringBuilder();
        for (int p = 0; p < people; p++) {
            walkIns.append(ORGANISATIONS.get((seed + p) % ORGANISATIONS.size())).append("; ")
                    .append(PEOPLE.get((seed * 3 + p) % PEOPLE.size())).append('\n');
        }
        String first = ORGANISATIONS.get(seed % ORGANISATIONS.size());
        String second = ORGANISATIONS.get((seed + 1) % ORGANISATIONS.size());
        String postulates = first + ": Wieloletnie umowy na zadania realizowane co roku, żeby organizacje mogły planować zatrudnienie.\n"
                + second + ": Mały grant na sąsiedzkie wydarzenia w dzielnicach, z prostym rozliczeniem.\n";
        cycle.complete(task(m, "RecordMeeting"), Map.of("presentRegistrations", "", "walkIns", walkIns.toString(),
                "postulates", postulates, "heldConfirmed", true));
        var raised = records.postulates(m.getId());
        String user = DemoCycle.userOf(m.getTeam());
        if (seed % 2 == 0) {
            String sector = m.getSectors().isEmpty() ? profile.sectors().get(0).code() : m.getSectors().get(0);
            cycle.as(user, () -> records.toProposal(raised.get(1).getId(), new PostulateProposal(
                    "Sąsiedzkie mikrogranty – " + profile.sector(sector).map(MunicipalityProfile.Sector::name).orElse(sector),
                    sector, TaskForm.TRYB_POZAKONKURSOWY, FundingMode.WSPIERANIE, "9500.00", List.of(2027), null,
                    "biuro" + (seed + 1) + "@organizacja.example.org")));
        }
        if (seed % 3 == 0) {
            cycle.as(user, () -> records.toRemark(raised.get(0).getId(), "Rozdział 6. Formy współpracy",
                    "Dopisać umowy wieloletnie jako formę współpracy finansowej."));
        }
    }

    private org.camunda.bpm.engine.task.Task task(Meeting m, String key) {
        return tasks.createTaskQuery().processInstanceId(meetings.get(m.getId()).getProcessInstanceId())
                .taskDefinitionKey(key).singleResult();
    }
}
