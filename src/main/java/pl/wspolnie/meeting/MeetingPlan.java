package pl.wspolnie.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import pl.wspolnie.municipality.MunicipalityProfile;
import pl.wspolnie.shared.FieldErrors;

/** A checked {@link MeetingRequest}: instants in the municipality's zone, sector codes known to the profile. */
record MeetingPlan(MeetingKind kind, String topic, List<String> sectors, Instant startsAt, Instant endsAt, String place,
                   String onlineLink, int capacity, String moderator, Instant registrationClosesAt) {

    static final int MAX_TOPIC = 300;
    static final int MAX_PLACE = 300;
    static final int MAX_LINK = 500;
    static final int MAX_MODERATOR = 200;
    static final int MAX_CAPACITY = 2000;

    /** Every rule at once; throws the field errors (400) or returns the plan. */
    static MeetingPlan of(MeetingRequest r, MunicipalityProfile profile, ZoneId zone) {
        FieldErrors errors = new FieldErrors();
        if (r == null) {
            errors.required(null, "kind").throwIfAny();
        }
        errors.required(r.kind(), "kind").required(r.topic(), "topic").maxLength(r.topic(), MAX_TOPIC, "topic")
                .required(r.moderator(), "moderator").maxLength(r.moderator(), MAX_MODERATOR, "moderator")
                .maxLength(r.place(), MAX_PLACE, "place").maxLength(r.onlineLink(), MAX_LINK, "onlineLink")
                .required(r.capacity(), "capacity").required(r.date(), "date").required(r.startTime(), "startTime")
                .required(r.endTime(), "endTime").required(r.registrationDeadline(), "registrationDeadline");
        errors.check(r.capacity() == null || (r.capacity() >= 1 && r.capacity() <= MAX_CAPACITY), "capacity",
                "must be between 1 and " + MAX_CAPACITY);
        errors.check(!blank(r.place()) || !blank(r.onlineLink()), "place", "give a place, an online link or both");
        errors.check(blank(r.onlineLink()) || r.onlineLink().strip().matches("^https?://\\S+$"), "onlineLink",
                "must be an http(s) link");
        List<String> sectors = new ArrayList<>(new LinkedHashSet<>((r.sectors() == null ? List.<String>of() : r.sectors())
                .stream().filter(s -> s != null && !s.isBlank()).map(s -> s.strip().toUpperCase(Locale.ROOT)).toList()));
        sectors.stream().filter(s -> profile.sector(s).isEmpty()).findFirst()
                .ifPresent(s -> errors.check(false, "sectors", "unknown sector " + s));
        errors.check(!sectors.isEmpty() || r.kind() == null
                || !(r.kind() == MeetingKind.SECTOR || r.kind() == MeetingKind.THEMATIC), "sectors",
                "a sector or thematic meeting names at least one sector");
        LocalDate day = MeetingDates.day(r.date());
        LocalTime start = MeetingDates.time(r.startTime());
        LocalTime end = MeetingDates.time(r.endTime());
        LocalDate deadline = MeetingDates.day(r.registrationDeadline());
        errors.check(blank(r.date()) || day != null, "date", "must be a date DD.MM.RRRR");
        errors.check(blank(r.startTime()) || start != null, "startTime", "must be a time HH:MM");
        errors.check(blank(r.endTime()) || end != null, "endTime", "must be a time HH:MM");
        errors.check(blank(r.registrationDeadline()) || deadline != null, "registrationDeadline", "must be a date DD.MM.RRRR");
        errors.check(start == null || end == null || end.isAfter(start), "endTime", "must be after the start");
        errors.check(day == null || deadline == null || !deadline.isAfter(day), "registrationDeadline",
                "must not be after the day of the meeting");
        errors.throwIfAny();
        Instant startsAt = day.atTime(start).atZone(zone).toInstant();
        Instant endOfDeadline = deadline.plusDays(1).atStartOfDay(zone).toInstant();
        return new MeetingPlan(r.kind(), r.topic().strip(), List.copyOf(sectors), startsAt, day.atTime(end).atZone(zone).toInstant(),
                strip(r.place()), strip(r.onlineLink()), r.capacity(), r.moderator().strip(),
                endOfDeadline.isBefore(startsAt) ? endOfDeadline : startsAt);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String strip(String s) {
        return blank(s) ? null : s.strip();
    }
}
