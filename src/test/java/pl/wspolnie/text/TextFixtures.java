package pl.wspolnie.text;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import pl.wspolnie.municipality.MunicipalityProfile.Sector;

/** Texts made without a database: the shipped Kraków base text as units with ids 1, 2, 3 … in reading order. */
public final class TextFixtures {

    /** The resolution the fixtures' programmes repeal. */
    public static final String REPEALED_NUMBER = "XXV/612/25";
    public static final String REPEALED_DATE = "26 listopada 2025";
    public static final String REPEALED_TITLE = "Program współpracy na rok 2026";

    private TextFixtures() {
    }

    /** The Kraków base text for a programme, with one unit per sector carrying the given narrative (may be null). */
    public static List<Unit> krakow(String title, int firstYear, int lastYear, List<Sector> sectors, Map<String, String> narratives) {
        TextNode.Tree tree;
        try (InputStream in = TextFixtures.class.getResourceAsStream("/municipality/krakow-base-text.json")) {
            tree = BaseText.read(in, new ObjectMapper());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        tree = BaseText.fill(tree, Map.of("title", title, "firstYear", String.valueOf(firstYear), "lastYear",
                String.valueOf(lastYear), "yearBefore", String.valueOf(firstYear - 1),
                "sectorNames", sectors.stream().map(Sector::name).collect(Collectors.joining("; ")),
                "repealedNumber", REPEALED_NUMBER, "repealedDate", REPEALED_DATE, "repealedTitle", REPEALED_TITLE));
        tree = SectorSlots.fill(tree, sectors);
        List<Unit> units = new ArrayList<>();
        long[] next = {1};
        add(units, tree.resolution(), TextPart.RESOLUTION, null, next, narratives);
        add(units, tree.annex(), TextPart.ANNEX, null, next, narratives);
        return units;
    }

    /** Units as the service would store them (ids in the order nodes are stored). */
    static List<Unit> units(TextNode.Tree tree) {
        List<Unit> units = new ArrayList<>();
        long[] next = {1};
        add(units, tree.resolution(), TextPart.RESOLUTION, null, next, Map.of());
        add(units, tree.annex(), TextPart.ANNEX, null, next, Map.of());
        return units;
    }

    private static void add(List<Unit> out, List<TextNode> nodes, TextPart part, Long parent, long[] next,
                            Map<String, String> narratives) {
        int position = 0;
        for (TextNode n : nodes) {
            long id = next[0]++;
            String text = n.sector() != null && narratives.get(n.sector()) != null ? narratives.get(n.sector()) : n.text();
            out.add(new Unit(id, parent, part, n.kind(), position++, n.heading(), text, n.statutoryElement(), n.sector(), n.block()));
            add(out, n.children(), part, id, next, narratives);
        }
    }

    /** The unit with this label. */
    public static Unit byLabel(List<Unit> units, String label) {
        return Citations.number(units).stream().filter(n -> n.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no unit " + label + " in " + Citations.labels(units).values())).unit();
    }
}
