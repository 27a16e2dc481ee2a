package pl.wspolnie.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import pl.wspolnie.text.TextFixtures;
import pl.wspolnie.text.Unit;

/** The statutory completeness rules read the text: elements are chapters' properties, gaps are named by label. */
class CompletenessRulesTest {

    @Test
    void aDraftWithEveryChapterDescribedSectionsTasksAndMoneyIsComplete() {
        assertThat(CompletenessRules.missing(complete())).isEmpty();
        assertThat(new Completeness(3, List.of()).complete()).isTrue();
        assertThat(new Completeness(3, List.of()).text()).isEmpty();
    }

    @Test
    void aChapterThatNoLongerHoldsItsElementIsNamedWithItsPointOfTheAct() {
        DraftSnapshot s = complete();
        Unit method = chapter(s, "METHOD");
        Unit committees = chapter(s, "COMPETITION_COMMITTEES");
        List<Unit> text = s.text().stream().map(u -> u == method || u == committees
                ? new Unit(u.id(), u.parentId(), u.part(), u.kind(), u.position(), u.heading(), u.text(), null, u.sector(), u.block())
                : u).toList();

        assertThat(CompletenessRules.missing(withText(s, text))).containsExactly(
                "Brak rozdziału „Sposób realizacji programu” (art. 5a ust. 4 pkt 7).",
                "Brak rozdziału „Tryb powoływania i zasady działania komisji konkursowych” (art. 5a ust. 4 pkt 11).");
    }

    @Test
    void anEmptiedUnitAndAnEmptiedElementAreNamedByTheirLabels() {
        DraftSnapshot s = complete();
        Unit period = TextFixtures.byLabel(s.text(), "§ 7");
        Unit fifth = TextFixtures.byLabel(s.text(), "§ 8 ust. 5");
        List<Unit> text = s.text().stream().map(u -> u == period || u == fifth ? u.withText(" ") : u).toList();

        assertThat(CompletenessRules.missing(withText(s, text))).containsExactly(
                "Rozdział 7 („Okres realizacji programu”) nie ma treści (art. 5a ust. 4 pkt 6).",
                "§ 7 nie ma treści.",
                "§ 8 ust. 5 nie ma treści.");
    }

    @Test
    void aSectionWithoutDescriptionOrPriorityTasksIsNamedWithItsUnitsLabel() {
        // the fixture's third section (OBYWATELE) has neither; its unit is the third sector unit of § 6
        DraftSnapshot sample = SnapshotFixtures.sample(DraftStage.DRAFT_ASSEMBLED);

        assertThat(CompletenessRules.missing(sample)).containsExactly(
                "Część „Społeczeństwo obywatelskie” (§ 6 ust. 4) nie ma opisu zespołu branżowego.",
                "Część „Społeczeństwo obywatelskie” (§ 6 ust. 4) nie ma żadnego zadania priorytetowego.");
    }

    @Test
    void aProgrammeWithoutMoneyOrSectionsIsIncomplete() {
        DraftSnapshot s = complete();
        var nonFinancial = new DraftSnapshot.Task("Konsultowanie aktów prawa miejscowego", null, "POZAFINANSOWA",
                "Współpraca pozafinansowa", null, null, null, List.of(new DraftSnapshot.Amount(2027, BigDecimal.ZERO)));
        var noMoney = s.sections().stream().map(x -> new DraftSnapshot.Section(x.code(), x.name(), x.narrative(), List.of(nonFinancial))).toList();

        assertThat(CompletenessRules.missing(with(s, noMoney)))
                .containsExactly("Projekt nie planuje środków na realizację programu (razem 0,00\u00a0zł).");
        assertThat(CompletenessRules.missing(with(s, List.of()))).containsExactly(
                "Projekt nie ma żadnej części sektorowej.", "Projekt nie planuje środków na realizację programu (razem 0,00\u00a0zł).");
    }

    @Test
    void aVersionWithoutTextCannotBeChecked() {
        assertThat(CompletenessRules.missing(withText(complete(), null)))
                .containsExactly("Wersja 3 nie ma tekstu programu, więc nie można sprawdzić jego rozdziałów.");
    }

    private static Unit chapter(DraftSnapshot s, String element) {
        return s.text().stream().filter(u -> element.equals(u.statutoryElement())).findFirst().orElseThrow();
    }

    @Test
    void moneyOutsideTheProgrammesYearsIsNamedByTaskAndNotCounted() {
        DraftSnapshot s = complete();
        var late = new DraftSnapshot.Task("Zadanie na później", null, "OTWARTY_KONKURS_OFERT", "Otwarty konkurs ofert",
                "WSPIERANIE", "Wspieranie", "Wydział Kultury", List.of(new DraftSnapshot.Amount(2028, new BigDecimal("5000.00")),
                new DraftSnapshot.Amount(2029, new BigDecimal("700.00"))));
        var sections = new ArrayList<>(s.sections());
        var first = sections.get(0);
        var tasks = new ArrayList<>(first.tasks());
        tasks.add(late);
        sections.set(0, new DraftSnapshot.Section(first.code(), first.name(), first.narrative(), tasks));
        DraftSnapshot withLate = with(s, sections);

        assertThat(CompletenessRules.missing(withLate)).containsExactly(
                "Zadanie „Zadanie na później” (Kultura i sztuka) planuje środki poza latami programu: 2029 – 700,00 zł;"
                        + " dokumenty ich nie wliczają.");
        assertThat(withLate.total()).isEqualByComparingTo(s.total().add(new BigDecimal("5000.00")));
        assertThat(withLate.budgetYears()).containsExactly(2027, 2028);
    }

