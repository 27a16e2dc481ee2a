package pl.wspolnie.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import pl.wspolnie.drafting.DraftSnapshot;
import pl.wspolnie.drafting.DraftStage;
import pl.wspolnie.municipality.MunicipalityProfile.Sector;
import pl.wspolnie.text.Citations;
import pl.wspolnie.text.TextFixtures;
import pl.wspolnie.text.TextSource;
import pl.wspolnie.text.Unit;
import pl.wspolnie.text.UnitKind;

/**
 * The benchmark's workload, built in code from a fixed seed the way the application builds a draft: a two-year
 * programme after consultation with the eight sectors of the Kraków profile, its text as units (the shipped Kraków
 * base text with one unit per sector carrying the sector's narrative of a few hundred words, as
 * {@code text.TextService} makes it and {@code drafting.SnapshotFactory} freezes it), 300 priority tasks whose
 * descriptions run to a few hundred words, and 300 answered consultation comments, most citing a unit. Without
 * the units the templates' {@code ${text:…}} slots stay empty and the draft is a few pages, so the benchmark's
 * launcher checks the draft's size. {@link #revised} makes the next version with about one paragraph in ten
 * changed (units' wording edited word by word, task descriptions, tasks in and out), for the redline.
 */
final class LargeProgramme {

    static final int TASKS = 300;
    static final int COMMENTS = 300;

    static final String TITLE = "Program współpracy Gminy Miejskiej Kraków z organizacjami pozarządowymi na lata 2027–2028";

    /** The sectoral teams of {@code municipality/krakow.json}: code, name, group, responsible department's name. */
    private static final String[][] SECTORS = {
            {"KULTURA", "Kultura i sztuka", "sector-culture", "Wydział Kultury i Dziedzictwa Narodowego"},
            {"EDUKACJA", "Edukacja i młodzież", "sector-education", "Wydział Edukacji"},
            {"SRODOWISKO", "Ochrona środowiska i ekologia", "sector-environment", "Wydział Kształtowania Środowiska"},
            {"GOSPODARKA", "Rozwój gospodarczy i przedsiębiorczość", "sector-economy", "Wydział Rozwoju Miasta"},
            {"SPORT", "Rekreacja, sport i turystyka", "sector-sport", "Wydział Sportu"},
            {"OBYWATELE", "Społeczeństwo obywatelskie", "sector-civil-society", "Wydział Polityki Społecznej i Zdrowia"},
            {"ZDROWIE", "Zdrowie i osoby z niepełnosprawnościami", "sector-health", "Wydział Polityki Społecznej i Zdrowia"},
            {"WYKLUCZENIE", "Przeciwdziałanie wykluczeniu społecznemu", "sector-inclusion", "Miejski Ośrodek Pomocy Społecznej"}};

    /** Short, frequent words of Polish prose; they weigh little when the redline tells versions of a text apart. */
    private static final String[] COMMON = ("w i na z do oraz dla się przez od po jest są będą które który ich tym także "
            + "a o we ze jak lub nie to co przy jego roku miasta").split(" ");
    /**
     * The vocabulary of the texts: with 5000 pseudo-Polish words, descriptions of different tasks share about a third
     * of their weighted words (Dice about 0.35, never 0.5, the redline's threshold for "versions of one text"); with
     * 150 they read alike (Dice about 0.6), like formulaic texts that repeat the same phrases.
     */
    static final int VOCABULARY = 5000;
    static final int FORMULAIC = 150;

    /** The words the content is made of, drawn Zipf-like: few words often, most words rarely, as in real text. */
    private final String[] words;
    private final double[] zipf;

    private static final String[] FORMS = {"OTWARTY_KONKURS_OFERT", "Otwarty konkurs ofert", "TRYB_POZAKONKURSOWY",
            "Tryb pozakonkursowy (art. 19a)", "INICJATYWA_LOKALNA", "Inicjatywa lokalna"};
    private static final String[] DECISIONS = {"ACCEPTED", "PARTLY_ACCEPTED", "REJECTED"};

