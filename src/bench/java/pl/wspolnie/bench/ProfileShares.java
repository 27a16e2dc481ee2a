package pl.wspolnie.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the app's CPU went, from a JFR recording's execution samples (bench/intake.sh JFR=1): each sample is given
 * to the owner of the innermost frame that is not the JDK itself — our code, the engine, JPA, the JDBC driver and
 * pool, Spring Security, the web container — and, separately, the top methods of our own code by inclusive samples
 * (a sample counts for every pl.wspolnie method on its stack).
 */
public final class ProfileShares {

    private static final Map<String, String> OWNERS = new LinkedHashMap<>();

    static {
        OWNERS.put("pl.wspolnie.", "our code (pl.wspolnie)");
        OWNERS.put("org.camunda.bpm.engine.rest.", "engine REST API (org.camunda...rest)");
        OWNERS.put("org.camunda.", "engine (org.camunda)");
        OWNERS.put("camunda.", "engine (FEEL, camunda.*)");
        OWNERS.put("org.apache.ibatis.", "engine persistence (MyBatis)");
        OWNERS.put("org.hibernate.", "JPA (Hibernate, Spring Data)");
        OWNERS.put("org.springframework.data.", "JPA (Hibernate, Spring Data)");
        OWNERS.put("org.springframework.orm.", "JPA (Hibernate, Spring Data)");
        OWNERS.put("org.postgresql.", "JDBC driver and pool");
        OWNERS.put("org.h2.", "H2 database");
        OWNERS.put("com.zaxxer.", "JDBC driver and pool");
        OWNERS.put("org.springframework.security.", "Spring Security");
        OWNERS.put("com.fasterxml.", "JSON (Jackson)");
        OWNERS.put("org.apache.catalina.", "web container (Tomcat)");
        OWNERS.put("org.apache.coyote.", "web container (Tomcat)");
        OWNERS.put("org.apache.tomcat.", "web container (Tomcat)");
        OWNERS.put("org.springframework.", "Spring (web, transactions, events)");
        OWNERS.put("org.glassfish.jersey.", "engine REST API (Jersey)");
        OWNERS.put("ch.qos.logback.", "logging");
        OWNERS.put("org.slf4j.", "logging");
        OWNERS.put("io.micrometer.", "metrics");
        OWNERS.put("org.docx4j.", "documents (docx4j, JAXB)");
        OWNERS.put("org.glassfish.jaxb.", "documents (docx4j, JAXB)");
        OWNERS.put("com.sun.xml.", "documents (docx4j, JAXB)");
    }

    public static void main(String[] args) throws Exception {
        Map<String, Integer> owners = new TreeMap<>();
        Map<String, Integer> ours = new TreeMap<>();
        int total = 0;
        // optional second argument: only samples from this epoch millisecond on (e.g. after start-up and warm-up)
        long since = args.length > 1 ? Long.parseLong(args[1]) : 0;
        // optional third argument: only samples before this epoch millisecond (e.g. CycleBenchmark's floor start)
        long until = args.length > 2 ? Long.parseLong(args[2]) : Long.MAX_VALUE;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null
                    || event.getStartTime().toEpochMilli() < since || event.getStartTime().toEpochMilli() >= until) {
                continue;
            }
            total++;
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            String owner = "JDK and other";
            for (RecordedFrame frame : frames) {
                String type = frame.getMethod().getType().getName();
                String found = OWNERS.entrySet().stream().filter(e -> type.startsWith(e.getKey())).map(Map.Entry::getValue)
                        .findFirst().orElse(null);
                if (found != null) {
                    owner = found;
                    break;
                }
            }
            owners.merge(owner, 1, Integer::sum);
            frames.stream().map(f -> f.getMethod().getType().getName() + "." + f.getMethod().getName())
                    .filter(m -> m.startsWith("pl.wspolnie.")).distinct().forEach(m -> ours.merge(m, 1, Integer::sum));
        }
        int all = Math.max(1, total);
        System.out.printf(Locale.ROOT, "%nCPU samples of the app by owner of the innermost non-JDK frame (%d samples)%n", total);
        owners.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> System.out.printf(Locale.ROOT, "  %5.1f%%  %s%n", 100.0 * e.getValue() / all, e.getKey()));
        System.out.println("our methods, inclusive (share of all samples with the method on the stack):");
        ours.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(15)
                .forEach(e -> System.out.printf(Locale.ROOT, "  %5.1f%%  %s%n", 100.0 * e.getValue() / all, e.getKey()));
    }
}
