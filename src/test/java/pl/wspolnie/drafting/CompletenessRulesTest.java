package pl.wspolnie.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The statutory completeness rules on hand-made snapshots and heading lists. */
class CompletenessRulesTest {

    /** The chapter headings of the shipped Kraków template. */
    static final List<String> KRAKOW_CHAPTERS = List.of(
            "Postanowienia ogólne",
            "Cel główny i cele szczegółowe programu",
            "Zasady współpracy",
            "Zakres przedmiotowy",
            "Formy współpracy",
            "Priorytetowe zadania publiczne",
            "Kultura i sztuka",
            "Okres realizacji programu",
            "Sposób realizacji programu",
            "Wysokość środków planowanych na realizację programu",
            "Sposób oceny realizacji programu",
            "Informacja o sposobie tworzenia programu oraz o przebiegu konsultacji",
            "Tryb powoływania i zasady działania komisji konkursowych do opiniowania ofert w otwartych konkursach ofert");

    @Test
    void aDraftWithEveryChapterDescribedSectionsTasksAndMoneyIsComplete() {
        assertThat(CompletenessRules.missing(complete(), KRAKOW_CHAPTERS)).isEmpty();
        assertThat(new Completeness(3, List.of()).complete()).isTrue();
        assertThat(new Completeness(3, List.of()).text()).isEmpty();
    }

    @Test
    void headingsMatchWhateverTheCaseDiacriticsSpacingNumberingAndWordOrder() {
        List<String> headings = List.of(
                "ROZDZIAŁ 1. CEL GLOWNY I CELE SZCZEGOLOWE",
                "Rozdział 2.\u00a0Zasady\u00a0 współpracy z organizacjami",
                "3. zakres   przedmiotowy",
                "Formy współpracy",
                "Zadania priorytetowe na rok 2027",
                "Okres realizacji",
                "Sposob realizacji",
                "Wysokosc srodkow",
                "Sposób oceny realizacji programu i mierniki",
                "Informacja o sposobie tworzenia programu",
                "Komisje konkursowe");

        assertThat(CompletenessRules.missing(complete(), headings)).isEmpty();
    }

    @Test
    void eachMissingChapterIsNamedWithItsPointOfTheAct() {
        List<String> headings = new ArrayList<>(KRAKOW_CHAPTERS);
        headings.remove("Sposób realizacji programu");
        headings.remove("Tryb powoływania i zasady działania komisji konkursowych do opiniowania ofert w otwartych konkursach ofert");

        // "Sposób oceny realizacji programu" (pkt 9) does not stand in for "Sposób realizacji programu" (pkt 7)
        assertThat(CompletenessRules.missing(complete(), headings)).containsExactly(
                "Brak rozdziału „Sposób realizacji programu” (art. 5a ust. 4 pkt 7).",
                "Brak rozdziału „Tryb powoływania i zasady działania komisji konkursowych” (art. 5a ust. 4 pkt 11).");
        assertThat(CompletenessRules.missing(complete(), List.of("Postanowienia ogólne"))).hasSize(11)
                .allMatch(m -> m.startsWith("Brak rozdziału „"));
    }

    @Test
    void aSectionWithoutDescriptionOrPriorityTasksIsNamedWithItsCode() {
        // the fixture's third section (OBYWATELE) has neither
        DraftSnapshot sample = SnapshotFixtures.sample(DraftStage.DRAFT_ASSEMBLED);

        assertThat(CompletenessRules.missing(sample, KRAKOW_CHAPTERS)).containsExactly(
                "Część „Społeczeństwo obywatelskie” (OBYWATELE) nie ma opisu zespołu branżowego.",
                "Część „Społeczeństwo obywatelskie” (OBYWATELE) nie ma żadnego zadania priorytetowego.");
        assertThat(new Completeness(1, CompletenessRules.missing(sample, KRAKOW_CHAPTERS)).text()).isEqualTo(
                "• Część „Społeczeństwo obywatelskie” (OBYWATELE) nie ma opisu zespołu branżowego.\n"
                        + "• Część „Społeczeństwo obywatelskie” (OBYWATELE) nie ma żadnego zadania priorytetowego.");
    }

