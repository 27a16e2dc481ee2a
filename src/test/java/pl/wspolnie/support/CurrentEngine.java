package pl.wspolnie.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Several Spring test contexts live in one JVM, each with its own engine named "default" on its own in-memory
 * database; the engine REST API and the webapps find their engine by that name in {@link ProcessEngines}, where the
 * context started last wins. Before each test this puts the test's own engine there, so that a request to the
 * test's server reaches the engine (and database) the test itself reads — otherwise REST calls answered "task is
 * null" for tasks the test had just created, but only when other contexts had started before it.
 */
public class CurrentEngine implements TestExecutionListener {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        ApplicationContext context = testContext.getApplicationContext();
        context.getBeanProvider(ProcessEngine.class).ifAvailable(ProcessEngines::registerProcessEngine);
    }
}
