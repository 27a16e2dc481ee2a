package pl.wspolnie.drafting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import pl.wspolnie.text.TextSource;
import pl.wspolnie.text.Unit;

/**
 * Everything the documents of one draft version are made from, frozen when the version is recorded and stored
 * with it as JSON. Labels are copied in, so an old version renders the same after an enum or profile changes.
 * Contact persons and e-mail addresses of commenters are left out on purpose: the documents do not show them.
 * {@code text} is the programme's wording as units (null in versions recorded before format 2), {@code textSource}
 * where the programme's text started from (base text or carry-over of an adopted programme).
 */
public record DraftSnapshot(
        int format,
        Long programmeId,
        int version,
        DraftStage stage,
        String stageLabel,
        LocalDate date,
        String author,
        String note,
        Municipality municipality,
        ProgrammeData programme,
        List<Section> sections,
        ConsultationData consultation,
        CouncilData council,
        MeetingsPart meetings,
        TextSource textSource,
        List<Unit> text) {

    /** The JSON layout version; raise it when a field changes meaning. 2: the programme's text as units (issue #8). */
    public static final int FORMAT = 2;

    /** A snapshot without the meetings part (as before meetings were recorded; older stored snapshots read so too). */
    public DraftSnapshot(int format, Long programmeId, int version, DraftStage stage, String stageLabel, LocalDate date,
                         String author, String note, Municipality municipality, ProgrammeData programme, List<Section> sections,
                         ConsultationData consultation, CouncilData council) {
        this(format, programmeId, version, stage, stageLabel, date, author, note, municipality, programme, sections,
                consultation, council, null, null, List.of());
    }

    /** A snapshot without the meetings part, with the programme's text. */
    public DraftSnapshot(int format, Long programmeId, int version, DraftStage stage, String stageLabel, LocalDate date,
                         String author, String note, Municipality municipality, ProgrammeData programme, List<Section> sections,
                         ConsultationData consultation, CouncilData council, TextSource textSource, List<Unit> text) {
        this(format, programmeId, version, stage, stageLabel, date, author, note, municipality, programme, sections,
                consultation, council, null, textSource, text);
    }

    /** {@code councilChair} signs the adopted resolution (null in snapshots recorded before it was kept). */
    public record Municipality(String name, String council, String mayor, String publicBenefitCouncil, String councilChair) {

        public Municipality(String name, String council, String mayor, String publicBenefitCouncil) {
            this(name, council, mayor, publicBenefitCouncil, null);
        }
    }

    public record ProgrammeData(String kind, int firstYear, int lastYear, String title, int round,
                                LocalDate consultationStart, LocalDate consultationEnd, LocalDate councilDeadline) {

        public List<Integer> years() {
            return IntStream.rangeClosed(firstYear, lastYear).boxed().toList();
        }
    }

    public record Section(String code, String name, String narrative, List<Task> tasks) {

        public BigDecimal total(int year) {
            return tasks.stream().map(t -> t.amount(year)).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        public BigDecimal total() {
            return tasks.stream().map(Task::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /** A priority task; {@code form} and {@code mode} are the enum names, the labels their Polish wording. */
    public record Task(String title, String description, String form, String formLabel, String mode, String modeLabel,
                       String department, List<Amount> amounts) {

        public BigDecimal amount(int year) {
            return amounts.stream().filter(a -> a.year() == year).map(Amount::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        public BigDecimal total() {
            return amounts.stream().map(Amount::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    public record Amount(int year, BigDecimal amount) {
    }

    /** The latest consultation round; {@code opinion} is null while the Public Benefit Council has not spoken. */
    public record ConsultationData(int round, String status, LocalDate openedOn, LocalDate closesOn,
                                   LocalDate opinionDeadline, List<Comment> comments, Opinion opinion) {

        public long organisations() {
            return comments.stream().map(Comment::organisation).distinct().count();
        }

        public long count(String decision) {
            return comments.stream().filter(c -> decision == null ? c.decision() == null : decision.equals(c.decision())).count();
        }
    }

    /**
     * {@code decision} is ACCEPTED, PARTLY_ACCEPTED, REJECTED or null while unanswered; {@code channel} how it came in
     * (PUBLIC_FORM, API, EMAIL), null when not recorded (older comments and snapshots): such a comment names no channel;
     * {@code unit} is the current citation label of the unit the comment addressed (null when it named none),
     * {@code adopted} the wording the version adopted in answer to it (see pl.wspolnie.text.CommentTraces.Outcome).
     */
    public record Comment(String ref, String organisation, String krs, String section, String currentText,
                          String proposedText, String justification, String decision, String answer, LocalDate receivedOn,
                          String channel, String unit, String adopted) {

        /** A comment whose channel, unit and adopted wording were not recorded (older snapshots, fixtures). */
        public Comment(String ref, String organisation, String krs, String section, String currentText,
                       String proposedText, String justification, String decision, String answer, LocalDate receivedOn) {
            this(ref, organisation, krs, section, currentText, proposedText, justification, decision, answer, receivedOn,
                    null, null, null);
        }

        /** The part of the draft as the report names it: the unit's current label, else what the commenter wrote. */
        public String part() {
            return unit != null ? unit : section;
        }
    }

    /** {@code status} is GIVEN or WAIVED (silence within the statutory period, art. 41i ust. 2). */
    public record Opinion(String status, String text, LocalDate recordedOn) {
    }

    /** The submission of the current round and, once taken, the council's decision. */
    public record CouncilData(String printNumber, LocalDate submittedOn, String decision, String resolutionNumber,
                              LocalDate decisionDate, String amendments) {
    }

    /**
     * The budget years the documents state: the programme's own years only. Money a task plans for any other year
     * (intake and triage refuse it; older data may hold it) is never added in, and the completeness check names it.
     */
    public List<Integer> budgetYears() {
        return programme.years();
    }

    public BigDecimal total(int year) {
        return sections.stream().map(s -> s.total(year)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The total over the programme's years. */
    public BigDecimal total() {
        return budgetYears().stream().map(this::total).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public boolean adopted() {
        return stage == DraftStage.ADOPTED;
    }

    public Optional<ConsultationData> consultationData() {
        return Optional.ofNullable(consultation);
    }

    /** The units of the text, none for versions recorded before the text was data. */
    public List<Unit> units() {
        return text == null ? List.of() : text;
    }
}
