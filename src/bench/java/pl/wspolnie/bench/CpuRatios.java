package pl.wspolnie.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The documents' ratios in CPU time, for a machine that other work keeps busy (issue #11): there a document waits
 * for a core longer the more it allocates, so wall-clock ratios say more about the load than about the code. One
 * JVM makes the draft, the floor and the redline in turn, round after round, and takes per document the CPU time
 * of the process (its own thread, the collector's and the compiler's) and of the measuring thread alone, with the
 * wall time beside them; the figures are the medians over the rounds. Run it with
 * {@code ./mvnw -q -Pbench test-compile exec:exec -Dbench.main=pl.wspolnie.bench.CpuRatios -Dbench.args="rounds=15"}.
 */
public final class CpuRatios {

    private CpuRatios() {
    }

    public static void main(String[] args) {
        Map<String, String> a = BenchArgs.parse(args);
        int rounds = Integer.parseInt(a.getOrDefault("rounds", "15"));
        int warmup = Integer.parseInt(a.getOrDefault("warmup", "8"));
        DocumentBenchmark s = new DocumentBenchmark();
        s.setUp();
        Map<String, Supplier<byte[]>> work = new LinkedHashMap<>();
        work.put("draft", s::draft);
        work.put("floor", s::floor);
        work.put("redline", s::redline);
        // the floor takes a tenth of the others: more of it per round, so that each figure spans similar time
        Map<String, Integer> perRound = Map.of("draft", 3, "floor", 10, "redline", 2);
        System.out.printf(Locale.ROOT, "%s, load average %s; %d warm-up and %d measured rounds%n",
                java.time.LocalDateTime.now().withNano(0), DocumentBenchmark.load(), warmup, rounds);
        Map<String, double[][]> figures = new LinkedHashMap<>();
        work.keySet().forEach(k -> figures.put(k, new double[3][rounds]));
        String loadBefore = DocumentBenchmark.load();
        for (int r = -warmup; r < rounds; r++) {
            for (var w : work.entrySet()) {
                double[] one = measure(w.getValue(), perRound.get(w.getKey()));
                if (r >= 0) {
                    for (int i = 0; i < 3; i++) {
                        figures.get(w.getKey())[i][r] = one[i];
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "%-9s %14s %14s %10s   (ms per document, medians of %d rounds)%n", "",
                "CPU, process", "CPU, thread", "wall", rounds);
        Map<String, double[]> medians = new LinkedHashMap<>();
        figures.forEach((name, f) -> {
            double[] m = {BenchArgs.median(f[0]), BenchArgs.median(f[1]), BenchArgs.median(f[2])};
            medians.put(name, m);
            System.out.printf(Locale.ROOT, "%-9s %14.1f %14.1f %10.1f%n", name, m[0], m[1], m[2]);
        });
        for (String[] ratio : List.of(new String[] {"draft", "floor"}, new String[] {"redline", "draft"})) {
            double[] x = medians.get(ratio[0]);
            double[] y = medians.get(ratio[1]);
            System.out.printf(Locale.ROOT, "%-16s CPU, process %5.2f×   CPU, thread %5.2f×   wall %5.2f×%n",
                    ratio[0] + " / " + ratio[1], x[0] / y[0], x[1] / y[1], x[2] / y[2]);
        }
        System.out.printf(Locale.ROOT, "load average %s → %s%n", loadBefore, DocumentBenchmark.load());
    }

    /** Process CPU, thread CPU and wall time per document, in ms, over {@code n} documents. */
    private static double[] measure(Supplier<byte[]> work, int n) {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long process = os.getProcessCpuTime();
        long thread = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        long bytes = 0;
        for (int i = 0; i < n; i++) {
            bytes += work.get().length;
        }
        double[] out = {(os.getProcessCpuTime() - process) / 1e6 / n, (threads.getCurrentThreadCpuTime() - thread) / 1e6 / n,
                (System.nanoTime() - wall) / 1e6 / n};
        if (bytes == 0) {
            throw new IllegalStateException("no document made");
        }
        return Arrays.copyOf(out, 3);
    }
}
