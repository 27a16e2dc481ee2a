package pl.wspolnie.drafting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.wspolnie.drafting.SnapshotFixtures.LONG;
import static pl.wspolnie.drafting.SnapshotFixtures.NASTY_AS_WRITTEN;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import pl.wspolnie.drafting.DraftSnapshot;
import pl.wspolnie.drafting.DraftStage;
import pl.wspolnie.drafting.SnapshotFixtures;
import pl.wspolnie.shared.Money;

/** Renders the shipped templates from hand-made snapshots and re-opens the result with docx4j. */
class DocxDocumentsTest {

    /** The eleven statutory elements of art. 5a ust. 4, as the chapter headings of the annex. */
    static final List<String> STATUTORY_CHAPTERS = List.of(
            "Cel główny i cele szczegółowe programu",
            "Zasady współpracy",
            "Zakres przedmiotowy",
            "Formy współpracy",
            "Priorytetowe zadania publiczne",
            "Okres realizacji programu",
            "Sposób realizacji programu",
            "Wysokość środków planowanych na realizację programu",
            "Sposób oceny realizacji programu",
            "Informacja o sposobie tworzenia programu oraz o przebiegu konsultacji",
            "Tryb powoływania i zasady działania komisji konkursowych do opiniowania ofert w otwartych konkursach ofert");
    static final String SHA = "ab".repeat(32);

    static final DocxDocuments DOCUMENTS = new DocxDocuments(new ClassPathResource("templates/krakow/programme.docx"),
            new ClassPathResource("templates/krakow/justification.docx"),
            new ClassPathResource("templates/krakow/consultation-report.docx"));

    static Docx programme(DraftStage stage) throws Exception {
        return new Docx(DOCUMENTS.programme(SnapshotFixtures.sample(stage), SHA));
    }

    @Test
    void theDraftHasTheResolutionWithItsFiveParagraphsAndTheAnnexWithEveryStatutoryChapter() throws Exception {
        Docx doc = programme(DraftStage.COUNCIL);

        String text = doc.text();
        assertThat(text).contains("UCHWAŁA NR", "RADY MIASTA KRAKOWA",
                "w sprawie przyjęcia programu współpracy pod nazwą „Program współpracy Miasta z organizacjami pozarządowymi na lata 2027–2028 & <więcej>”",
                "Załącznik do uchwały", "Druk nr 1234");
        for (int n = 1; n <= 5; n++) {
            assertThat(text).contains("§ " + n + ".");
        }
        // the clauses the municipality words in its base text, with the cycle's data filled in
        assertThat(text).contains("Na podstawie art. 18 ust. 2 pkt 15 ustawy z dnia 8 marca 1990 r. o samorządzie gminnym",
                "w związku z art. 5a ust. 1 ustawy z dnia 24 kwietnia 2003 r. o działalności pożytku publicznego i o wolontariacie",
                "§ 1. Przyjmuje się „Program współpracy Miasta z organizacjami pozarządowymi na lata 2027–2028 & <więcej>”, "
                        + "stanowiący załącznik do niniejszej uchwały.",
                "§ 2. Traci moc uchwała nr XXV/612/25 Rady Miasta Krakowa z dnia 26 listopada 2025 r. w sprawie przyjęcia "
                        + "programu współpracy pod nazwą „Program współpracy na rok 2026”.",
                "Wykonanie uchwały powierza się Prezydentowi Miasta Krakowa",
                "§ 5. Uchwała wchodzi w życie z dniem 1 stycznia 2027 r., po ogłoszeniu w Dzienniku Urzędowym Województwa Małopolskiego.",
                "Program jest elementem Strategii Rozwoju Krakowa")
                .doesNotContain("art. 18 ust. 1 ", "art. 30 ust. 2", "z dniem podjęcia");
        assertThat(doc.styled("Heading1")).containsAll(STATUTORY_CHAPTERS);
        assertThat(doc.styled("Heading2")).containsExactly("Kultura i sztuka", "Rekreacja, sport i turystyka", "Społeczeństwo obywatelskie");
        assertThat(text.replace(NASTY_AS_WRITTEN, "")).doesNotContain("${");
        assertThat(text).contains("W tym obszarze nie zaplanowano priorytetowych zadań publicznych.");
    }

