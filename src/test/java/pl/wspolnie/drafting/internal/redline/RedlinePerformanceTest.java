package pl.wspolnie.drafting.internal.redline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pl.wspolnie.drafting.internal.redline.DocModel.Block;
import pl.wspolnie.drafting.internal.redline.DocModel.Para;
import pl.wspolnie.drafting.internal.redline.DocModel.Table;
import pl.wspolnie.drafting.internal.redline.RevisionText.View;

/**
 * A self-check, not a benchmark: prints how long a large programme pair takes (about 600 paragraphs and 300 table
 * rows, about 10% of the paragraphs changed). The target is 500 ms warm on two cores; nothing here asserts time,
 * since the test machine is shared.
 */
class RedlinePerformanceTest {

    @BeforeAll
    static void quiet() {
        TestLogging.quietDocx4j();
    }

    @Test
    void printsTheTimeForALargeProgramme() {
        RandomDocs docs = new RandomDocs(4242);
        List<Block> older = largeProgramme(docs);
        List<Block> newer = changeTenPercent(docs, older);
        byte[] from = DocModel.docx(older);
        byte[] to = DocModel.docx(newer);

        byte[] redline = null;
        for (int i = 0; i < 5; i++) {
            redline = Redline.compare(from, to, "Wydajność", Instant.now());
        }
        long[] times = new long[10];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            redline = Redline.compare(from, to, "Wydajność", Instant.now());
            times[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(times);
        long paragraphs = older.stream().filter(Para.class::isInstance).count();
        long rows = older.stream().filter(Table.class::isInstance).mapToLong(t -> ((Table) t).rows().size()).sum();
        System.out.printf("Redline of a large programme (%d paragraphs, %d table rows, %d KB and %d KB): "
                        + "median %d ms, best %d ms, worst %d ms (warm, %d runs)%n", paragraphs, rows,
                from.length / 1024, to.length / 1024, times[times.length / 2], times[0], times[times.length - 1],
                times.length);

        assertThat(RevisionText.paragraphs(redline, View.ACCEPT)).isEqualTo(RevisionText.paragraphs(to, View.PLAIN));
        assertThat(RevisionText.paragraphs(redline, View.REJECT)).isEqualTo(RevisionText.paragraphs(from, View.PLAIN));
    }

    /** 30 chapters of 20 paragraphs; 10 of them with a table of 30 rows. */
    static List<Block> largeProgramme(RandomDocs docs) {
        List<Block> doc = new ArrayList<>();
        for (int c = 0; c < 30; c++) {
            doc.add(Para.heading(1, "Rozdział " + (c + 1) + ". " + docs.sentence(2, 5)));
            for (int p = 0; p < 19; p++) {
                doc.add(new Para(null, docs.runs(docs.sentence(15, 60))));
            }
            if (c % 3 == 0) {
                List<List<String>> rows = new ArrayList<>();
                for (int r = 0; r < 30; r++) {
                    rows.add(List.of((r + 1) + ".", docs.sentence(3, 10), docs.sentence(1, 4), r * 1000 + " zł"));
                }
                doc.add(Table.of(rows));
            }
        }
        doc.add(Para.of("Program wchodzi w życie z dniem podjęcia."));
        return doc;
    }

    /** Word edits in about 10% of the paragraphs, a few paragraphs in and out, some rows changed. */
    static List<Block> changeTenPercent(RandomDocs docs, List<Block> older) {
        List<Block> doc = new ArrayList<>(older);
        var rnd = docs.random();
        for (int i = 0; i < doc.size(); i++) {
            if (doc.get(i) instanceof Para p && rnd.nextInt(100) < 8) {
                doc.set(i, new Para(p.style(), docs.runs(docs.editWords(docs.editWords(p.text())))));
            } else if (doc.get(i) instanceof Table t) {
                List<List<List<Block>>> rows = new ArrayList<>(t.rows());
                rows.remove(5);
                rows.add(10, docs.row(4, 1));
                rows.set(20, docs.row(4, 1));
                doc.set(i, new Table(rows));
            }
        }
        for (int k = 0; k < 6; k++) {
            doc.add(1 + rnd.nextInt(doc.size() - 1), docs.paragraph());
            int victim = 1 + rnd.nextInt(doc.size() - 2);
            if (doc.get(victim) instanceof Para) {
                doc.remove(victim);
            }
        }
        return doc;
    }
}
