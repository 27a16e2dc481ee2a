package pl.wspolnie.process;

import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Lets go of the XML the engine's MyBatis mappings were read from, once the engine is built (README "Footprint").
 * MyBatis keeps every {@code <sql>} fragment of the mapping files as a DOM node for the {@code <include>}s of
 * statements still to be parsed; a DOM node holds its whole document, so the engine's 58 mapping files stayed in
 * the heap as about 10 MB of DOM for the life of the node. Every statement is parsed when the engine is built (its
 * SQL is kept as MyBatis' own nodes, which stay), and nothing adds statements to the engine's mappings afterwards:
 * Cockpit's queries are read into a session factory of their own.
 */
@Component
class EngineMappingsTrim extends AbstractProcessEnginePlugin {

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        Configuration mappings = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getSqlSessionFactory().getConfiguration();
        if (mappings.getIncompleteStatements().isEmpty() && mappings.getIncompleteResultMaps().isEmpty()) {
            mappings.getSqlFragments().clear();
        }
    }
}
