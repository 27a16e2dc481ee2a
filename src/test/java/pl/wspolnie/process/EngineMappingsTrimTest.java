package pl.wspolnie.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import pl.wspolnie.support.Http;
import pl.wspolnie.support.WebIntegrationTest;

/**
 * The engine lets go of its mapping files' XML once built (EngineMappingsTrim), and its queries, which were built from
 * that XML's fragments, still answer: Tasklist's task list and the history it shows, through the engine's REST API.
 */
@WebIntegrationTest
class EngineMappingsTrimTest {

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Test
    void theMappingsXmlIsNotKeptAndTheQueriesBuiltFromItAnswer() {
        var mappings = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getSqlSessionFactory().getConfiguration();
        assertThat(mappings.getSqlFragments()).as("<sql> fragments (DOM nodes) kept after the build").isEmpty();
        assertThat(mappings.getMappedStatementNames()).isNotEmpty();

        Http coordinator = new Http(port, "coordinator");
        var tasks = coordinator.get("/engine-rest/task?candidateGroup=coordination-team&sortBy=created&sortOrder=desc");
        assertThat(tasks.status()).isEqualTo(200);
        assertThat(tasks.body().isArray()).isTrue();
        var count = coordinator.get("/engine-rest/task/count?withCandidateGroups=true");
        assertThat(count.status()).isEqualTo(200);
        assertThat(count.body().get("count").isNumber()).isTrue();
        var history = coordinator.get("/engine-rest/history/process-instance?finished=false&maxResults=5");
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.body().isArray()).isTrue();
    }
}
