package pl.wspolnie.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * HTTP against the app under test, on 127.0.0.1 only, with a bounded number of requests: a block of {@code n}
 * requests sent by {@code clients} threads, each waiting for its answer before the next (closed loop), and what
 * the block measured. Also reads the CPU time of processes from /proc (Linux).
 */
final class LoadClient {

    record Call(String user, String method, String path, String body, int expect) {
    }

    record Block(String name, int n, double seconds, long[] latenciesNanos, double cpuAppSeconds, double cpuDbSeconds,
                 String loadBefore, String loadAfter) {

        double perSecond() {
            return n / seconds;
        }

        double percentileMillis(double p) {
            long[] sorted = latenciesNanos.clone();
            Arrays.sort(sorted);
            int i = (int) Math.ceil(p * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
        }

        double cpuMillisPerRequest() {
            return (cpuAppSeconds + cpuDbSeconds) * 1000 / n;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final long appPid;

    LoadClient(String base, long appPid) {
        if (!URI.create(base).getHost().equals("127.0.0.1")) {
            throw new IllegalArgumentException("the benchmark only talks to 127.0.0.1, not " + base);
        }
        this.base = base;
        this.appPid = appPid;
    }

    /** A GET whose status does not matter: the body, or "" when it is not 200. */
    String sendAny(String user, String method, String path) {
        try {
            return send(new Call(user, method, path, null, 200));
        } catch (IllegalStateException e) {
            return "";
        }
    }

    String send(Call call) {
        var request = HttpRequest.newBuilder(URI.create(base + call.path())).timeout(Duration.ofSeconds(300))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((call.user() + ":" + call.user()).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json");
        if (call.body() != null) {
            request.header("Content-Type", "application/json")
                    .method(call.method(), HttpRequest.BodyPublishers.ofString(call.body(), StandardCharsets.UTF_8));
        } else {
            request.method(call.method(), HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != call.expect()) {
                throw new IllegalStateException(call.method() + " " + call.path() + " answered " + response.statusCode()
                        + ", expected " + call.expect() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(call.method() + " " + call.path(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends calls 0..n-1 from {@code clients} threads and measures the block. */
    Block run(String name, int n, int clients, IntFunction<Call> calls) throws Exception {
        long[] latencies = new long[n];
        AtomicInteger next = new AtomicInteger();
        String loadBefore = loadAverage();
        double appBefore = cpuSeconds(List.of(appPid));
        double dbBefore = cpuSeconds(postgresPids());
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                        long t0 = System.nanoTime();
                        send(calls.apply(i));
                        latencies[i] = System.nanoTime() - t0;
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Block(name, n, seconds, latencies, cpuSeconds(List.of(appPid)) - appBefore,
                cpuSeconds(postgresPids()) - dbBefore, loadBefore, loadAverage());
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "?";
        }
    }

    /** User + system CPU of the given processes and their threads, in seconds (0 for processes that are gone). */
    static double cpuSeconds(List<Long> pids) {
        double ticks = 0;
        for (long pid : pids) {
            if (pid <= 0) {
                continue;
            }
            try {
                String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
            } catch (IOException | RuntimeException e) {
                // the process ended
            }
        }
        return ticks / 100.0;
    }

    /** Every PostgreSQL process on the machine (the server is shared: other databases' work counts too). */
    static List<Long> postgresPids() {
        List<Long> pids = new ArrayList<>();
        try (var dirs = Files.list(Path.of("/proc"))) {
            for (Path dir : (Iterable<Path>) dirs::iterator) {
                String name = dir.getFileName().toString();
                if (name.chars().allMatch(Character::isDigit)) {
                    try {
                        if (Files.readString(dir.resolve("comm")).strip().equals("postgres")) {
                            pids.add(Long.parseLong(name));
                        }
                    } catch (IOException e) {
                        // gone
                    }
                }
            }
        } catch (IOException e) {
            return pids;
        }
        return pids;
    }
}