    private LargeProgramme(int vocabulary) {
        this.words = vocabulary(vocabulary);
        this.zipf = zipf(vocabulary);
    }

    /** Version 3, after consultation: the draft, and the data of its consultation report. */
    static DraftSnapshot snapshot() {
        return snapshot(VOCABULARY);
    }

    static DraftSnapshot snapshot(int vocabulary) {
        return new LargeProgramme(vocabulary).make();
    }

    /** The next version of {@code s}, made with the same vocabulary. */
    static DraftSnapshot revised(DraftSnapshot s, int vocabulary) {
        return new LargeProgramme(vocabulary).revise(s);
    }

    static DraftSnapshot revised(DraftSnapshot s) {
        return revised(s, VOCABULARY);
    }

    private DraftSnapshot make() {
        Random rnd = new Random(2027);
        List<List<DraftSnapshot.Task>> tasks = new ArrayList<>();
        for (int s = 0; s < SECTORS.length; s++) {
            tasks.add(new ArrayList<>());
        }
        for (int t = 0; t < TASKS; t++) {
            int s = t % SECTORS.length;
            String[] form = rnd.nextInt(4) == 0 ? new String[] {FORMS[2], FORMS[3]} : new String[] {FORMS[0], FORMS[1]};
            tasks.get(s).add(new DraftSnapshot.Task(capitalised(words(rnd, 4, 10)), paragraph(rnd, 150, 350), form[0], form[1],
                    "WSPIERANIE", "Wspieranie", SECTORS[s][3], List.of(
                    new DraftSnapshot.Amount(2027, money(rnd)), new DraftSnapshot.Amount(2028, money(rnd)))));
        }
        List<DraftSnapshot.Section> sections = new ArrayList<>();
        for (int s = 0; s < SECTORS.length; s++) {
            sections.add(new DraftSnapshot.Section(SECTORS[s][0], SECTORS[s][1], paragraph(rnd, 200, 400), List.copyOf(tasks.get(s))));
        }
        List<Unit> units = units(sections);
        // most comments address a unit of the text and the report names it by its citation label, as
        // text.CommentTraces records it; an accepted one quotes the wording adopted in answer
        List<Citations.Numbered> citable = Citations.number(units).stream()
                .filter(n -> n.unit().kind() != UnitKind.CHAPTER && n.unit().hasText()).toList();
        List<DraftSnapshot.Comment> comments = new ArrayList<>();
        for (int c = 0; c < COMMENTS; c++) {
            String decision = DECISIONS[rnd.nextInt(DECISIONS.length)];
            Citations.Numbered unit = rnd.nextInt(4) == 0 ? null : citable.get(rnd.nextInt(citable.size()));
            comments.add(new DraftSnapshot.Comment("C-2027-%04d".formatted(c + 1),
                    (c % 3 == 0 ? "Fundacja " : "Stowarzyszenie ") + capitalised(words(rnd, 2, 4)) + " nr " + (c % 120),
                    "%010d".formatted(rnd.nextInt(1_000_000_000)), "Rozdział " + (1 + rnd.nextInt(12)) + ", ust. " + (1 + rnd.nextInt(6)),
                    rnd.nextBoolean() ? paragraph(rnd, 15, 60) : null, paragraph(rnd, 20, 80), paragraph(rnd, 30, 120),
                    decision, paragraph(rnd, 15, 60), LocalDate.of(2026, 10, 1 + c % 21),
                    c % 5 == 0 ? "EMAIL" : "PUBLIC_FORM", unit == null ? null : unit.label(),
                    unit == null || decision.equals("REJECTED") ? null : paragraph(rnd, 15, 60)));
        }
        var consultation = new DraftSnapshot.ConsultationData(1, "SIGNED_OFF", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 22),
                LocalDate.of(2026, 10, 15), comments,
                new DraftSnapshot.Opinion("GIVEN", "Rada opiniuje projekt pozytywnie.", LocalDate.of(2026, 10, 14)));
        DraftStage stage = DraftStage.AFTER_CONSULTATION;
        return new DraftSnapshot(DraftSnapshot.FORMAT, 1L, 3, stage, stage.label(), LocalDate.of(2026, 10, 28), "coordinator",
                "Wersja po konsultacjach",
                new DraftSnapshot.Municipality("Gmina Miejska Kraków", "Rada Miasta Krakowa", "Prezydent Miasta Krakowa",
                        "Krakowska Rada Działalności Pożytku Publicznego", "Przewodniczący Rady Miasta Krakowa"),
                new DraftSnapshot.ProgrammeData("MULTI_YEAR", 2027, 2028, TITLE, 1,
                        LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 22), LocalDate.of(2026, 11, 30)),
                sections, consultation, null, new TextSource(TextSource.Kind.BASE_TEXT, null), units);
    }

    /**
     * The programme's text as the application makes it for a new programme: the Kraków base text, one unit per
     * sectoral team in the slot of chapter 6 (with the sector-tasks block), its wording the sector's narrative.
     */
    private static List<Unit> units(List<DraftSnapshot.Section> sections) {
        Map<String, String> narratives = new HashMap<>();
        sections.forEach(s -> narratives.put(s.code(), s.narrative()));
        List<Sector> sectors = Arrays.stream(SECTORS).map(s -> new Sector(s[0], s[1], s[2])).toList();
        return TextFixtures.krakow(TITLE, 2027, 2028, sectors, narratives);
    }

    /**
     * The next version: words edited in one task description in seven (and the title of some), in two sector
     * narratives, a handful of tasks dropped and added, some amounts changed: about one paragraph in ten. {@link Floor#changedParagraphs} counts what that changes.
     */
    private DraftSnapshot revise(DraftSnapshot s) {
        Random rnd = new Random(2028);
        List<DraftSnapshot.Section> sections = new ArrayList<>();
        for (var section : s.sections()) {
            List<DraftSnapshot.Task> tasks = new ArrayList<>();
            for (var t : section.tasks()) {
                int dice = rnd.nextInt(100);
                if (dice < 1) {
                    continue; // dropped
                }
                if (dice < 15) {
                    String title = dice < 5 ? t.title() + " " + words(rnd, 1, 3) : t.title();
                    t = new DraftSnapshot.Task(title, edit(rnd, t.description()), t.form(), t.formLabel(), t.mode(),
                            t.modeLabel(), t.department(), t.amounts());
                } else if (dice < 18) {
                    t = new DraftSnapshot.Task(t.title(), t.description(), t.form(), t.formLabel(), t.mode(), t.modeLabel(),
                            t.department(), List.of(t.amounts().get(0), new DraftSnapshot.Amount(2028, money(rnd))));
                }
                tasks.add(t);
                if (dice >= 99) {
                    tasks.add(new DraftSnapshot.Task(capitalised(words(rnd, 4, 10)), paragraph(rnd, 150, 350),
                            FORMS[0], FORMS[1], "WSPIERANIE", "Wspieranie", t.department(),
                            List.of(new DraftSnapshot.Amount(2027, money(rnd)), new DraftSnapshot.Amount(2028, money(rnd)))));
                }
            }
            String narrative = sections.size() % 4 == 1 ? edit(rnd, section.narrative()) : section.narrative();
            sections.add(new DraftSnapshot.Section(section.code(), section.name(), narrative, tasks));
        }
        // the text: the sector units follow their narratives (as SnapshotFactory reads them), and a unit in four of
        // the rest has a few words edited, as the coordination team does in answer to comments
        Map<String, String> narratives = new HashMap<>();
        sections.forEach(x -> narratives.put(x.code(), x.narrative()));
        List<Unit> units = new ArrayList<>();
        for (Unit u : s.units()) {
            if (u.sector() != null) {
                u = u.withText(narratives.get(u.sector()));
            } else if (u.hasText() && rnd.nextInt(4) == 0) {
                u = u.withText(edit(rnd, u.text(), 1));
            }
            units.add(u);
        }
        return new DraftSnapshot(s.format(), s.programmeId(), s.version() + 1, DraftStage.COUNCIL, DraftStage.COUNCIL.label(),
                s.date().plusDays(7), "coordinator", "Poprawki po opinii Prezydenta", s.municipality(), s.programme(), sections,
                s.consultation(), new DraftSnapshot.CouncilData("2345", s.date().plusDays(7), null, null, null, null),
                s.textSource(), units);
    }

    private static String[] vocabulary(int size) {
        String[] onsets = {"", "b", "d", "g", "k", "m", "n", "p", "r", "s", "t", "w", "z", "sz", "cz", "prz", "st", "kr", "gł", "dz"};
        String[] vowels = {"a", "e", "i", "o", "u", "y", "ą", "ę", "ó", "ie"};
        String[] codas = {"", "", "n", "m", "r", "s", "ść", "ń", "ł", "k"};
        String[] endings = {"owanie", "ości", "ego", "ach", "ymi", "ny", "na", "nie", "ów", "ski", "cja", "ami"};
        Random rnd = new Random(7);
        Set<String> words = new LinkedHashSet<>();
        while (words.size() < size) {
            StringBuilder w = new StringBuilder();
            int syllables = 1 + rnd.nextInt(3);
            for (int i = 0; i < syllables; i++) {
                w.append(onsets[rnd.nextInt(onsets.length)]).append(vowels[rnd.nextInt(vowels.length)])
                        .append(codas[rnd.nextInt(codas.length)]);
            }
            words.add(w.append(endings[rnd.nextInt(endings.length)]).toString());
        }
        return words.toArray(String[]::new);
    }

    private static double[] zipf(int n) {
        double[] cumulative = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1.0 / (i + 1);
            cumulative[i] = sum;
        }
        for (int i = 0; i < n; i++) {
            cumulative[i] /= sum;
        }
        return cumulative;
    }

    /** Two words in five are common short ones, the rest content words drawn Zipf-like. */
    private String word(Random rnd) {
        if (rnd.nextInt(5) < 2) {
            return COMMON[rnd.nextInt(COMMON.length)];
        }
        int i = Arrays.binarySearch(zipf, rnd.nextDouble());
        return words[Math.min(words.length - 1, i < 0 ? -i - 1 : i)];
    }

    /** A few words replaced, inserted and deleted. */
    private String edit(Random rnd, String text) {
        return edit(rnd, text, 3);
    }

    /** {@code times} words replaced, inserted and deleted. */
    private String edit(Random rnd, String text, int times) {
        List<String> words = new ArrayList<>(List.of(text.split(" ")));
        for (int i = 0; i < times; i++) {
            words.set(rnd.nextInt(words.size()), word(rnd));
            words.add(rnd.nextInt(words.size()), word(rnd));
            words.remove(rnd.nextInt(words.size() - 1));
        }
        return String.join(" ", words);
    }

    private String paragraph(Random rnd, int min, int max) {
        StringBuilder out = new StringBuilder();
        int n = min + rnd.nextInt(max - min + 1);
        int sentence = 0;
        for (int i = 0; i < n; i++) {
            String w = word(rnd);
            out.append(sentence == 0 ? capitalised(w) : w);
            sentence++;
            if (i == n - 1 || (sentence > 6 && rnd.nextInt(8) == 0)) {
                out.append('.');
                sentence = 0;
            }
            if (i < n - 1) {
                out.append(' ');
            }
        }
        return out.toString();
    }

    private String words(Random rnd, int min, int max) {
        StringBuilder out = new StringBuilder();
        int n = min + rnd.nextInt(max - min + 1);
        for (int i = 0; i < n; i++) {
            out.append(i == 0 ? "" : " ").append(word(rnd));
        }
        return out.toString();
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static BigDecimal money(Random rnd) {
        return BigDecimal.valueOf(5_000_00L + rnd.nextInt(500_000_00), 2);
    }
}