    @Test
    void aProgrammeWithoutMoneyOrSectionsIsIncomplete() {
        DraftSnapshot s = complete();
        var nonFinancial = new DraftSnapshot.Task("Konsultowanie aktów prawa miejscowego", null, "POZAFINANSOWA",
                "Współpraca pozafinansowa", null, null, null, List.of(new DraftSnapshot.Amount(2027, BigDecimal.ZERO)));
        var noMoney = s.sections().stream().map(x -> new DraftSnapshot.Section(x.code(), x.name(), x.narrative(), List.of(nonFinancial))).toList();

        assertThat(CompletenessRules.missing(with(s, noMoney), KRAKOW_CHAPTERS))
                .containsExactly("Projekt nie planuje środków na realizację programu (razem 0,00\u00a0zł).");
        assertThat(CompletenessRules.missing(with(s, List.of()), KRAKOW_CHAPTERS)).containsExactly(
                "Projekt nie ma żadnej części sektorowej.", "Projekt nie planuje środków na realizację programu (razem 0,00\u00a0zł).");
    }

    @Test
    void aVersionWithoutADocumentCannotBeChecked() {
        assertThat(CompletenessRules.missing(complete(), null))
                .containsExactly("Wersja 3 nie ma dokumentu, więc nie można sprawdzić jej rozdziałów.");
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

        assertThat(CompletenessRules.missing(withLate, KRAKOW_CHAPTERS)).containsExactly(
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

        assertThat(CompletenessRules.missing(with(s, sections), KRAKOW_CHAPTERS)).containsExactly(
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

        assertThat(CompletenessRules.missing(with(s, sections), KRAKOW_CHAPTERS)).containsExactly(
                "W roku 2027 zadania w trybie pozakonkursowym mają 9 000,00 zł, więcej niż 20% środków na dotacje"
                        + " w programie (7 800,00 zł z 39 000,00 zł, art. 19a ustawy).");
        var enough = List.of(new DraftSnapshot.Section("SPORT", "Sport", "Opis.", List.of(small,
                new DraftSnapshot.Task("Konkurs", null, "OTWARTY_KONKURS_OFERT", "Otwarty konkurs ofert", "WSPIERANIE",
                        "Wspieranie", "Wydział Sportu", List.of(new DraftSnapshot.Amount(2027, new BigDecimal("36000.00")),
                        new DraftSnapshot.Amount(2028, new BigDecimal("1.00")))))));
        assertThat(CompletenessRules.missing(with(s, enough), KRAKOW_CHAPTERS)).isEmpty();
    }

    /** The fixture with its empty section described and given a task. */
    private static DraftSnapshot complete() {
        DraftSnapshot s = SnapshotFixtures.sample(DraftStage.AFTER_CONSULTATION);
        var task = new DraftSnapshot.Task("Inkubator organizacji", null, "OTWARTY_KONKURS_OFERT", "Otwarty konkurs ofert",
                "POWIERZANIE", "Powierzanie", null, List.of(new DraftSnapshot.Amount(2027, new BigDecimal("50000.00"))));
        var sections = s.sections().stream().map(x -> x.tasks().isEmpty()
                ? new DraftSnapshot.Section(x.code(), x.name(), "Wspieramy rozwój organizacji.", List.of(task)) : x).toList();
        return with(s, sections);
    }

    private static DraftSnapshot with(DraftSnapshot s, List<DraftSnapshot.Section> sections) {
        return new DraftSnapshot(s.format(), s.programmeId(), s.version(), s.stage(), s.stageLabel(), s.date(), s.author(),
                s.note(), s.municipality(), s.programme(), sections, s.consultation(), s.council());
    }
}
