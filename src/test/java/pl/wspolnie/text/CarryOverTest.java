package pl.wspolnie.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pl.wspolnie.municipality.MunicipalityProfile.Sector;

/** Last year's adopted text as the start of the next programme. */
class CarryOverTest {

    static final CarryOver.Period Y2026 = new CarryOver.Period(2026, 2026, "Program współpracy na rok 2026");
    static final CarryOver.Period Y2027 = new CarryOver.Period(2027, 2027, "Program współpracy na rok 2027");

    @Test
    void yearsOfThePeriodMoveAndCitedJournalsOfLawsStay() {
        assertThat(CarryOver.renumber("Z dniem 31 grudnia 2025 r. traci moc program obowiązujący w roku 2025; do 1 stycznia 2026 r. "
                + "(Dz. U. z 2025 r. poz. 1491), w 2027 r. sprawozdanie; uchwała z 2019 r.", Y2026, Y2027))
                .isEqualTo("Z dniem 31 grudnia 2026 r. traci moc program obowiązujący w roku 2026; do 1 stycznia 2027 r. "
                        + "(Dz. U. z 2025 r. poz. 1491), w 2028 r. sprawozdanie; uchwała z 2019 r.");
        assertThat(CarryOver.renumber("pod nazwą „Program współpracy na rok 2026”", Y2026,
                new CarryOver.Period(2027, 2027, "Roczny program na 2027"))).isEqualTo("pod nazwą „Roczny program na 2027”");
    }

    @Test
    void theWholeTextIsCopiedWithSectorWordingAndNothingGeneratedFromData() {
        List<Sector> sectors = List.of(new Sector("KULTURA", "Kultura", "sector-culture"), new Sector("SPORT", "Sport", "sector-sport"));
        List<Unit> adopted = TextFixtures.krakow(Y2026.title(), 2026, 2026, sectors,
                Map.of("KULTURA", "W 2026 r. wspieramy festiwale.", "SPORT", "Sport w 2026 r."));

        // the 2027 profile has a new team and no longer the sport team
        List<Sector> now = List.of(new Sector("KULTURA", "Kultura i sztuka", "sector-culture"),
                new Sector("ZDROWIE", "Zdrowie", "sector-health"));
        List<Unit> next = TextFixtures.units(SectorSlots.fill(CarryOver.tree(adopted, Y2026, Y2027), now));

        assertThat(next).hasSize(adopted.size() - 1 + 1);
        assertThat(TextFixtures.byLabel(next, "§ 2 uchwały").text())
                .contains("Traci moc uchwała nr " + TextFixtures.REPEALED_NUMBER);
        assertThat(TextFixtures.byLabel(next, "§ 1 uchwały").text()).contains("„Program współpracy na rok 2027”");
        assertThat(TextFixtures.byLabel(next, "§ 5 uchwały").text()).contains("z dniem 1 stycznia 2027 r.");
        assertThat(TextFixtures.byLabel(next, "podstawa prawna uchwały").text()).contains("(Dz. U. z 2024 r. poz. 1465");
        Unit culture = TextFixtures.byLabel(next, "§ 6 ust. 2");
        assertThat(culture.sector()).isEqualTo("KULTURA");
        assertThat(culture.heading()).isEqualTo("Kultura i sztuka");
        assertThat(culture.text()).isEqualTo("W 2027 r. wspieramy festiwale.");
        Unit health = TextFixtures.byLabel(next, "§ 6 ust. 3");
        assertThat(health.sector()).isEqualTo("ZDROWIE");
        assertThat(health.text()).isEmpty();
        assertThat(health.block()).isEqualTo(GeneratedBlock.SECTOR_TASKS);
        assertThat(next).noneMatch(u -> "SPORT".equals(u.sector()));
        assertThat(TextFixtures.byLabel(next, "Rozdział 2").statutoryElement()).isEqualTo("GOALS");
        assertThat(TextFixtures.byLabel(next, "§ 9 ust. 1").block()).isEqualTo(GeneratedBlock.BUDGET);
        assertThat(TextFixtures.byLabel(next, "§ 7").text()).isEqualTo(
                "Program realizowany jest w okresie od dnia 1 stycznia 2027 r. do dnia 31 grudnia 2027 r.");
    }

    @Test
    void theBaseTextFillsItsFieldsAndRefusesAnUnknownOne() {
        List<Unit> text = TextFixtures.krakow("Program 2027", 2027, 2027, List.of(new Sector("A", "Alfa", "g"),
                new Sector("B", "Beta", "h")), Map.of());
        assertThat(text).noneMatch(u -> u.text().contains("${") || (u.heading() != null && u.heading().contains("${")));
        assertThat(TextFixtures.byLabel(text, "§ 4 ust. 2").text()).endsWith("następujące obszary: Alfa; Beta.");
        assertThat(text.stream().filter(u -> u.statutoryElement() != null).map(Unit::statutoryElement))
                .containsExactly("GOALS", "PRINCIPLES", "SCOPE", "FORMS", "PRIORITY_TASKS", "PERIOD", "METHOD", "FUNDS",
                        "EVALUATION", "CREATION_AND_CONSULTATION", "COMPETITION_COMMITTEES");
        var tree = new TextNode.Tree(List.of(new TextNode(UnitKind.PARAGRAPH, null, "W roku ${rok}.", null, null, null, false, null)),
                List.of());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BaseText.fill(tree, Map.of("title", "x")))
                .hasMessageContaining("${rok}");
    }
}
