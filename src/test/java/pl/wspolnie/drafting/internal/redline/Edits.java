package pl.wspolnie.drafting.internal.redline;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import pl.wspolnie.drafting.internal.redline.DocModel.Block;
import pl.wspolnie.drafting.internal.redline.DocModel.Para;
import pl.wspolnie.drafting.internal.redline.DocModel.Run;
import pl.wspolnie.drafting.internal.redline.DocModel.Table;

/** Test support: the kinds of edit a programme draft goes through between versions, applied at random. */
final class Edits {

    static final int KINDS = 18;

    private final RandomDocs docs;
    private final Random rnd;
    private final List<Block> doc;

    Edits(RandomDocs docs, List<Block> doc) {
        this.docs = docs;
        this.rnd = docs.random();
        this.doc = doc;
    }

    void apply(int kind) {
        switch (kind) {
            case 0, 1, 2 -> editWords();
            case 3 -> doc.add(rnd.nextInt(doc.size() + 1), docs.paragraph());
            case 4 -> removeParagraph();
            case 5 -> moveChapter();
            case 6 -> editTable(true);
            case 7 -> editTable(false);
            case 8, 9 -> changeCell();
            case 10 -> doc.add(rnd.nextInt(doc.size() + 1), docs.table(0));
            case 11 -> some(Table.class).ifPresent(i -> doc.remove((int) i));
            case 12 -> reformat();
            case 13 -> splitParagraph();
            case 14 -> some(Para.class).ifPresent(i -> {
                Para p = (Para) doc.get(i);
                doc.add(rnd.nextInt(doc.size() + 1), new Para(p.style(), p.runs(), p.unit() == null ? null : docs.unit()));
            });
            case 17 -> refield();
            case 15 -> some(Para.class).ifPresent(i -> doc.set(i, docs.paragraph()));
            default -> some(Para.class).ifPresent(i -> doc.add(rnd.nextInt(doc.size()), doc.remove((int) i)));
        }
    }

    private java.util.Optional<Integer> some(Class<?> type) {
        int[] indexes = IntStream.range(0, doc.size()).filter(i -> type.isInstance(doc.get(i))).toArray();
        return indexes.length == 0 ? java.util.Optional.empty()
                : java.util.Optional.of(indexes[rnd.nextInt(indexes.length)]);
    }

    private void editWords() {
        some(Para.class).ifPresent(i -> doc.set(i, editWords((Para) doc.get(i))));
    }

    /** Edits the words of one run, so the other runs keep their text and formatting. */
    private Para editWords(Para p) {
        if (p.runs().isEmpty()) {
            return p.withRuns(docs.runs(docs.word()));
        }
        List<Run> runs = new ArrayList<>(p.runs());
        int r = rnd.nextInt(runs.size());
        Run run = runs.get(r);
        runs.set(r, new Run(docs.editWords(run.text()), run.bold(), run.italic()));
        return p.withRuns(runs);
    }

    /** Fields get other cached results (and generated bookmark names): the same document to a reader. */
    private void refield() {
        some(Para.class).ifPresent(i -> {
            Para p = (Para) doc.get(i);
            List<Run> runs = new ArrayList<>();
            for (Run r : p.runs()) {
                runs.add(r.field() == null ? r : new Run(String.valueOf(rnd.nextInt(500)), r.bold(), r.italic(),
                        r.field().replaceAll("_Toc\\d+", "_Toc" + (100000 + rnd.nextInt(900000)))));
            }
            doc.set(i, p.withRuns(runs));
        });
    }

    private void removeParagraph() {
        some(Para.class).ifPresent(i -> doc.remove((int) i));
    }

    /** Moves a chapter (its heading and everything up to the next heading) before another heading or to the end. */
    private void moveChapter() {
        int[] headings = IntStream.range(0, doc.size())
                .filter(i -> doc.get(i) instanceof Para p && p.style() != null && p.style().startsWith("Heading"))
                .toArray();
        if (headings.length < 2) {
            return;
        }
        int h = rnd.nextInt(headings.length);
        int start = headings[h];
        int end = h + 1 < headings.length ? headings[h + 1] : doc.size();
        List<Block> chapter = new ArrayList<>(doc.subList(start, end));
        doc.subList(start, end).clear();
        int[] targets = IntStream.range(0, doc.size())
                .filter(i -> doc.get(i) instanceof Para p && p.style() != null && p.style().startsWith("Heading"))
                .toArray();
        int at = rnd.nextInt(targets.length + 1);
        doc.addAll(at < targets.length ? targets[at] : doc.size(), chapter);
    }

    private void editTable(boolean addRow) {
        some(Table.class).ifPresent(i -> {
            Table t = (Table) doc.get(i);
            List<List<List<Block>>> rows = new ArrayList<>(t.rows());
            if (addRow) {
                rows.add(rnd.nextInt(rows.size() + 1), docs.row(rows.get(0).size(), 1));
            } else if (rows.size() > 1) {
                rows.remove(rnd.nextInt(rows.size()));
            }
            doc.set(i, new Table(rows));
        });
    }

    private void changeCell() {
        some(Table.class).ifPresent(i -> {
            Table t = (Table) doc.get(i);
            List<List<List<Block>>> rows = new ArrayList<>(t.rows());
            int r = rnd.nextInt(rows.size());
            List<List<Block>> cells = new ArrayList<>(rows.get(r));
            int c = rnd.nextInt(cells.size());
            List<Block> cell = new ArrayList<>(cells.get(c));
            int last = cell.size() - 1;
            Para p = (Para) cell.get(last);
            cell.set(last, rnd.nextBoolean() ? editWords(p) : new Para(null, docs.runs(docs.sentence(1, 5))));
            if (rnd.nextInt(5) == 0) {
                cell.add(docs.paragraph());
            }
            cells.set(c, cell);
            rows.set(r, cells);
            doc.set(i, new Table(rows));
        });
    }

    /** Same text, other runs and formatting: no text difference. */
    private void reformat() {
        some(Para.class).ifPresent(i -> {
            Para p = (Para) doc.get(i);
            doc.set(i, p.withRuns(docs.runs(p.text())));
        });
    }

    private void splitParagraph() {
        some(Para.class).ifPresent(i -> {
            Para p = (Para) doc.get(i);
            String text = p.text();
            int space = text.indexOf(' ', text.length() / 2);
            if (space > 0) {
                doc.set(i, p.withRuns(docs.runs(text.substring(0, space))));
                doc.add(i + 1, new Para(null, docs.runs(text.substring(space + 1))));
            }
        });
    }
}