    @Test
    void tasksAreTabledPerSectorAndTheBudgetAddsUpToTheGroszInRowsAndColumns() throws Exception {
        List<List<List<String>>> tables = programme(DraftStage.DRAFT_ASSEMBLED).tables();

        assertThat(tables).hasSize(3);
        var culture = tables.get(0);
        assertThat(culture.get(0)).containsExactly("Lp.", "Zadanie publiczne", "Forma realizacji", "Tryb",
                "Wydział / jednostka odpowiedzialna", "Planowane środki");
        assertThat(culture).hasSize(3);
        assertThat(culture.get(1)).containsExactly("1.", "Festiwal teatrów ulicznych\nOpis festiwalu", "Otwarty konkurs ofert",
                "Wspieranie", "Wydział Kultury i Dziedzictwa Narodowego",
                "2027: " + pln("1234567.89") + "\n2028: " + pln("0.01") + "\nrazem: " + pln("1234567.90"));
        assertThat(culture.get(2).get(1)).isEqualTo(NASTY_AS_WRITTEN + "\n" + LONG);
        assertThat(tables.get(1).get(1)).containsExactly("1.", "Ligi podwórkowe\n", "Tryb pozakonkursowy (art. 19a)", "–", "–",
                "2027: " + pln("9999.99"));

        var budget = tables.get(2);
        assertThat(budget.get(0)).containsExactly("Obszar współpracy", "2027 r.", "2028 r.", "Razem");
        assertThat(budget.get(1)).containsExactly("Kultura i sztuka", pln("2234567.88"), pln("100000.01"), pln("2334567.89"));
        assertThat(budget.get(2)).containsExactly("Rekreacja, sport i turystyka", pln("9999.99"), pln("0.00"), pln("9999.99"));
        assertThat(budget.get(3)).containsExactly("Społeczeństwo obywatelskie", pln("0.00"), pln("0.00"), pln("0.00"));
        assertThat(budget.get(4)).containsExactly("Razem", pln("2244567.87"), pln("100000.01"), pln("2344567.88"));
        assertThat(pln("2344567.88")).isEqualTo("2\u00a0344\u00a0567,88\u00a0zł");
    }

    @Test
    void taskDescriptionsAreReadableAndAmountsHaveRoomNotToWrap() throws Exception {
        Docx doc = programme(DraftStage.DRAFT_ASSEMBLED);

        // descriptions in the text's own size and colour, not 8-point grey
        var description = doc.pkg.getMainDocumentPart().getStyleDefinitionsPart().getStyleById("TabelaOpis");
        assertThat(description.getRPr() == null || description.getRPr().getSz() == null).isTrue();
        assertThat(description.getRPr() == null || description.getRPr().getColor() == null).isTrue();
        // an amount is one unbreakable token; its column holds "99 999 999,99 zł" (16 characters of 9 pt ≈ 1 600 twips)
        var grids = doc.pkg.getMainDocumentPart().getContents().getContent().stream()
                .map(org.docx4j.XmlUtils::unwrap).filter(o -> o instanceof org.docx4j.wml.Tbl).map(o -> (org.docx4j.wml.Tbl) o)
                .map(t -> t.getTblGrid().getGridCol().stream().map(c -> c.getW().intValue()).toList()).toList();
        assertThat(grids).hasSize(3);
        grids.forEach(grid -> assertThat(grid.get(grid.size() - 1)).as("amount column of %s", grid).isGreaterThanOrEqualTo(1900));
        assertThat(grids.get(0).stream().mapToInt(Integer::intValue).sum()).isEqualTo(9638);
        List<List<List<String>>> tables = doc.tables();
        tables.get(2).stream().skip(1).forEach(row -> assertThat(row.get(row.size() - 1)).doesNotContain(" ").endsWith("\u00a0zł"));
    }

