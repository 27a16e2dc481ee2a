package pl.wspolnie.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import pl.wspolnie.WspolnieApplication;
import pl.wspolnie.support.Http;

/**
 * One node of Wspólnie as its own JVM, started from the test's class path on the PostgreSQL database named by
 * {@code DB_URL}/{@code DB_USER}/{@code DB_PASSWORD} (profiles {@code test,postgres}: demo users, no seed), with the
 * JVM flags of {@code bench/jvm.options} and {@code MALLOC_ARENA_MAX=2}, its own free HTTP and SMTP (demo mail sink)
 * ports, the job executor on and its own engine host name, which Camunda writes into {@code ACT_HI_JOB_LOG.HOSTNAME_}
 * for every job it runs. Its output goes to {@code target/cluster/<name>.log}.
 */
final class AppNode implements AutoCloseable {

    private static final Duration START_PATIENCE = Duration.ofMinutes(4);

    private final String name;
    private final List<String> extraArgs;
    private final int port = freePort();
    private final int mailPort = freePort();
    private final Path log;
    private Process process;

    /** {@code extraArgs}: more {@code --property=value} arguments for this node. */
    AppNode(String name, String... extraArgs) {
        this.name = name;
        this.extraArgs = List.of(extraArgs);
        this.log = Path.of("target", "cluster", name + ".log").toAbsolutePath();
    }

    static void requirePostgres() {
        String url = System.getenv("DB_URL");
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalStateException("the cluster tests need DB_URL=jdbc:postgresql://… (and DB_USER, DB_PASSWORD): "
                    + "see README \"More nodes\"");
        }
    }

    /** Starts the JVM (again, after a crash: same ports, same database) and waits until it is ready. */
    AppNode start() {
        requirePostgres();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions());
        command.add("-XX:TieredStopAtLevel=1"); // quicker start-up, as ./mvnw spring-boot:run
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), WspolnieApplication.class.getName(),
                "--spring.profiles.active=test,postgres",
                "--server.port=" + port,
                "--camunda.bpm.job-execution.enabled=true",
                // idle acquisition backs off to at most 1 s (default 60 s): timers made due are picked up at once
                "--camunda.bpm.job-execution.max-wait=1000",
                "--camunda.bpm.generic-properties.properties.hostname=" + name,
                "--wspolnie.demo.mail-sink=true",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + mailPort,
                "--wspolnie.mail.scheduling=true"));
        command.addAll(extraArgs);
        try {
            Files.createDirectories(log.getParent());
            // not the project directory: its bpmn/ and forms/ would be deployed a second time beside the class path's
            ProcessBuilder builder = new ProcessBuilder(command).directory(log.getParent().toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            // glibc's arenas as in production (bench/startup.sh, the Dockerfile, spring-boot:run; README "Footprint")
            builder.environment().put("MALLOC_ARENA_MAX", "2");
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Process started = process;
        // a test JVM that is itself stopped (e.g. a surefire timeout) takes its nodes with it
        Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
        awaitReady();
        return this;
    }

    private void awaitReady() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " exited with " + process.exitValue() + " while starting, see " + log);
            }
            try {
                var response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/actuator/health/readiness")).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            sleep(500);
        }
        throw new AssertionError(name + " not ready within " + START_PATIENCE + ", see " + log);
    }

    /** {@code kill -9}: Process.destroyForcibly is SIGKILL on Linux; the exit status 137 (128 + 9) proves it. */
    int kill() throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as(name + " killed").isTrue();
        return process.exitValue();
    }

    Http as(String user) {
        return new Http(port, user);
    }

    String name() {
        return name;
    }

    long pid() {
        return process.pid();
    }

    /** Stops the node as its orchestrator would (SIGTERM, graceful shutdown), or kills it when it does not stop. */
    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    /** The flags one node runs with in production (bench/jvm.options, also in the Dockerfile). */
    private static List<String> jvmOptions() {
        try {
            return Files.readAllLines(Path.of("bench", "jvm.options")).stream().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
