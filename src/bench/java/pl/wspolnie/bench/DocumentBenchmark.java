package pl.wspolnie.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;
import org.springframework.core.io.ClassPathResource;
import pl.wspolnie.drafting.DraftSnapshot;
import pl.wspolnie.drafting.internal.DocxDocuments;
import pl.wspolnie.drafting.internal.redline.Redline;

/**
 * Issue #4, "Proof and speed": how long the documents of a large programme take, next to the floor of writing the
 * same content as raw WordprocessingML. Not a test; run it with {@code ./mvnw -q -Pbench test-compile exec:exec}
 * (README, "Benchmark"). Arguments ({@code -Dbench.args="…"}): {@code quick} for a short smoke run, {@code size} for
 * the workload's size and its checks only, {@code nomem} to skip the heap readings, {@code heaps} for the smallest heaps only, benchmark names ({@code draft floor redline redlineFormulaic report}) to run only those.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class DocumentBenchmark {

    /** Where JMH's own output goes, one file per benchmark. */
    static final Path LOGS = Path.of("target", "bench").toAbsolutePath();
    static final String SHA = "0123456789abcdef".repeat(4);
    static final Instant REVISED_AT = LocalDate.of(2026, 11, 4).atStartOfDay().toInstant(java.time.ZoneOffset.UTC);

    DocxDocuments documents;
    DraftSnapshot snapshot;
    List<Floor.Block> content;
    byte[] draft;
    byte[] revisedDraft;

    @Setup(Level.Trial)
    public void setUp() {
        documents = documents();
        snapshot = LargeProgramme.snapshot();
        draft = documents.programme(snapshot, SHA);
        revisedDraft = documents.programme(LargeProgramme.revised(snapshot), SHA);
        content = Floor.read(draft);
    }

    /** The renderer as the application wires it, with the shipped Kraków templates; no Spring context. */
    static DocxDocuments documents() {
        return new DocxDocuments(new ClassPathResource("templates/krakow/programme.docx"),
                new ClassPathResource("templates/krakow/justification.docx"),
                new ClassPathResource("templates/krakow/consultation-report.docx"));
    }

    /** (a) The programme draft: resolution and annex, 12 chapters, 300 tasks in 8 sector tables. */
    @Benchmark
    public byte[] draft() {
        return documents.programme(snapshot, SHA);
    }

    /** (b) The floor: the draft's paragraphs and table cells as raw WordprocessingML in a minimal DOCX. */
    @Benchmark
    public byte[] floor() {
        return Floor.write(content);
    }

    /** (c) The redline of two versions of the draft, about one paragraph in ten changed. */
    @Benchmark
    public byte[] redline() {
        return Redline.compare(draft, revisedDraft, "coordinator", REVISED_AT);
    }

    /**
     * (c') The same redline when the texts are formulaic (a vocabulary of 150 words): descriptions of different tasks
     * look like versions of one another to the redline, which then pairs rows that only moved.
     */
    @Benchmark
    public byte[] redlineFormulaic(Formulaic f) {
        return Redline.compare(f.draft, f.revisedDraft, "coordinator", REVISED_AT);
    }

    /** The drafts of {@link #redlineFormulaic}, made once per fork. */
    @State(Scope.Benchmark)
    public static class Formulaic {
        byte[] draft;
        byte[] revisedDraft;

        @Setup(Level.Trial)
        public void setUp() {
            DocxDocuments documents = documents();
            DraftSnapshot snapshot = LargeProgramme.snapshot(LargeProgramme.FORMULAIC);
            draft = documents.programme(snapshot, SHA);
            revisedDraft = documents.programme(LargeProgramme.revised(snapshot, LargeProgramme.FORMULAIC), SHA);
        }
    }

    /** (d) The consultation report with 300 comments. */
    @Benchmark
    public byte[] report() {
        return documents.consultationReport(snapshot, SHA);
    }

    /** The benchmarks in the order they run and are reported. */
    static final List<String> ALL = List.of("draft", "floor", "redline", "redlineFormulaic", "report");

    public static void main(String[] args) throws RunnerException, IOException, InterruptedException {
        if (args.length == 2 && args[0].equals("child")) {
            child(args[1]);
            return;
        }
        List<String> flags = List.of(args);
        if (flags.contains("heaps")) {
            smallestHeaps();
            return;
        }
        boolean quick = flags.contains("quick");
        List<String> only = flags.stream().filter(ALL::contains).toList();
        Files.createDirectories(LOGS);
        System.out.printf(Locale.ROOT, "%s, load average %s%n", java.time.LocalDateTime.now().withNano(0), load());
        DocumentBenchmark state = new DocumentBenchmark();
        state.setUp();
        Formulaic formulaic = new Formulaic();
        formulaic.setUp();
        describe(state, formulaic);
        if (flags.contains("size")) {
            return;
        }

        // one benchmark at a time, so that each figure comes with the machine's load while it was measured
        List<Row> rows = new ArrayList<>();
        for (String name : only.isEmpty() ? ALL : only) {
            String before = load();
            ChainedOptionsBuilder options = new OptionsBuilder()
                    .include(DocumentBenchmark.class.getName() + "\\." + name + "$")
                    .addProfiler(GCProfiler.class)
                    .shouldFailOnError(true)
                    .output(LOGS.resolve("jmh-" + name + ".log").toString());
            if (quick) {
                options.warmupIterations(2).warmupTime(TimeValue.seconds(1))
                        .measurementIterations(3).measurementTime(TimeValue.seconds(1));
            }
            System.out.printf(Locale.ROOT, "  %s …%n", name);
            for (RunResult r : new Runner(options.build()).run()) {
                rows.add(new Row(name, r, before, load()));
            }
        }
        summary(rows);
        if (!flags.contains("nomem")) {
            memory(state);
            smallestHeaps();
        }
    }

    /** Heaps tried for each document, in MB: the first one it is made in is reported. */
    static final int[] HEAPS = {32, 48, 64, 96, 128, 192, 256, 384, 512};

    /**
     * (e) The smallest heap each document can be made in: a fresh JVM per try (-Xmx from {@link #HEAPS}) builds
     * what the document needs and makes it three times; an OutOfMemoryError there means "too small".
     */
    private static void smallestHeaps() throws IOException, InterruptedException {
        System.out.printf(Locale.ROOT, "%nSmallest heap (-Xmx, of %s MB) in which a fresh JVM builds its inputs and makes the document 3 times:%n",
                String.join(", ", java.util.Arrays.stream(HEAPS).mapToObj(String::valueOf).toList()));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (String name : List.of("draft", "redline", "report")) {
            String found = "more than " + HEAPS[HEAPS.length - 1];
            for (int mb : HEAPS) {
                Process p = new ProcessBuilder(java, "-Xmx" + mb + "m", "-cp", System.getProperty("java.class.path"),
                        DocumentBenchmark.class.getName(), "child", name)
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (p.waitFor() == 0) {
                    found = String.valueOf(mb);
                    break;
                }
            }
            System.out.printf(Locale.ROOT, "  %-8s %s MB%n", name, found);
        }
    }

    /** One try of {@link #smallestHeaps}: exits 0 when the document was made three times, 1 when the heap ran out. */
    private static void child(String name) {
        try {
            DocxDocuments documents = documents();
            DraftSnapshot snapshot = LargeProgramme.snapshot();
            Supplier<byte[]> work = switch (name) {
                case "draft" -> () -> documents.programme(snapshot, SHA);
                case "report" -> () -> documents.consultationReport(snapshot, SHA);
                case "redline" -> {
                    byte[] from = documents.programme(snapshot, SHA);
                    byte[] to = documents.programme(LargeProgramme.revised(snapshot), SHA);
                    yield () -> Redline.compare(from, to, "coordinator", REVISED_AT);
                }
                default -> throw new IllegalArgumentException(name);
            };
            for (int i = 0; i < 3; i++) {
                work.get();
            }
            System.exit(0);
        } catch (OutOfMemoryError e) {
            System.exit(1);
        }
    }

    record Row(String name, RunResult result, String loadBefore, String loadAfter) {
    }

    /** The 1, 5 and 15 minute load averages; the machine has two cores, so above 2 means other work waited. */
    static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /**
     * The smallest draft the figures may be taken from: the workload makes about 2,400 paragraphs, 9 tables and 300
     * task rows. A draft below this is not the large programme (as when the text moved into units and the workload
     * still filled only the sections: the slots stayed empty and the draft was a few pages); the run stops then.
     */
    static final int MIN_PARAGRAPHS = 1_500;
    static final int MIN_TABLE_ROWS = LargeProgramme.TASKS;
    static final int MIN_KB = 150;

    private static void describe(DocumentBenchmark s, Formulaic f) {
        int tasks = s.snapshot.sections().stream().mapToInt(x -> x.tasks().size()).sum();
        List<String> older = Floor.paragraphs(s.content);
        List<String> newer = Floor.paragraphs(Floor.read(s.revisedDraft));
        int changed = Floor.changedParagraphs(older, newer);
        int[] shape = Floor.tableShape(s.content);
        byte[] floor = s.floor();
        if (!Floor.read(floor).equals(s.content)) {
            throw new IllegalStateException("the floor does not write the draft's content");
        }
        byte[] report = s.report();
        System.out.printf(Locale.ROOT, "%nWorkload: %d sectors, %d priority tasks, %d consultation comments, %d units of text; "
                        + "java %s, %d cores, max heap %d MB%n",
                s.snapshot.sections().size(), tasks, s.snapshot.consultation().comments().size(), s.snapshot.units().size(),
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf(Locale.ROOT, "Draft: %d paragraphs (cells' included), %d tables, %d rows, %d cells; %d KB DOCX (floor %d KB)%n",
                older.size(), shape[0], shape[1], shape[2], s.draft.length / 1024, floor.length / 1024);
        List<String> formulaic = Floor.paragraphs(Floor.read(f.draft));
        int changedFormulaic = Floor.changedParagraphs(formulaic, Floor.paragraphs(Floor.read(f.revisedDraft)));
        System.out.printf(Locale.ROOT, "Redline pair: %d of %d paragraphs differ (%.1f%%; formulaic pair %.1f%%); report: %d KB%n%n",
                changed, older.size(), 100.0 * changed / older.size(), 100.0 * changedFormulaic / formulaic.size(),
                report.length / 1024);
        List<String> wrong = new ArrayList<>();
        if (older.size() < MIN_PARAGRAPHS || formulaic.size() < MIN_PARAGRAPHS) {
            wrong.add("the drafts have " + older.size() + " and " + formulaic.size() + " paragraphs, fewer than " + MIN_PARAGRAPHS);
        }
        if (shape[1] < MIN_TABLE_ROWS) {
            wrong.add("the draft's tables have " + shape[1] + " rows, fewer than the " + MIN_TABLE_ROWS + " tasks");
        }
        if (s.draft.length / 1024 < MIN_KB) {
            wrong.add("the draft is " + s.draft.length / 1024 + " KB, less than " + MIN_KB + " KB");
        }
        if (changed < older.size() / 20 || changed > older.size() / 5) {
            wrong.add("the redline pair differs in " + changed + " of " + older.size() + " paragraphs, not about one in ten");
        }
        wrong.addAll(missingFromFloor(s.snapshot, String.join("\n", Floor.paragraphs(Floor.read(floor)))));
        if (!wrong.isEmpty()) {
            String message = "The workload is not the large programme the figures are about; nothing was measured:\n  - "
                    + String.join("\n  - ", wrong);
            System.err.println(message);
            throw new IllegalStateException(message);
        }
    }

    /**
     * What of the snapshot's content the floor does not write: every unit's wording, every task's title and
     * description must be among the floor's paragraphs, so the floor is the same content as the draft.
     */
    private static List<String> missingFromFloor(DraftSnapshot snapshot, String floorText) {
        List<String> missing = new ArrayList<>();
        long units = snapshot.units().stream().filter(u -> u.hasText() && !floorText.contains(DocxDocuments.asRendered(u.text())))
                .count();
        long tasks = snapshot.sections().stream().flatMap(x -> x.tasks().stream())
                .filter(t -> !floorText.contains(t.title()) || !floorText.contains(t.description())).count();
        if (units > 0) {
            missing.add(units + " units' wording not in the floor's paragraphs");
        }
        if (tasks > 0) {
            missing.add(tasks + " tasks' title or description not in the floor's paragraphs");
        }
        return missing;
    }

    private static void summary(List<Row> rows) {
        System.out.printf(Locale.ROOT, "%n%-17s %8s %8s %8s %8s %6s %11s %10s  %s%n", "", "avg ms", "p50 ms", "p99 ms", "max ms", "n",
                "alloc MB/op", "alloc MB/s", "load average (1, 5, 15 min) before → after");
        Double draft = null;
        Double floor = null;
        Double redline = null;
        for (Row row : rows) {
            Statistics st = row.result().getPrimaryResult().getStatistics();
            double alloc = secondary(row.result(), "gc.alloc.rate.norm") / (1024 * 1024);
            System.out.printf(Locale.ROOT, "%-17s %8.1f %8.1f %8.1f %8.1f %6d %11.1f %10.0f  %s → %s%n", row.name(), st.getMean(),
                    st.getPercentile(50), st.getPercentile(99), st.getMax(), st.getN(), alloc,
                    secondary(row.result(), "gc.alloc.rate"), row.loadBefore(), row.loadAfter());
            switch (row.name()) {
                case "draft" -> draft = st.getMean();
                case "floor" -> floor = st.getMean();
                case "redline" -> redline = st.getMean();
                default -> {
                }
            }
        }
        ratio("draft / floor", draft, floor, DRAFT_PER_FLOOR);
        ratio("redline / draft", redline, draft, REDLINE_PER_DRAFT);
        System.out.println("JMH's own output: " + LOGS + "/jmh-*.log");
    }

    /** Issue #11's targets: the draft within twice the floor, the redline within 1.5 times the draft. */
    static final double DRAFT_PER_FLOOR = 2.0;
    static final double REDLINE_PER_DRAFT = 1.5;

    private static void ratio(String name, Double a, Double b, double target) {
        if (a != null && b != null) {
            double r = a / b;
            System.out.printf(Locale.ROOT, "%-16s = %5.2f×  (target ≤ %.1f×: %s)%n", name, r, target, r <= target ? "met" : "NOT met");
        }
    }

    private static double secondary(RunResult r, String suffix) {
        for (var e : r.getSecondaryResults().entrySet()) {
            if (e.getKey().endsWith(suffix)) {
                Result<?> result = e.getValue();
                return result.getScore();
            }
        }
        return Double.NaN;
    }

    /**
     * (e) Heap in this JVM (not in JMH's forks, which measure time): each document made at least 10 times (more,
     * up to 40, until 3 collections happened) after a full collection. "Peak" is the sum of the heap pools' peak
     * usage: what the collector let pile up, garbage included, so it grows with the heap it is given. Right after a
     * collection is closer to what the work holds at once, but only sampled at the few collections that happen.
     */
    private static void memory(DocumentBenchmark s) {
        System.out.printf(Locale.ROOT, "%nHeap of a separate run in this JVM (max %d MB, %s):%n",
                Runtime.getRuntime().maxMemory() >> 20,
                String.join(" + ", ManagementFactory.getGarbageCollectorMXBeans().stream().map(b -> b.getName()).toList()));
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        AtomicLong live = new AtomicLong();
        AtomicLong collections = new AtomicLong();
        NotificationListener afterGc = (notification, handback) -> {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()).getGcInfo();
                long used = info.getMemoryUsageAfterGc().entrySet().stream()
                        .filter(e -> heap.stream().anyMatch(p -> p.getName().equals(e.getKey())))
                        .mapToLong(e -> e.getValue().getUsed()).sum();
                live.accumulateAndGet(used, Math::max);
                collections.incrementAndGet();
            }
        };
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener(afterGc, null, null);
        }
        record Work(String name, Supplier<byte[]> run) {
        }
        List<Work> work = List.of(new Work("draft", s::draft), new Work("floor", s::floor), new Work("redline", s::redline),
                new Work("report", s::report));
        long overall = 0;
        for (Work w : work) {
            System.gc();
            sleep();
            long before = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
            live.set(0);
            collections.set(0);
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            int runs = 0;
            while (runs < 10 || (collections.get() < 3 && runs < 40)) {
                w.run().get();
                runs++;
            }
            long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            overall = Math.max(overall, peak);
            System.out.printf(Locale.ROOT, "  %-8s peak heap used %4d MB; in use right after a collection at most %4s MB "
                    + "(%d runs, %d collections; %d MB in use before)%n", w.name(), peak >> 20,
                    collections.get() == 0 ? "–" : String.valueOf(live.get() >> 20), runs, collections.get(), before >> 20);
        }
        System.out.printf(Locale.ROOT, "  peak heap used over the run: %d MB%n", overall >> 20);
    }

    /** Lets the notification of the full collection arrive before the counters are reset. */
    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
