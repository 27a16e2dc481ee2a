package pl.wspolnie.bench;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** key=value arguments and the table the load benchmarks print. */
final class BenchArgs {

    private BenchArgs() {
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> map = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq > 0) {
                map.put(arg.substring(0, eq), arg.substring(eq + 1));
            }
        }
        return map;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int m = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
    }

    static void header() {
        System.out.printf(Locale.ROOT, "%-20s %6s %8s %8s %8s %8s %14s %14s %-16s %-16s%n", "block", "n", "seconds", "per s",
                "p50 ms", "p99 ms", "CPU ms/req app", "CPU ms/req db", "load before", "load after");
    }

    static void print(LoadClient.Block b) {
        System.out.printf(Locale.ROOT, "%-20s %6d %8.1f %8.1f %8.1f %8.1f %14.1f %14.1f %-16s %-16s%n", b.name(), b.n(), b.seconds(),
                b.perSecond(), b.percentileMillis(0.5), b.percentileMillis(0.99), b.cpuAppSeconds() * 1000 / b.n(),
                b.cpuDbSeconds() * 1000 / b.n(), b.loadBefore(), b.loadAfter());
    }
}