    @Test
    void anAnnualProgrammesTaskStatesItsAmountWithoutTheYearAndNonFinancialCooperationNoMoney() throws Exception {
        var s = SnapshotFixtures.sample(DraftStage.DRAFT_ASSEMBLED);
        var p = s.programme();
        var sport = new DraftSnapshot.Section("SPORT", "Rekreacja, sport i turystyka", "Sport.", List.of(
                new DraftSnapshot.Task("Ligi podwórkowe", null, "OTWARTY_KONKURS_OFERT", "Otwarty konkurs ofert", "WSPIERANIE",
                        "Wspieranie", "Wydział Sportu", List.of(new DraftSnapshot.Amount(2027, new BigDecimal("14685666.80")))),
                new DraftSnapshot.Task("Dyżury doradcze", null, "POZAFINANSOWA", "Współpraca pozafinansowa", null, null,
                        "Wydział Sportu", List.of())));
        var annual = new DraftSnapshot(s.format(), s.programmeId(), s.version(), s.stage(), s.stageLabel(), s.date(), s.author(),
                s.note(), s.municipality(), new DraftSnapshot.ProgrammeData("ANNUAL", 2027, 2027, "Program na rok 2027", p.round(),
                p.consultationStart(), p.consultationEnd(), p.councilDeadline()), List.of(sport), s.consultation(), s.council(),
                s.textSource(), SnapshotFixtures.text(List.of(sport)));

        var tasks = new Docx(DOCUMENTS.programme(annual, SHA)).tables().get(0);
        assertThat(tasks.get(1)).endsWith("Wydział Sportu", pln("14685666.80"));
        assertThat(tasks.get(2)).endsWith("Wydział Sportu", "nie dotyczy");
    }

    @Test
    void everyDraftCarriesTheDraftHeaderAndTheAdoptedTextDoesNot() throws Exception {
        Docx draft = programme(DraftStage.AFTER_CONSULTATION);
        assertThat(draft.headers()).contains("PROJEKT – wersja 3 – Projekt po konsultacjach – 26 listopada 2026 r.");
        assertThat(draft.footers()).contains("Strona", " z ");
        assertThat(draft.text()).contains("UCHWAŁA NR ……………………", "z dnia …………………… r.");

        assertThat(draft.texts()).doesNotContain("Przewodniczący Rady Miasta Krakowa");

        Docx adopted = programme(DraftStage.ADOPTED);
        assertThat(adopted.headers()).doesNotContainIgnoringCase("projekt").doesNotContainIgnoringCase("wersja").doesNotContain("${");
        assertThat(adopted.text()).contains("UCHWAŁA NR XXXIV/987/26", "z dnia 25 listopada 2026 r.",
                "Załącznik do uchwały nr XXXIV/987/26").doesNotContain("PROJEKT", "Druk nr", "……");
        // the chair's signature block closes the resolution, before the annex
        List<String> texts = adopted.texts();
        int signature = texts.indexOf("Przewodniczący Rady Miasta Krakowa");
        assertThat(signature).isGreaterThan(texts.stream().filter(t -> t.contains("Uchwała wchodzi w życie")).findFirst()
                .map(texts::indexOf).orElseThrow()).isLessThan(texts.indexOf("Załącznik do uchwały nr XXXIV/987/26"));
        var core = adopted.pkg.getDocPropsCorePart().getJaxbElement();
        assertThat(String.join(" ", core.getSubject().getContent().toString(), core.getKeywords(),
                core.getTitle().getValue().getContent().toString(), core.getDescription().getValue().getContent().toString()))
                .doesNotContainIgnoringCase("projekt").doesNotContainIgnoringCase("wersja");
    }

