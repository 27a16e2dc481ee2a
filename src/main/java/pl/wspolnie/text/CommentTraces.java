package pl.wspolnie.text;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.consultation.AcceptedComment;
import pl.wspolnie.consultation.CommentDecision;
import pl.wspolnie.consultation.ConsultationComment;
import pl.wspolnie.consultation.ConsultationService;
import pl.wspolnie.history.ChangeHistory;
import pl.wspolnie.shared.FieldErrors;
import pl.wspolnie.shared.InvalidInputException;

/**
 * Comment → change, provable: every comment of the current consultation answered "uwzględniona" or "częściowo
 * uwzględniona" is carried out by an edit that answers it, or has a recorded reason why no edit was needed. The
 * revision after consultation cannot be completed until each has one or the other.
 */
@Service
@Transactional
public class CommentTraces {

    /** An accepted comment: the unit it addressed (label, may be null), the edits that answer it, or why none. */
    public record Trace(String ref, String organisation, String decision, Long unitId, String unitLabel,
                        List<String> edits, String noEditReason) {

        public boolean carriedOut() {
            return !edits.isEmpty() || noEditReason != null;
        }
    }

    /**
     * What became of a comment in the text, for the consultation report: the unit it addressed (label, may be null)
     * and the wording adopted — the current wording of each unit an edit answering it changed, "bez zmian" for a
     * comment not accepted, the recorded reason when an accepted comment needed no edit, empty while undecided.
     */
    public record Outcome(String unitLabel, String adoptedWording) {
    }

    private final TextService text;
    private final ConsultationService consultations;
    private final CommentNoEdits noEdits;
    private final ChangeHistory history;
    private final Clock clock;

    CommentTraces(TextService text, ConsultationService consultations, CommentNoEdits noEdits, ChangeHistory history, Clock clock) {
        this.text = text;
        this.consultations = consultations;
        this.noEdits = noEdits;
        this.history = history;
        this.clock = clock;
    }

    /** The accepted comments of the current consultation round, in the order they came. */
    @Transactional(readOnly = true)
    public List<Trace> accepted(Long programmeId) {
        Long round = consultations.current(programmeId).map(c -> c.getId()).orElse(null);
        if (round == null) {
            return List.of();
        }
        Map<Long, String> labels = Citations.labels(text.units(programmeId));
        List<TextEdit> edits = text.edits(programmeId);
        Map<String, CommentNoEdit> reasons = noEdits.findByProgrammeId(programmeId).stream()
                .collect(Collectors.toMap(CommentNoEdit::getCommentRef, Function.identity()));
        // the accepted ones only, without their texts
        return consultations.accepted(round).stream().map(c -> trace(c, labels, edits,
                Optional.ofNullable(reasons.get(c.externalRef())).map(CommentNoEdit::getReason).orElse(null))).toList();
    }

    private static Trace trace(AcceptedComment c, Map<Long, String> labels, List<TextEdit> edits, String noEditReason) {
        Long unitId = unitId(c.anchor());
        List<String> linked = edits.stream().filter(e -> e.getAnswers().contains(c.externalRef()))
                .map(e -> labels.getOrDefault(e.getUnitId(), "jednostka " + e.getUnitId()) + " (" + e.getEditor() + ")")
                .toList();
        return new Trace(c.externalRef(), c.organisation(), decision(c.decision()), unitId,
                unitId == null ? c.section() : labels.getOrDefault(unitId, c.section()), linked, noEditReason);
    }

    /** The outcome of every comment of the current consultation round, by its reference. */
    @Transactional(readOnly = true)
    public Map<String, Outcome> outcomes(Long programmeId) {
        Long round = consultations.current(programmeId).map(c -> c.getId()).orElse(null);
        if (round == null) {
            return Map.of();
        }
        List<Citations.Numbered> numbered = text.numbered(programmeId);
        Map<Long, Citations.Numbered> byId = numbered.stream()
                .collect(Collectors.toMap(Citations.Numbered::id, Function.identity()));
        List<TextEdit> edits = text.edits(programmeId);
        Map<String, String> reasons = noEdits.findByProgrammeId(programmeId).stream()
                .collect(Collectors.toMap(CommentNoEdit::getCommentRef, CommentNoEdit::getReason));
        Map<String, Outcome> out = new java.util.LinkedHashMap<>();
        for (ConsultationComment c : consultations.comments(programmeId)) {
            if (!c.getConsultationId().equals(round)) {
                continue;
            }
            Long unitId = unitId(c.getAnchor());
            String label = unitId != null && byId.containsKey(unitId) ? byId.get(unitId).label() : null;
            out.put(c.getExternalRef(), new Outcome(label, adopted(c, edits, byId, reasons.get(c.getExternalRef()))));
        }
        return out;
    }

