package pl.wspolnie.drafting.internal.redline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import pl.wspolnie.drafting.internal.redline.DocModel.Block;
import pl.wspolnie.drafting.internal.redline.DocModel.Para;
import pl.wspolnie.drafting.internal.redline.DocModel.Run;
import pl.wspolnie.drafting.internal.redline.DocModel.Table;

/**
 * Test support: random programme-like documents (chapters with headings, paragraphs of Polish text with
 * diacritics, markup characters, quotes and emoji, tables) and random edits of them, from a seed.
 */
final class RandomDocs {

    private static final String[] WORDS = ("gmina współpraca z organizacjami pozarządowymi zadanie publiczne środki "
            + "budżet źródło żółć Łódź ćwiczenie dotacja konsultacje program roczny priorytetowe edukacja kultura "
            + "sport ochrona zdrowia pomoc społeczna rada działalności pożytku publicznego art. ust. pkt oraz lub "
            + "wspieranie powierzenie realizacji zadań ogłasza otwarty konkurs ofert wysokość środków zł "
            + "Prezydent Miasta Krakowa uchwała Rady Gminy mieszkańców seniorów młodzieży ekologia wolontariat "
            + "2025 2026 1 2 3 10 000,00 § i w na do").split(" ");
    private static final String[] ODD = {"<", "&", "\"cytat\"", "„Wspólnie”", "‘apostrof’", "'x'", "🙂", "👍🏽",
        "👨‍👩‍👧", "a<b", "R&D", "<tag>", "—", "–", "§ 3", "(1)", "x&amp;y", "🇵🇱", "é́"};

    private final Random rnd;
    /** Whether paragraphs carry unit bookmarks, as drafts rendered from the programme's units do. */
    private final boolean units;
    private int lastUnit;

    RandomDocs(long seed) {
        this.rnd = new Random(seed);
        this.units = seed % 2 == 0;
    }

    /** A fresh unit bookmark name when paragraphs carry units, else null. */
    String unit() {
        return units ? Attribution.bookmark(++lastUnit) : null;
    }

    /** A field run: an instruction as renderers write them (generated bookmark names vary) and a cached result. */
    Run field() {
        String instr = switch (rnd.nextInt(4)) {
            case 0 -> "PAGE";
            case 1 -> "NUMPAGES \\* MERGEFORMAT";
            case 2 -> "PAGEREF _Toc" + (100000 + rnd.nextInt(900000)) + " \\h";
            default -> "DATE \\@ \"dd.MM.yyyy\"";
        };
        return new Run(String.valueOf(1 + rnd.nextInt(300)), false, false, instr);
    }

    Random random() {
        return rnd;
    }

    String word() {
        return rnd.nextInt(100) < 88 ? WORDS[rnd.nextInt(WORDS.length)] : ODD[rnd.nextInt(ODD.length)];
    }

    String sentence(int min, int max) {
        int n = min + rnd.nextInt(max - min + 1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                int sep = rnd.nextInt(20);
                sb.append(sep == 0 ? ", " : sep == 1 ? "  " : sep == 2 ? "; " : " ");
            }
            sb.append(word());
        }
        if (rnd.nextInt(3) > 0) {
            sb.append('.');
        }
        if (rnd.nextInt(30) == 0) {
            sb.insert(0, ' ');
        }
        if (rnd.nextInt(30) == 0) {
            sb.append(' ');
        }
        return sb.toString();
    }

    /** The text cut into one to four runs at random code point boundaries, some bold or italic, some with a field. */
    List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>(textRuns(text));
        if (rnd.nextInt(8) == 0) {
            runs.add(rnd.nextInt(runs.size() + 1), field());
        }
        return runs;
    }

    private List<Run> textRuns(String text) {
        int[] cps = text.codePoints().toArray();
        int pieces = Math.min(cps.length, 1 + rnd.nextInt(4));
        if (pieces <= 1) {
            return text.isEmpty() ? List.of() : List.of(new Run(text, rnd.nextInt(8) == 0, false));
        }
        int[] cuts = rnd.ints(pieces - 1, 1, cps.length).sorted().distinct().toArray();
        List<Run> runs = new ArrayList<>();
        int start = 0;
        for (int cut : cuts) {
            runs.add(run(cps, start, cut));
            start = cut;
        }
        runs.add(run(cps, start, cps.length));
        return runs;
    }

    private Run run(int[] cps, int from, int to) {
        return new Run(new String(cps, from, to - from), rnd.nextInt(4) == 0, rnd.nextInt(6) == 0);
    }

    Para paragraph() {
        if (rnd.nextInt(20) == 0) {
            return new Para(null, List.of(), unit());
        }
        return new Para(null, runs(sentence(3, 25)), unit());
    }

    Para heading() {
        return new Para("Heading" + (1 + rnd.nextInt(2)),
                runs("Rozdział " + (1 + rnd.nextInt(12)) + ". " + sentence(1, 5)));
    }

    Table table(int depth) {
        int columns = 2 + rnd.nextInt(3);
        int rowCount = 1 + rnd.nextInt(7);
        List<List<List<Block>>> rows = new ArrayList<>();
        for (int r = 0; r < rowCount; r++) {
            rows.add(row(columns, depth));
        }
        return new Table(rows);
    }

    List<List<Block>> row(int columns, int depth) {
        List<List<Block>> cells = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            List<Block> cell = new ArrayList<>();
            if (depth == 0 && rnd.nextInt(40) == 0) {
                cell.add(table(1));
            }
            cell.add(new Para(null, runs(sentence(1, 6))));
            if (rnd.nextInt(10) == 0) {
                cell.add(new Para(null, runs(sentence(1, 4))));
            }
            cells.add(cell);
        }
        return cells;
    }

    List<Block> document() {
        List<Block> doc = new ArrayList<>();
        doc.add(new Para("Title", runs("Program współpracy Gminy z organizacjami pozarządowymi na rok 2026")));
        int chapters = 2 + rnd.nextInt(5);
        for (int c = 0; c < chapters; c++) {
            doc.add(heading());
            int paragraphs = 1 + rnd.nextInt(5);
            for (int p = 0; p < paragraphs; p++) {
                doc.add(paragraph());
                if (rnd.nextInt(6) == 0) {
                    doc.add(table(0));
                }
            }
        }
        doc.add(paragraph());
        return doc;
    }

    /**
     * One to five random edits of the document, or for one pair in eight a heavy revision of 10 to 30 edits; the
     * result ends with a paragraph, as Word keeps it.
     */
    List<Block> mutate(List<Block> original) {
        List<Block> doc = new ArrayList<>(original);
        int edits = rnd.nextInt(8) == 0 ? 10 + rnd.nextInt(21) : 1 + rnd.nextInt(5);
        for (int i = 0; i < edits; i++) {
            new Edits(this, doc).apply(rnd.nextInt(Edits.KINDS));
        }
        if (doc.isEmpty() || !(doc.get(doc.size() - 1) instanceof Para)) {
            doc.add(paragraph());
        }
        return doc;
    }

    /** Edits a text word-wise: replaces, inserts or deletes a word. */
    String editWords(String text) {
        List<String> words = new ArrayList<>(Arrays.asList(text.split(" ", -1)));
        int i = rnd.nextInt(words.size());
        switch (rnd.nextInt(3)) {
            case 0 -> words.set(i, word());
            case 1 -> words.add(i, word());
            default -> {
                if (words.size() > 1) {
                    words.remove(i);
                } else {
                    words.set(i, word());
                }
            }
        }
        return String.join(" ", words);
    }
}