    @Test
    void userTextComesOutVerbatimWhateverItHolds() throws Exception {
        Docx doc = programme(DraftStage.COUNCIL);

        assertThat(doc.texts()).contains(NASTY_AS_WRITTEN);
        assertThat(doc.text()).contains("😀👩‍👩‍👧", "<b>nie pogrubiaj</b>", "${title} ${#sectors}");
        assertThat(doc.mainXml()).contains("<w:br/>").contains("&lt;b&gt;nie pogrubiaj&lt;/b&gt; &amp; &amp;amp;");
    }

    @Test
    void propertiesNameTheProgrammeVersionStageAndSnapshot() throws Exception {
        Docx doc = programme(DraftStage.COUNCIL);

        assertThat(doc.customProperty("Wspolnie.ProgrammeId")).isEqualTo("42");
        assertThat(doc.customProperty("Wspolnie.Version")).isEqualTo("4");
        assertThat(doc.customProperty("Wspolnie.Stage")).isEqualTo("COUNCIL");
        assertThat(doc.customProperty("Wspolnie.SnapshotSha256")).isEqualTo(SHA);
        var core = doc.pkg.getDocPropsCorePart().getJaxbElement();
        assertThat(core.getTitle().getValue().getContent()).containsExactly(
                "Program współpracy Miasta z organizacjami pozarządowymi na lata 2027–2028 & <więcej>");
        assertThat(core.getVersion()).isEqualTo("4");
        assertThat(doc.updatesFieldsOnOpen()).isTrue();
        assertThat(doc.mainXml()).contains("TOC \\o");
        assertThat(doc.styled("TOC1")).anyMatch(s -> s.contains("Zasady współpracy"));
        // dated by the version, the author of the version, no internal stage names
        assertThat(core.getCreated().getContent()).containsExactly("2026-11-26T00:00:00Z");
        assertThat(core.getModified().getContent()).containsExactly("2026-11-26T00:00:00Z");
        assertThat(core.getLastModifiedBy()).isEqualTo("demo");
        assertThat(core.getKeywords()).isEqualTo("program współpracy; projekt uchwały; Projekt skierowany do Rady Miasta")
                .doesNotContain("COUNCIL");
        assertThat(core.getSubject().getContent()).containsExactly("projekt uchwały – wersja 4 – Projekt skierowany do Rady Miasta");
        var adopted = programme(DraftStage.ADOPTED).pkg.getDocPropsCorePart().getJaxbElement();
        assertThat(adopted.getSubject().getContent()).containsExactly("uchwała – tekst przyjęty");
        assertThat(adopted.getKeywords()).doesNotContain("projekt", "ADOPTED");
    }

    @Test
    void anAnnualJustificationStatesOnlyItsOwnYearAndNamesItsAuthor() throws Exception {
        var s = SnapshotFixtures.sample(DraftStage.COUNCIL);
        var p = s.programme();
        var annual = new pl.wspolnie.drafting.DraftSnapshot(s.format(), s.programmeId(), s.version(), s.stage(), s.stageLabel(),
                s.date(), s.author(), s.note(), s.municipality(), new pl.wspolnie.drafting.DraftSnapshot.ProgrammeData("ANNUAL",
                2027, 2027, "Program na rok 2027", p.round(), p.consultationStart(), p.consultationEnd(), p.councilDeadline()),
                s.sections(), s.consultation(), s.council());
        String text = new Docx(DOCUMENTS.justification(annual, SHA)).text();

        assertThat(text).contains("Projektodawca: Prezydent Miasta Krakowa",
                "Na realizację programu w roku 2027 planuje się przeznaczyć środki w wysokości " + pln("2244567.87") + ".")
                .doesNotContain("2028", pln("2344567.88"), "w łącznej wysokości", "ust. 2a", "${");
    }

