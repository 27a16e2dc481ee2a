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
 * PDF of a generated DOCX, made by LibreOffice headless ({@code soffice --headless --convert-to pdf}) in a
 * temporary directory with a profile of its own, one conversion at a time, killed after a timeout. Where
 * LibreOffice is not installed the caller gets 503 with the reason in Polish instead of a failure.
 */
@Component
public class OfficePdf {

    public static final String PDF = "application/pdf";
    private static final Logger log = LoggerFactory.getLogger(OfficePdf.class);

    private final String soffice;
    private final Duration timeout;
    private final Semaphore oneAtATime = new Semaphore(1);

    @Autowired
    OfficePdf(DraftingProperties properties) {
        this(properties.soffice(), properties.pdfTimeout());
    }

    OfficePdf(String soffice, Duration timeout) {
        this.soffice = soffice;
        this.timeout = timeout;
    }

    /** The LibreOffice program, if it is installed: the configured path, or the name looked up on the PATH. */
    public Optional<Path> executable() {
        Path configured = Path.of(soffice);
        if (configured.isAbsolute()) {
            return Files.isExecutable(configured) ? Optional.of(configured) : Optional.empty();
        }
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator)).filter(d -> !d.isBlank()).map(d -> Path.of(d, soffice))
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
            return convert(program, file, name);
        } finally {
            oneAtATime.release();
        }
    }

    private DraftFile convert(Path program, DraftFile file, String name) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("wspolnie-pdf-");
            Path in = Files.write(dir.resolve("dokument.docx"), file.bytes());
            Process process = new ProcessBuilder(List.of(program.toString(), "--headless", "--norestore", "--nolockcheck",
                    "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--convert-to", "pdf", "--outdir",
                    dir.toString(), in.toString()))
                    .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw unavailable("LibreOffice nie utworzył pliku PDF w wyznaczonym czasie (" + timeout.toSeconds()
                        + " s). Pobierz dokument w formacie DOCX albo spróbuj ponownie.");
            }
            Path out = dir.resolve("dokument.pdf");
            if (process.exitValue() != 0 || !Files.isRegularFile(out)) {
                log.warn("soffice exited with {}: {}", process.exitValue(), Files.readString(dir.resolve("soffice.log")));
                throw unavailable("LibreOffice nie utworzył pliku PDF. Pobierz dokument w formacie DOCX.");
            }
            return new DraftFile(name, PDF, Files.readAllBytes(out));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot convert " + file.fileName() + " to PDF", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("Tworzenie pliku PDF przerwano. Spróbuj ponownie.");
        } finally {
            delete(dir);
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