    @Test
    void smallGrantTasksBeyondTheLimitsOfArt19aAreNamedByTask() {
        DraftSnapshot s = complete();
        var big = new DraftSnapshot.Task("Mikrogranty", null, "TRYB_POZAKONKURSOWY", "Tryb pozakonkursowy (art. 19a)",
                "WSPIERANIE", "Wspieranie", "Wydział Sportu", List.of(new DraftSnapshot.Amount(2027, new BigDecimal("6000.00")),
                new DraftSnapshot.Amount(2028, new BigDecimal("6000.00"))));
        var sections = s.sections().stream().map(x -> x.code().equals("SPORT")
                ? new DraftSnapshot.Section(x.code(), x.name(), x.narrative(), List.of(big)) : x).toList();

        assertThat(CompletenessRules.missing(with(s, sections))).containsExactly(
                "Zadanie „Mikrogranty” (Rekreacja, sport i turystyka): Zadanie w trybie pozakonkursowym (art. 19a ustawy)"
                        + " trwa najwyżej 90 dni, więc planuje środki w jednym roku budżetowym, a nie w latach 2027–2028.",
                "Zadanie „Mikrogranty” (Rekreacja, sport i turystyka): Zadanie w trybie pozakonkursowym (art. 19a ustawy)"
                        + " może otrzymać najwyżej 10 000,00 zł, a zaplanowano 12 000,00 zł.");
    }

    @Test
    void smallGrantsAboveTheShareOfTheYearsGrantFundsAreNamedByYear() {
        DraftSnapshot s = complete();
        var small = new DraftSnapshot.Task("Mikrogranty", null, "TRYB_POZAKONKURSOWY", "Tryb pozakonkursowy (art. 19a)",
                "WSPIERANIE", "Wspieranie", "Wydział Sportu", List.of(new DraftSnapshot.Amount(2027, new BigDecimal("9000.00"))));
        var grant = new DraftSnapshot.Task("Konkurs", null, "OTWARTY_KONKURS_OFERT", "Otwarty konkurs ofert",
                "WSPIERANIE", "Wspieranie", "Wydział Sportu", List.of(new DraftSnapshot.Amount(2027, new BigDecimal("30000.00")),
                new DraftSnapshot.Amount(2028, new BigDecimal("1.00"))));
        var sections = List.of(new DraftSnapshot.Section("SPORT", "Sport", "Opis.", List.of(small, grant)));

        assertThat(CompletenessRules.missing(with(s, sections))).containsExactly(
                "W roku 2027 zadania w trybie pozakonkursowym mają 9 000,00 zł, więcej niż 20% środków na dotacje"
                        + " w programie (7 800,00 zł z 39 000,00 zł, art. 19a ustawy).");
        var enough = List.of(new DraftSnapshot.Section("SPORT", "Sport", "Opis.", List.of(small,
                new DraftSnapshot.Task("Konkurs", null, "OTWARTY_KONKURS_OFERT", "Otwarty konkurs ofert", "WSPIERANIE",
                        "Wspieranie", "Wydział Sportu", List.of(new DraftSnapshot.Amount(2027, new BigDecimal("36000.00")),
                        new DraftSnapshot.Amount(2028, new BigDecimal("1.00")))))));
        assertThat(CompletenessRules.missing(with(s, enough))).isEmpty();
    }

    /** The fixture with its empty section described and given a task. */
    private static DraftSnapshot complete() {
        DraftSnapshot s = SnapshotFixtures.sample(DraftStage.AFTER_CONSULTATION);
        var task = new DraftSnapshot.Task("Inkubator organizacji", null, "OTWARTY_KONKURS_OFERT", "Otwarty konkurs ofert",
                "POWIERZANIE", "Powierzanie", null, List.of(new DraftSnapshot.Amount(2027, new BigDecimal("50000.00"))));
        var sections = s.sections().stream().map(x -> x.tasks().isEmpty()
                ? new DraftSnapshot.Section(x.code(), x.name(), "Wspieramy rozwój organizacji.", List.of(task)) : x).toList();
        return withText(with(s, sections), SnapshotFixtures.text(sections));
    }

    private static DraftSnapshot with(DraftSnapshot s, List<DraftSnapshot.Section> sections) {
        return new DraftSnapshot(s.format(), s.programmeId(), s.version(), s.stage(), s.stageLabel(), s.date(), s.author(),
                s.note(), s.municipality(), s.programme(), sections, s.consultation(), s.council(), s.textSource(), s.text());
    }

    private static DraftSnapshot withText(DraftSnapshot s, List<Unit> text) {
        return new DraftSnapshot(s.format(), s.programmeId(), s.version(), s.stage(), s.stageLabel(), s.date(), s.author(),
                s.note(), s.municipality(), s.programme(), s.sections(), s.consultation(), s.council(), s.textSource(), text);
    }
}