    @Test
    void theOpinionIsADocumentOrAStatementThatItWasWaivedWithTheDates() throws Exception {
        String given = new Docx(DOCUMENTS.opinion(SnapshotFixtures.sample(DraftStage.COUNCIL), SHA)).text();
        assertThat(given).startsWith("OPINIA\nKrakowska Rada Działalności Pożytku Publicznego z dnia 14 października 2026 r. o projekcie")
                .contains("otrzymała projekt programu do zaopiniowania w dniu 1 października 2026 r. i wyraziła opinię w dniu"
                        + " 14 października 2026 r. (termin upływał w dniu 15 października 2026 r.)", "Rada opiniuje projekt pozytywnie.")
                .doesNotContain("INFORMACJA", "Opinia Krakowska");

        var s = SnapshotFixtures.sample(DraftStage.COUNCIL);
        var c = s.consultation();
        var waived = new pl.wspolnie.drafting.DraftSnapshot(s.format(), s.programmeId(), s.version(), s.stage(), s.stageLabel(),
                s.date(), s.author(), s.note(), s.municipality(), s.programme(), s.sections(),
                new pl.wspolnie.drafting.DraftSnapshot.ConsultationData(c.round(), c.status(), c.openedOn(), c.closesOn(),
                        c.opinionDeadline(), c.comments(), new pl.wspolnie.drafting.DraftSnapshot.Opinion("WAIVED", null,
                        java.time.LocalDate.of(2026, 10, 16))), s.council());
        assertThat(new Docx(DOCUMENTS.opinion(waived, SHA)).text()).startsWith("INFORMACJA\no niewyrażeniu opinii")
                .contains("W terminie, który upłynął w dniu 15 października 2026 r., nie wyraziła opinii.",
                        "oznacza rezygnację z prawa do jej wyrażenia").doesNotContain("OPINIA\n", "${");
    }

    @Test
    void repeatedSectionsDoNotRepeatBookmarksAndEverySectorIsInTheTableOfContents() throws Exception {
        Docx doc = programme(DraftStage.COUNCIL);

        var names = java.util.regex.Pattern.compile("<w:bookmarkStart[^>]*w:name=\"([^\"]+)\"").matcher(doc.mainXml())
                .results().map(m -> m.group(1)).toList();
        var ids = java.util.regex.Pattern.compile("<w:bookmarkStart[^>]*w:id=\"([^\"]+)\"").matcher(doc.mainXml())
                .results().map(m -> m.group(1)).toList();
        assertThat(names).doesNotHaveDuplicates().isNotEmpty();
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(doc.styled("TOC2")).hasSize(3).anyMatch(s -> s.contains("Społeczeństwo obywatelskie"));
    }

    @Test
    void aTemplatesNextDocumentsAreWhatItsFirstIsThoughItsElementsAreMarshalledOnlyForTheFirst() throws Exception {
        DocxDocuments fresh = new DocxDocuments(new ClassPathResource("templates/krakow/programme.docx"),
                new ClassPathResource("templates/krakow/justification.docx"),
                new ClassPathResource("templates/krakow/consultation-report.docx"));
        DraftSnapshot council = SnapshotFixtures.sample(DraftStage.COUNCIL);
        DraftSnapshot assembled = SnapshotFixtures.sample(DraftStage.DRAFT_ASSEMBLED);

        String first = mainPart(fresh.programme(council, SHA));

        assertThat(mainPart(fresh.programme(assembled, SHA))).isEqualTo(mainPart(DOCUMENTS.programme(assembled, SHA)));
        assertThat(mainPart(fresh.programme(council, SHA))).isEqualTo(first);
        assertThat(mainPart(DOCUMENTS.programme(council, SHA))).isEqualTo(first);
    }