    private static String adopted(ConsultationComment c, List<TextEdit> edits, Map<Long, Citations.Numbered> units,
                                  String noEditReason) {
        if (c.getDecision() == null) {
            return "";
        }
        if (!accepted(c)) {
            return "Bez zmian.";
        }
        List<String> changed = edits.stream().filter(e -> e.getAnswers().contains(c.getExternalRef()))
                .map(TextEdit::getUnitId).distinct().filter(units::containsKey)
                .map(id -> units.get(id).label() + ": " + units.get(id).unit().text()).toList();
        if (!changed.isEmpty()) {
            return String.join("\n", changed);
        }
        return noEditReason != null ? "Bez zmiany tekstu – " + noEditReason : "";
    }

    /**
     * Records why an accepted comment needed no change of the text (replacing an earlier reason) and returns that
     * comment's trace: the revision records a reason for each of up to hundreds, so neither the check nor the answer
     * reads the whole round.
     */
    public Trace recordNoEditNeeded(Long programmeId, String ref, String reason, Editor editor) {
        Optional<AcceptedComment> comment = consultations.current(programmeId)
                .flatMap(round -> consultations.accepted(round.getId(), ref));
        new FieldErrors().check(comment.isPresent(), "comment", "no accepted comment " + ref + " in the current consultation")
                .required(reason, "reason").maxLength(reason, 2000, "reason").throwIfAny();
        String why = reason.strip();
        noEdits.findByProgrammeIdAndCommentRef(programmeId, ref).ifPresentOrElse(
                n -> n.change(why, editor.id(), clock.instant()),
                () -> noEdits.save(new CommentNoEdit(programmeId, ref, why, editor.id(), clock.instant())));
        history.record(programmeId, "ConsultationComment", null, "COMMENT_NO_EDIT", ref + ": " + why);
        return trace(comment.get(), Citations.labels(text.units(programmeId)), text.edits(programmeId), why);
    }

    /** 400 naming every accepted comment that has neither a linked edit nor a reason why none was needed. */
    @Transactional(readOnly = true)
    public void requireCarriedOut(Long programmeId) {
        List<Trace> open = accepted(programmeId).stream().filter(t -> !t.carriedOut()).toList();
        if (!open.isEmpty()) {
            String names = open.stream().map(t -> t.ref() + " (" + t.decision() + (t.unitLabel() == null ? "" : ", " + t.unitLabel()) + ")")
                    .collect(Collectors.joining("; "));
            throw new InvalidInputException(List.of(new InvalidInputException.FieldError("acceptedComments",
                    "Uwzględnione uwagi bez zmiany tekstu i bez wyjaśnienia, dlaczego zmiana nie była potrzebna: " + names
                            + ". Wprowadź zmianę na stronie tekstu projektu i wskaż uwagę albo zapisz wyjaśnienie.")));
        }
    }

    /** A short list for the revision task's form (at most 4 000 characters, as a process variable). */
    @Transactional(readOnly = true)
    public String summary(Long programmeId) {
        List<Trace> all = accepted(programmeId);
        if (all.isEmpty()) {
            return "Żadna uwaga nie została uwzględniona.";
        }
        StringBuilder out = new StringBuilder();
        for (Trace t : all) {
            String line = "• " + t.ref() + " (" + t.decision() + ") – " + (t.unitLabel() == null ? "bez wskazania jednostki" : t.unitLabel())
                    + ": " + (!t.edits().isEmpty() ? "zmiana " + String.join(", ", t.edits())
                    : t.noEditReason() != null ? "bez zmiany tekstu – " + t.noEditReason() : "BRAK ZMIANY I WYJAŚNIENIA") + "\n";
            if (out.length() + line.length() > 3900) {
                return out + "… (pełna lista na stronie tekstu projektu)";
            }
            out.append(line);
        }
        return out.toString().strip();
    }

    private static boolean accepted(ConsultationComment c) {
        return c.getDecision() != null && c.getDecision().accepts();
    }

    private static String decision(CommentDecision d) {
        return d.label();
    }

    /** The unit a public page anchor ("u123", "u123-tabela-1") points at. */
    static Long unitId(String anchor) {
        if (anchor == null || !anchor.matches("u[0-9]+(-.*)?")) {
            return null;
        }
        return Long.valueOf(anchor.substring(1).split("-")[0]);
    }
}
