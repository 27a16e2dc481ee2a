package pl.wspolnie.drafting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import pl.wspolnie.municipality.MunicipalityProfile.Sector;
import pl.wspolnie.text.TextFixtures;
import pl.wspolnie.text.TextSource;
import pl.wspolnie.text.Unit;

/** Snapshots made by hand for document tests: two years, three sectors (one empty), nasty user text. */
public final class SnapshotFixtures {

    /** Polish letters, typographic and XML-special characters, a placeholder look-alike, breaks, tab, emoji, a control character. */
    public static final String NASTY = "Zażółć gęślą jaźń – „cudzysłów” \"proste\" 'apostrof' <b>nie pogrubiaj</b> & &amp; ${title} ${#sectors}"
            + "\nDruga linia\r\nTrzecia\tpo tabulatorze 😀👩‍👩‍👧\u0007";
    /** What {@link #NASTY} must read as in a document: the control character dropped, CRLF as one break. */
    public static final String NASTY_AS_WRITTEN = NASTY.replace("\u0007", "").replace("\r\n", "\n");
    public static final String LONG = "Długi opis zadania. ".repeat(500);

    private SnapshotFixtures() {
    }

    public static DraftSnapshot sample(DraftStage stage) {
        var culture = new DraftSnapshot.Section("KULTURA", "Kultura i sztuka", NASTY, List.of(
                task("Festiwal teatrów ulicznych", "Opis festiwalu", "1234567.89", "0.01"),
                task(NASTY, LONG, "999999.99", "100000.00")));
        var sport = new DraftSnapshot.Section("SPORT", "Rekreacja, sport i turystyka", "Sport dla wszystkich mieszkańców.",
                List.of(new DraftSnapshot.Task("Ligi podwórkowe", null, "TRYB_POZAKONKURSOWY", "Tryb pozakonkursowy (art. 19a)",
                        null, null, null, List.of(new DraftSnapshot.Amount(2027, new BigDecimal("9999.99"))))));
        var empty = new DraftSnapshot.Section("OBYWATELE", "Społeczeństwo obywatelskie", null, List.of());
        boolean consulted = stage != DraftStage.DRAFT_ASSEMBLED;
        var consultation = !consulted ? null : new DraftSnapshot.ConsultationData(1,
                stage == DraftStage.CONSULTATION ? "OPEN" : "SIGNED_OFF", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 22),
                LocalDate.of(2026, 10, 15), List.of(
                new DraftSnapshot.Comment("C-1", "Fundacja „Łąka” & <Partnerzy>", "0000123456", "§ 4 Zakres przedmiotowy", null,
                        NASTY, "Uzasadnienie uwagi\nw dwóch liniach", "ACCEPTED", "Uwzględniono w całości.", LocalDate.of(2026, 10, 2),
                        "PUBLIC_FORM", "§ 4 ust. 2", "Nowe brzmienie po uwadze C-1."),
                new DraftSnapshot.Comment("C-2", "Stowarzyszenie Ćma", null, "Rozdział 6", "Obecny zapis",
                        "=SUMA(A1:A9)", LONG, "PARTLY_ACCEPTED", "Częściowo; 😀", LocalDate.of(2026, 10, 3), "PUBLIC_FORM", null,
                        "Bez zmiany tekstu – wystarcza obecne brzmienie."),
                new DraftSnapshot.Comment("C-3", "Fundacja „Łąka” & <Partnerzy>", "0000123456", "§ 8", null,
                        "Skreślić", "Zbędne", "REJECTED", "Zapis wynika z ustawy.", LocalDate.of(2026, 10, 4), "EMAIL", "§ 8",
                        "Bez zmian.")),
                stage == DraftStage.CONSULTATION ? null
                        : new DraftSnapshot.Opinion("GIVEN", "Rada opiniuje projekt pozytywnie.\n" + NASTY, LocalDate.of(2026, 10, 14)));
        var council = switch (stage) {
            case COUNCIL -> new DraftSnapshot.CouncilData("1234", LocalDate.of(2026, 11, 5), null, null, null, null);
            case ADOPTED -> new DraftSnapshot.CouncilData("1234", LocalDate.of(2026, 11, 5), "ADOPTED", "XXXIV/987/26",
                    LocalDate.of(2026, 11, 25), null);
            default -> null;
        };
        return new DraftSnapshot(DraftSnapshot.FORMAT, 42L, stage.ordinal() + 1, stage, stage.label(), LocalDate.of(2026, 11, 26),
                "demo", null,
                new DraftSnapshot.Municipality("Gmina Miejska Kraków", "Rada Miasta Krakowa", "Prezydent Miasta Krakowa",
                        "Krakowska Rada Działalności Pożytku Publicznego", "Przewodniczący Rady Miasta Krakowa"),
                new DraftSnapshot.ProgrammeData("MULTI_YEAR", 2027, 2028,
                        "Program współpracy Miasta z organizacjami pozarządowymi na lata 2027–2028 & <więcej>", 1,
                        LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 22), LocalDate.of(2026, 11, 30)),
                List.of(culture, sport, empty), consultation, council, new TextSource(TextSource.Kind.BASE_TEXT, null),
                text(List.of(culture, sport, empty)));
    }

    /** The Kraków base text with a unit per section, its wording the section's narrative. */
    public static List<Unit> text(List<DraftSnapshot.Section> sections) {
        Map<String, String> narratives = new HashMap<>();
        sections.forEach(s -> narratives.put(s.code(), s.narrative()));
        return TextFixtures.krakow("Program współpracy Miasta z organizacjami pozarządowymi na lata 2027–2028 & <więcej>",
                2027, 2028, sections.stream().map(s -> new Sector(s.code(), s.name(), "sector-" + s.code())).toList(), narratives);
    }

    private static DraftSnapshot.Task task(String title, String description, String first, String second) {
        return new DraftSnapshot.Task(title, description, "OTWARTY_KONKURS_OFERT", "Otwarty konkurs ofert", "WSPIERANIE",
                "Wspieranie", "Wydział Kultury i Dziedzictwa Narodowego", List.of(
                new DraftSnapshot.Amount(2027, new BigDecimal(first)), new DraftSnapshot.Amount(2028, new BigDecimal(second))));
    }
}
