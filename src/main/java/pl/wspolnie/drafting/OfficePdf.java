package pl.wspolnie.drafting;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * PDF of a generated DOCX, made by LibreOffice headless in a temporary directory with a profile of its own, one
 * conversion at a time, killed after a timeout. Our DOCX carries its table of contents without page numbers, for Word
 * to fill in on opening; LibreOffice's plain {@code --convert-to pdf} would print it so. So the conversion runs a
 * small Python script over LibreOffice's UNO bridge ({@code office/office_pdf.py}): open, update the indexes, export.
 * Without a Python that has the {@code uno} module it falls back to the plain conversion and says so in the log. Where
 * LibreOffice is not installed the caller gets 503 with the reason in Polish instead of a failure.
 */
@Component
public class OfficePdf {

    public static final String PDF = "application/pdf";
    private static final Logger log = LoggerFactory.getLogger(OfficePdf.class);
    private static final String SCRIPT = script();

    private final String soffice;
    private final String python;
    private final Duration timeout;
    private final Semaphore oneAtATime = new Semaphore(1);

    @Autowired
    OfficePdf(DraftingProperties properties) {
        this(properties.soffice(), properties.python(), properties.pdfTimeout());
    }

    OfficePdf(String soffice, String python, Duration timeout) {
        this.soffice = soffice;
        this.python = python;
        this.timeout = timeout;
    }

    /** The LibreOffice program, if it is installed: the configured path, or the name looked up on the PATH. */
    public Optional<Path> executable() {
        return program(soffice);
    }

    private static Optional<Path> program(String nameOrPath) {
        Path configured = Path.of(nameOrPath);
        if (configured.isAbsolute()) {
            return Files.isExecutable(configured) ? Optional.of(configured) : Optional.empty();
        }
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator)).filter(d -> !d.isBlank()).map(d -> Path.of(d, nameOrPath))
                .filter(Files::isExecutable).findFirst();
    }

    /** The PDF of {@code file}, named like it with {@code .pdf}. */
    public DraftFile pdf(DraftFile file) {
        Path program = executable().orElseThrow(() -> unavailable("Na serwerze nie zainstalowano LibreOffice, więc nie można"
                + " utworzyć pliku PDF. Pobierz dokument w formacie DOCX albo poproś administratora o instalację"
                + " pakietu libreoffice-writer-nogui."));
        String name = file.fileName().replaceAll("\\.docx$", "") + ".pdf";
        try {
            if (!oneAtATime.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw unavailable("Serwer tworzy teraz inny plik PDF. Spróbuj ponownie za chwilę.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("Tworzenie pliku PDF przerwano. Spróbuj ponownie.");
        }
        try {
            return new DraftFile(name, PDF, convert(program, file));
        } finally {
            oneAtATime.release();
        }
    }

    private byte[] convert(Path program, DraftFile file) {
        Path dir = null;
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            dir = Files.createTempDirectory("wspolnie-pdf-");
            Path in = Files.write(dir.resolve("dokument.docx"), file.bytes());
            Path out = dir.resolve("dokument.pdf");
            Optional<Path> withUno = program(python);
            if (withUno.isPresent()) {
                Path script = Files.writeString(dir.resolve("office_pdf.py"), SCRIPT);
                int exit = run(List.of(withUno.get().toString(), script.toString(), program.toString(), dir.toString()), dir, deadline);
                if (exit == 0 && Files.isRegularFile(out)) {
                    return Files.readAllBytes(out);
                }
                log.warn("PDF made without the table of contents' page numbers: {} {} exited with {}: {}", python, script.getFileName(),
                        exit, Files.readString(dir.resolve("office.log")));
            } else {
                log.warn("PDF made without the table of contents' page numbers: no Python at {} (wspolnie.drafting.python)", python);
            }
            int exit = run(List.of(program.toString(), "--headless", "--norestore", "--nolockcheck",
                    "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--convert-to", "pdf", "--outdir",
                    dir.toString(), in.toString()), dir, deadline);
            if (exit != 0 || !Files.isRegularFile(out)) {
                log.warn("soffice exited with {}: {}", exit, Files.readString(dir.resolve("office.log")));
                throw unavailable("LibreOffice nie utworzył pliku PDF. Pobierz dokument w formacie DOCX.");
            }
            return Files.readAllBytes(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot convert " + file.fileName() + " to PDF", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("Tworzenie pliku PDF przerwano. Spróbuj ponownie.");
        } finally {
            delete(dir);
        }
    }

    /** Runs the command in {@code dir} (output to office.log) until it ends or the deadline passes (503, all killed). */
    private int run(List<String> command, Path dir, long deadline) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("office.log").toFile()).start();
        if (!process.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw unavailable("LibreOffice nie utworzył pliku PDF w wyznaczonym czasie (" + timeout.toSeconds()
                    + " s). Pobierz dokument w formacie DOCX albo spróbuj ponownie.");
        }
        return process.exitValue();
    }

    private static String script() {
        var script = OfficePdf.class.getResourceAsStream("/office/office_pdf.py");
        if (script == null) {
            throw new IllegalStateException("office/office_pdf.py missing from the class path");
        }
        try (script) {
            return new String(script.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ResponseStatusException unavailable(String reason) {
        return new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, reason);
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log.warn("Temporary directory {} left behind: {}", dir, e.getMessage());
        }
    }
}
