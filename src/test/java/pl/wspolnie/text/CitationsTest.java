package pl.wspolnie.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pl.wspolnie.municipality.MunicipalityProfile.Sector;

/** Citation labels follow the Polish drafting rules and are computed from position: renumbering keeps ids. */
class CitationsTest {

    static final List<Sector> SECTORS = List.of(new Sector("KULTURA", "Kultura i sztuka", "sector-culture"),
            new Sector("SPORT", "Sport", "sector-sport"));
    static final List<Unit> TEXT = TextFixtures.krakow("Program 2027", 2027, 2027, SECTORS, Map.of());

    @Test
    void theBaseTextIsNumberedAsAPolishAct() {
        Map<Long, String> labels = Citations.labels(TEXT);
        assertThat(labels.values()).startsWith("podstawa prawna uchwały", "§ 1 uchwały", "§ 2 uchwały", "§ 3 uchwały",
                "§ 4 uchwały", "§ 5 uchwały", "Rozdział 1", "§ 1", "§ 1 pkt 1");
        assertThat(labels.values()).contains("Rozdział 12", "§ 2 ust. 2 pkt 5", "§ 5 pkt 1 lit. a", "§ 5 pkt 1 lit. b",
                "§ 5 pkt 7", "§ 6 ust. 2", "§ 6 ust. 3", "§ 12 ust. 8").doesNotHaveDuplicates();
        Unit culture = TextFixtures.byLabel(TEXT, "§ 6 ust. 2");
        assertThat(culture.sector()).isEqualTo("KULTURA");
        assertThat(culture.heading()).isEqualTo("Kultura i sztuka");
        assertThat(culture.block()).isEqualTo(GeneratedBlock.SECTOR_TASKS);
        assertThat(TextFixtures.byLabel(TEXT, "Rozdział 6").statutoryElement()).isEqualTo("PRIORITY_TASKS");
    }

    @Test
    void numbersPrintedBeforeTheWordingFollowTheKindOfUnit() {
        List<Citations.Numbered> numbered = Citations.number(TEXT);
        assertThat(numbered).filteredOn(n -> n.label().equals("§ 5 pkt 1 lit. b")).singleElement()
                .satisfies(n -> assertThat(n.number()).isEqualTo("b)"));
        assertThat(numbered).filteredOn(n -> n.label().equals("§ 8 ust. 5")).singleElement()
                .satisfies(n -> assertThat(n.number()).isEqualTo("5."));
        assertThat(numbered).filteredOn(n -> n.label().equals("Rozdział 9")).singleElement()
                .satisfies(n -> assertThat(n.number()).isEqualTo("Rozdział 9"));
    }

    @Test
    void insertingAUnitRenumbersTheOnesAfterItAndTheirIdsStay() {
        Unit old5 = TextFixtures.byLabel(TEXT, "§ 8 ust. 5");
        Unit old3 = TextFixtures.byLabel(TEXT, "§ 8 ust. 3");
        Unit chapter7 = TextFixtures.byLabel(TEXT, "Rozdział 7");
        List<Unit> changed = new ArrayList<>(TEXT.stream().map(u -> u.parentId() != null && u.parentId().equals(old3.parentId())
                && u.position() >= old3.position() ? moved(u, 1) : u).toList());
        changed.add(new Unit(9999L, old3.parentId(), TextPart.ANNEX, UnitKind.SECTION, old3.position(), null, "Nowy ustęp.",
                null, null, null));
        // a new chapter before chapter 7 moves every later § by one
        changed.add(new Unit(10000L, null, TextPart.ANNEX, UnitKind.CHAPTER, chapter7.position(), "Nowy rozdział", "", null, null, null));
        changed.add(new Unit(10001L, 10000L, TextPart.ANNEX, UnitKind.PARAGRAPH, 0, null, "Nowy paragraf.", null, null, null));
        changed.replaceAll(u -> u.parentId() == null && u.part() == TextPart.ANNEX && u.id() != 10000L
                && u.position() >= chapter7.position() ? moved(u, 1) : u);

        Map<Long, String> labels = Citations.labels(changed);
        assertThat(labels.get(9999L)).isEqualTo("§ 9 ust. 3");
        assertThat(labels.get(old3.id())).isEqualTo("§ 9 ust. 4");
        assertThat(labels.get(old5.id())).isEqualTo("§ 9 ust. 6");
        assertThat(labels.get(10000L)).isEqualTo("Rozdział 7");
        assertThat(labels.get(10001L)).isEqualTo("§ 7");
        assertThat(labels.get(chapter7.id())).isEqualTo("Rozdział 8");
        assertThat(Citations.labels(TEXT).get(old5.id())).isEqualTo("§ 8 ust. 5");
    }

    @Test
    void lettersAndTiretsAreCitedTheWayTheDraftingRulesSay() {
        List<Unit> units = List.of(
                new Unit(1L, null, TextPart.RESOLUTION, UnitKind.PARAGRAPH, 0, null, "", null, null, null),
                new Unit(2L, 1L, TextPart.RESOLUTION, UnitKind.SECTION, 0, null, "Ustęp:", null, null, null),
                new Unit(3L, 2L, TextPart.RESOLUTION, UnitKind.POINT, 0, null, "punkt:", null, null, null),
                new Unit(4L, 3L, TextPart.RESOLUTION, UnitKind.LETTER, 0, null, "litera:", null, null, null),
                new Unit(5L, 4L, TextPart.RESOLUTION, UnitKind.INDENT, 0, null, "tiret", null, null, null),
                new Unit(6L, 4L, TextPart.RESOLUTION, UnitKind.INDENT, 1, null, "tiret", null, null, null));
        assertThat(Citations.labels(units).values()).containsExactly("§ 1 uchwały", "§ 1 ust. 1 uchwały",
                "§ 1 ust. 1 pkt 1 uchwały", "§ 1 ust. 1 pkt 1 lit. a uchwały", "§ 1 ust. 1 pkt 1 lit. a tiret pierwsze uchwały",
                "§ 1 ust. 1 pkt 1 lit. a tiret drugie uchwały");
        assertThat(Citations.letter(27)).isEqualTo("za");
    }

    private static Unit moved(Unit u, int by) {
        return new Unit(u.id(), u.parentId(), u.part(), u.kind(), u.position() + by, u.heading(), u.text(),
                u.statutoryElement(), u.sector(), u.block());
    }
}