    /** The main part's XML, without the random number docx4j puts in the table of contents' bookmark names. */
    private static String mainPart(byte[] docx) throws Exception {
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("word/document.xml")) {
                    return new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replaceAll("_Toc\\d+", "_Toc");
                }
            }
        }
        throw new AssertionError("no word/document.xml");
    }

    @Test
    void theConsultationChapterFollowsTheCycle() throws Exception {
        assertThat(programme(DraftStage.DRAFT_ASSEMBLED).text())
                .contains("zaplanowano w dniach od 1 października 2026 r. do 22 października 2026 r.")
                .doesNotContain("przeprowadzono", "Liczba zgłoszonych uwag");
        assertThat(programme(DraftStage.CONSULTATION).text())
                .contains("trwają w dniach od 1 października 2026 r.", "upływa w dniu 15 października 2026 r.");
        assertThat(programme(DraftStage.AFTER_CONSULTATION).text())
                .contains("przeprowadzono w dniach od 1 października 2026 r. do 22 października 2026 r.",
                        "Liczba zgłoszonych uwag: 3; liczba organizacji, które zgłosiły uwagi: 2. Uwagi uwzględnione: 1, uwzględnione częściowo: 1, nieuwzględnione: 1.",
                        "wydała opinię o projekcie programu w dniu 14 października 2026 r.")
                .doesNotContain("zaplanowano w dniach", "nie wyraziła opinii");

        DraftSnapshot s = SnapshotFixtures.sample(DraftStage.AFTER_CONSULTATION);
        var c = s.consultation();
        var waived = new DraftSnapshot(s.format(), s.programmeId(), s.version(), s.stage(), s.stageLabel(), s.date(), s.author(),
                s.note(), s.municipality(), s.programme(), s.sections(), new DraftSnapshot.ConsultationData(c.round(), c.status(),
                c.openedOn(), c.closesOn(), c.opinionDeadline(), c.comments(), new DraftSnapshot.Opinion("WAIVED", null, c.opinionDeadline())),
                s.council(), s.textSource(), s.text());
        assertThat(new Docx(DOCUMENTS.programme(waived, SHA)).text())
                .contains("nie wyraziła opinii o projekcie programu w terminie, który upłynął w dniu 15 października 2026 r.")
                .doesNotContain("wydała opinię");
    }

    @Test
    void theJustificationSumsUpTheProgrammeAndItsMoney() throws Exception {
        Docx doc = new Docx(DOCUMENTS.justification(SnapshotFixtures.sample(DraftStage.COUNCIL), SHA));

        assertThat(doc.text()).contains("UZASADNIENIE", "na lata 2027–2028", "w łącznej wysokości " + pln("2344567.88"),
                "w roku 2027: " + pln("2244567.87"), "w roku 2028: " + pln("100000.01"), "Liczba zgłoszonych uwag: 3",
                "wyraziła opinię o projekcie w dniu 14 października 2026 r.").doesNotContain("${", "roczny program współpracy, w terminie");
        assertThat(doc.headers()).contains("PROJEKT – wersja 4");
        assertThat(doc.customProperty("Wspolnie.Document")).isEqualTo("uzasadnienie");
    }

    @Test
    void theReportListsEveryCommentWithItsDecisionAndTheOpinionVerbatim() throws Exception {
        Docx doc = new Docx(DOCUMENTS.consultationReport(SnapshotFixtures.sample(DraftStage.AFTER_CONSULTATION), SHA));

        assertThat(doc.text()).contains("RAPORT Z KONSULTACJI", "od 1 października 2026 r. do 22 października 2026 r.",
                "Rada opiniuje projekt pozytywnie.\n" + NASTY_AS_WRITTEN).doesNotContain("odstąpiono");
        // only the channels the comments really came through, with their counts; nothing nobody recorded
        assertThat(doc.text()).contains("Uwagi zgłoszono: formularzem na stronie konsultacji: 2; pocztą elektroniczną: 1.")
                .doesNotContain("ePUAP", "dyżury", "bip.krakow.pl", "otwarte spotkanie");
        assertThat(doc.text().replace(NASTY_AS_WRITTEN, "")).doesNotContain("${");
        var tables = doc.tables();
        assertThat(tables.get(0)).contains(List.of("Liczba zgłoszonych uwag", "3"), List.of("Uwagi uwzględnione częściowo", "1"),
                List.of("Uwagi bez rozstrzygnięcia", "0"));
        var comments = tables.get(1);
        assertThat(comments).hasSize(4);
        assertThat(comments.get(0)).containsExactly("Lp.", "Organizacja", "Część projektu", "Obecny zapis", "Proponowany zapis",
                "Uzasadnienie uwagi", "Rozstrzygnięcie", "Uzasadnienie rozstrzygnięcia", "Przyjęte brzmienie");
        assertThat(comments.get(1)).containsExactly("1.", "Fundacja „Łąka” & <Partnerzy>\nKRS 0000123456\nNr uwagi: C-1",
                "§ 4 ust. 2", "–", NASTY_AS_WRITTEN, "Uzasadnienie uwagi\nw dwóch liniach", "uwzględniona",
                "Uwzględniono w całości.", "Nowe brzmienie po uwadze C-1.");
        // a comment that named no unit keeps the part its author wrote; the adopted wording says why nothing changed
        assertThat(comments.get(2)).containsSubsequence("Rozdział 6", "Obecny zapis", "=SUMA(A1:A9)", LONG,
                "uwzględniona częściowo", "Częściowo; 😀", "Bez zmiany tekstu – wystarcza obecne brzmienie.");
        assertThat(comments.get(3).get(6)).isEqualTo("nieuwzględniona");
        assertThat(comments.get(3).get(8)).isEqualTo("Bez zmian.");
        // dated by the snapshot (the consultation's sign-off), signed for the Mayor
        assertThat(doc.text()).contains("Sporządzono dnia 26 listopada 2026 r.\nPrezydent Miasta Krakowa\n");
    }

    @Test
    void theHeadingsOfTheDraftAreItsChaptersAndSectorsOnceEachWithoutTheTableOfContents() {
        byte[] docx = DOCUMENTS.programme(SnapshotFixtures.sample(DraftStage.AFTER_CONSULTATION), SHA);

        List<String> headings = DOCUMENTS.headings(docx);

        assertThat(headings).startsWith("Postanowienia ogólne", STATUTORY_CHAPTERS.get(0));
        assertThat(headings).containsSubsequence(STATUTORY_CHAPTERS).containsSubsequence("Priorytetowe zadania publiczne",
                "Kultura i sztuka", "Rekreacja, sport i turystyka", "Społeczeństwo obywatelskie", "Okres realizacji programu");
        assertThat(headings).doesNotHaveDuplicates().hasSize(1 + STATUTORY_CHAPTERS.size() + 3)
                .doesNotContain("Spis treści");
    }

    @Test
    void aReportWithoutCommentsSaysSoAndAWaivedOpinionIsNamed() throws Exception {
        DraftSnapshot s = SnapshotFixtures.sample(DraftStage.AFTER_CONSULTATION);
        var c = s.consultation();
        var none = new DraftSnapshot(s.format(), s.programmeId(), s.version(), s.stage(), s.stageLabel(), s.date(), s.author(),
                s.note(), s.municipality(), s.programme(), s.sections(), new DraftSnapshot.ConsultationData(c.round(), c.status(),
                c.openedOn(), c.closesOn(), c.opinionDeadline(), List.of(), new DraftSnapshot.Opinion("WAIVED", null, c.opinionDeadline())),
                s.council(), s.textSource(), s.text());

        Docx doc = new Docx(DOCUMENTS.consultationReport(none, SHA));
        assertThat(doc.text()).contains("W konsultacjach nie zgłoszono uwag.", "odstąpiono od wyrażenia opinii");
        assertThat(doc.tables()).hasSize(1);
    }

    static String pln(String amount) {
        return Money.pln(new BigDecimal(amount));
    }
}
