package pl.wspolnie.publicsite;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import pl.wspolnie.consultation.CommentDecision;
import pl.wspolnie.consultation.Consultation;
import pl.wspolnie.consultation.ConsultationComment;
import pl.wspolnie.consultation.ConsultationService;
import pl.wspolnie.consultation.ConsultationStatus;
import pl.wspolnie.drafting.DraftOutline;
import pl.wspolnie.drafting.PublishedDraft;
import pl.wspolnie.programme.Programme;
import pl.wspolnie.programme.Stage;
import pl.wspolnie.security.PersonNames;

/** Presenter of {@link ConsultationPages}: a consultation, its early end and its answers as the pages show them. */
@Component
class ConsultationViews {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm");

    enum Phase { UPCOMING, OPEN, CLOSED, REPORTED }

    /** A programme's consultation as the list and the page show it. */
    record Summary(Long id, String title, String years, Phase phase, String state, String tone, String from, String to,
                   String opinionDeadline, boolean datesPlanned) {
    }

    /** The coordination team ended the window before its planned end: when, who (name) and why. */
    record EarlyEnd(String when, String by, String reason) {
    }

    /** A comment with its answer, as the page shows it after the report (no contact data). */
    record Answer(String reference, String organisation, String section, String proposedText, String decision,
                  String tone, String justification) {
    }

    /** The answers of the current round: under the part of the draft they addressed (by anchor), and the rest. */
    record Answers(Map<String, List<Answer>> byAnchor, List<Answer> others) {
    }

    private final ConsultationService consultations;
    private final PersonNames people;
    private final ZoneId zone;

    ConsultationViews(ConsultationService consultations, PersonNames people, ZoneId municipalityZone) {
        this.consultations = consultations;
        this.people = people;
        this.zone = municipalityZone;
    }

    /** The early end of the programme's current round, if the coordination team ended it early. */
    EarlyEnd earlyEnd(Long programmeId) {
        return consultations.current(programmeId).filter(c -> c.getEndedEarlyAt() != null)
                .map(c -> new EarlyEnd(PolishDates.date(c.getEndedEarlyAt(), zone) + ", godz. "
                        + WHEN.format(c.getEndedEarlyAt().atZone(zone)), name(c.getEndedEarlyBy()), c.getEarlyEndReason()))
                .orElse(null);
    }

    /** Answers are shown only once the report is published ({@link Phase#REPORTED}); before that, none. */
    Answers answers(Long programmeId, Summary summary, Optional<PublishedDraft> draft) {
        Map<String, List<Answer>> byAnchor = new LinkedHashMap<>();
        List<Answer> others = new ArrayList<>();
        if (summary.phase() == Phase.REPORTED) {
            Set<String> anchors = draft.map(d -> anchors(d.outline())).orElse(Set.of());
            Long round = consultations.current(programmeId).map(Consultation::getId).orElse(null);
            for (ConsultationComment comment : consultations.comments(programmeId)) {
                if (!comment.getConsultationId().equals(round)) {
                    continue;
                }
                Answer answer = answer(comment);
                if (comment.getAnchor() != null && anchors.contains(comment.getAnchor())) {
                    byAnchor.computeIfAbsent(comment.getAnchor(), k -> new ArrayList<>()).add(answer);
                } else {
                    others.add(answer);
                }
            }
        }
        return new Answers(byAnchor, others);
    }

    /** The consultation of a programme as the list and the page show it; none once a programme passed it without one. */
    Optional<Summary> summary(Programme p) {
        String years = ProposalPages.yearsOf(p);
        Optional<Consultation> current = consultations.current(p.getId());
        if (current.isEmpty()) {
            if (p.getStage().compareTo(Stage.CONSULTATION) >= 0) {
                return Optional.empty();
            }
            var calendar = p.getCalendar();
            boolean planned = calendar != null && calendar.consultationStart() != null;
            return Optional.of(new Summary(p.getId(), p.getTitle(), years, Phase.UPCOMING, "zaplanowane", "open",
                    planned ? PolishDates.date(calendar.consultationStart()) : "",
                    planned ? PolishDates.date(calendar.consultationEnd()) : "",
                    calendar == null ? "" : PolishDates.date(calendar.opinionDeadline()), planned));
        }
        Consultation c = current.get();
        String from = PolishDates.date(c.getOpenedAt(), zone);
        String to = PolishDates.date(lastDay(c.getClosesAt()));
        String opinion = PolishDates.date(lastDay(c.getOpinionDeadline()));
        if (c.getStatus() == ConsultationStatus.SIGNED_OFF) {
            return Optional.of(new Summary(p.getId(), p.getTitle(), years, Phase.REPORTED, "zakończone – raport opublikowany",
                    "accepted", from, to, opinion, true));
        }
        if (consultations.acceptsComments(p.getId())) {
            return Optional.of(new Summary(p.getId(), p.getTitle(), years, Phase.OPEN, "trwają", "accepted", from, to, opinion, true));
        }
        return Optional.of(new Summary(p.getId(), p.getTitle(), years, Phase.CLOSED, "zakończone – trwa rozpatrywanie uwag",
                "rejected", from, to, opinion, true));
    }

    /** The day of a moment in the municipality's zone, as the pages write dates. */
    String day(Instant at) {
        return PolishDates.date(at, zone);
    }

    /** A person of the office as the public reads them: first and last name, else the login. */
    private String name(String userId) {
        return people.displayName(userId);
    }

    /** The last day of a window that ends at the start of the next day. */
    private LocalDate lastDay(Instant end) {
        return end == null ? null : LocalDate.ofInstant(end.minusSeconds(1), zone);
    }

    private static Answer answer(ConsultationComment c) {
        CommentDecision d = c.getDecision();
        String decision = CommentDecision.labelOf(d);
        String tone = d == null ? "open" : switch (d) {
            case ACCEPTED, PARTLY_ACCEPTED -> "accepted";
            case REJECTED -> "rejected";
        };
        return new Answer(c.getExternalRef(), c.getOrganisation(), c.getSection(), c.getProposedText(), decision, tone,
                c.getResponseJustification());
    }

    static Set<String> anchors(DraftOutline outline) {
        Set<String> all = new HashSet<>();
        for (var u : outline.units()) {
            all.add(u.anchor());
            u.points().forEach(p -> all.add(p.anchor()));
        }
        return all;
    }
}
