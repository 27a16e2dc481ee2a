package pl.wspolnie.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** docx4j is an implementation detail of document generation: only pl.wspolnie.drafting.internal imports it. */
class Docx4jConfinementTest {

    @Test
    void noMainClassOutsideDraftingInternalUsesDocx4j() throws IOException {
        Path main = Path.of("src/main/java");
        Path internal = main.resolve("pl/wspolnie/drafting/internal");
        try (Stream<Path> files = Files.walk(main)) {
            List<Path> offenders = files.filter(f -> f.toString().endsWith(".java")).filter(f -> !f.startsWith(internal))
                    .filter(f -> read(f).contains("org.docx4j")).toList();
            assertThat(offenders).isEmpty();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
