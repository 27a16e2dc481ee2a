package pl.wspolnie.drafting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Where LibreOffice is not installed, a PDF is refused with the reason in Polish, not a failure. */
class OfficePdfTest {

    @Test
    void withoutLibreOfficeThePdfIsUnavailableWithAPolishReason() {
        var pdf = new OfficePdf("/nonexistent/soffice", "/usr/bin/python3", Duration.ofSeconds(5));
        assertThat(pdf.executable()).isEmpty();

        assertThatThrownBy(() -> pdf.pdf(new DraftFile("Uzasadnienie.docx", "x", new byte[] {1})))
                .isInstanceOfSatisfying(ResponseStatusException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
                    assertThat(e.getReason()).startsWith("Na serwerze nie zainstalowano LibreOffice").contains("DOCX");
                });
    }

    @Test
    void aNameIsLookedUpOnThePath() {
        assertThat(new OfficePdf("no-such-office-program-here", "python3", Duration.ofSeconds(5)).executable()).isEmpty();
        assertThat(new OfficePdf("sh", "python3", Duration.ofSeconds(5)).executable()).hasValueSatisfying(p -> assertThat(p.getFileName().toString()).isEqualTo("sh"));
    }
}
