package pl.wspolnie.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import pl.wspolnie.support.Cycles;
import pl.wspolnie.support.Http;
import pl.wspolnie.support.WebIntegrationTest;

/**
 * An upload is refused for what is actually wrong with it, each with its own Polish message naming the field: a
 * long file name (never "larger than 5 MB"), an empty file, a type the endpoint does not take. Nothing is stored.
 */
@WebIntegrationTest
class UploadRefusalsIntegrationTest {

    private static final String CSV = "text/csv";
    private static final byte[] ROWS = ("externalRef;submitterType;submitterCode;sector;title;description;justification;form;years\n"
            + "UP-1;DEPARTMENT;WKS;SPORT;Zadanie;Opis;Uzasadnienie;POZAFINANSOWA;2035\n").getBytes(StandardCharsets.UTF_8);

    @LocalServerPort
    int port;

    Http department;
    Http coordinator;
    String imports;
    String proposals;

    @BeforeEach
    void openCall() {
        coordinator = new Http(port, "coordinator");
        department = coordinator.as("department");
        long programme = Cycles.withOpenCall(coordinator, 2035, "Program współpracy na rok 2035 (pliki) " + System.nanoTime());
        proposals = "/api/programmes/" + programme + "/proposals";
        imports = proposals + "/import";
    }

    @Test
    void aLongFileNameIsRefusedByTheFileNameNotBySize() {
        for (int length : new int[] {256, 400, 2000}) {
            String name = "p".repeat(length - 4) + ".csv";
            var refused = department.postFile(imports, "file", name, CSV, ROWS);
            assertThat(refused.status()).as(length + ": " + refused.text()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.body().at("/errors/0/field").asText()).isEqualTo("fileName");
            assertThat(refused.body().at("/errors/0/message").asText()).contains("Nazwa pliku jest za długa").doesNotContain("MB");
        }
        var atLimit = department.postFile(imports, "file", "p".repeat(251) + ".csv", CSV, ROWS);
        assertThat(atLimit.status()).as(atLimit.text()).isEqualTo(200);
        assertThat(coordinator.get(proposals).body()).hasSize(1);
    }

    @Test
    void anEmptyFileAndAWrongTypeEachSayWhatIsWrong() {
        var empty = department.postFile(imports, "file", "propozycje.csv", CSV, new byte[0]);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body().at("/errors/0/field").asText()).isEqualTo("file");
        assertThat(empty.body().at("/errors/0/message").asText()).contains("jest pusty");

        var exe = department.postFile(imports, "file", "propozycje.exe", "application/octet-stream", ROWS);
        assertThat(exe.status()).isEqualTo(415);
        assertThat(exe.contentType()).startsWith("application/problem+json");
        assertThat(exe.body().at("/errors/0/field").asText()).isEqualTo("file");
        assertThat(exe.body().at("/errors/0/message").asText()).contains("Nieobsługiwany typ pliku „.exe”").contains("XLSX lub CSV");

        var control = department.postFile(imports, "file", "a\u0007b.csv", CSV, ROWS);
        assertThat(control.status()).isEqualTo(400);
        assertThat(control.body().at("/errors/0/field").asText()).isEqualTo("fileName");

        var notDocx = coordinator.postFile(proposals.replace("/proposals", "/text/import"), "file", "projekt.pdf", "application/pdf",
                "%PDF-1.4".getBytes(StandardCharsets.UTF_8));
        assertThat(notDocx.status()).isEqualTo(415);
        assertThat(notDocx.body().at("/errors/0/message").asText()).contains("dokument DOCX");
        assertThat(coordinator.get(proposals).body()).isEmpty();
    }
}
