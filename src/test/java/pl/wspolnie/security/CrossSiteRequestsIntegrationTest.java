package pl.wspolnie.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import pl.wspolnie.support.Cycles;
import pl.wspolnie.support.Http;
import pl.wspolnie.support.WebIntegrationTest;

/**
 * A browser that has the HTTP Basic credentials of a member of staff cached (they opened {@code /api/mail} or a
 * document link and typed them into its prompt) sends them with any request another site makes it send. A
 * multipart form post needs no CORS preflight, so without a check another site could import proposals or Word
 * edits, or deploy a process as an administrator. {@code /api} and {@code /engine-rest} refuse a changing request
 * the browser marks as coming from another site; integrations (no {@code Origin}, no {@code Sec-Fetch-Site}), the
 * same origin (Swagger UI) and downloads from links are untouched.
 */
@WebIntegrationTest
class CrossSiteRequestsIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repository;

    @Test
    void aChangingRequestFromAnotherSiteIsRefusedAndStoresNothing() {
        Http coordinator = new Http(port, "coordinator");
        long programmeId = Cycles.withOpenCall(coordinator, 2033, "Program współpracy na rok 2033 (inne witryny)");
        String imports = "/api/programmes/" + programmeId + "/proposals/import";

        var modern = coordinator.withHeader("Origin", "https://evil.example").withHeader("Sec-Fetch-Site", "cross-site");
        var older = coordinator.withHeader("Origin", "https://evil.example");
        var sandboxed = coordinator.withHeader("Origin", "null");
        for (Http browser : new Http[] {modern, older, sandboxed}) {
            var refused = browser.postFile(imports, "file", "propozycje.csv", "text/csv", csv("CS-" + System.nanoTime()));
            assertThat(refused.status()).as(refused.text()).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.body().get("errors").get(0).get("field").asText()).isEqualTo("Origin");
        }
        assertThat(coordinator.get("/api/programmes/" + programmeId + "/proposals").body()).isEmpty();

        long deployments = repository.createDeploymentQuery().count();
        var deploy = new Http(port, "demo").withHeader("Sec-Fetch-Site", "cross-site").postFile("/engine-rest/deployment/create",
                "data", "inna-witryna.bpmn", "application/xml", "<definitions/>".getBytes(StandardCharsets.UTF_8));
        assertThat(deploy.status()).as(deploy.text()).isEqualTo(403);
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);

        // a download from a link in another site's page, the same origin and an integration still work
        assertThat(modern.get("/api/programmes/" + programmeId).status()).isEqualTo(200);
        var sameOrigin = coordinator.withHeader("Origin", "http://localhost:" + port).withHeader("Sec-Fetch-Site", "same-origin")
                .postFile(imports, "file", "propozycje.csv", "text/csv", csv("CS-SAME-" + System.nanoTime()));
        assertThat(sameOrigin.status()).as(sameOrigin.text()).isEqualTo(200);
        var olderSameOrigin = coordinator.withHeader("Origin", "http://localhost:" + port)
                .postFile(imports, "file", "propozycje.csv", "text/csv", csv("CS-OLD-" + System.nanoTime()));
        assertThat(olderSameOrigin.status()).as(olderSameOrigin.text()).isEqualTo(200);
        var integration = coordinator.postFile(imports, "file", "propozycje.csv", "text/csv", csv("CS-INT-" + System.nanoTime()));
        assertThat(integration.status()).as(integration.text()).isEqualTo(200);
        assertThat(coordinator.get("/api/programmes/" + programmeId + "/proposals").body()).hasSize(3);
    }

    private static byte[] csv(String reference) {
        return ("externalRef;submitterType;submitterCode;sector;title;description;justification;form;years\n"
                + reference + ";DEPARTMENT;WS;SPORT;Zadanie;Opis;Uzasadnienie;POZAFINANSOWA;2033\n").getBytes(StandardCharsets.UTF_8);
    }
}
