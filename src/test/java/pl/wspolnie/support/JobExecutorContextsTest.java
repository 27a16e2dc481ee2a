package pl.wspolnie.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A test context whose job executor runs must be closed after its class: on PostgreSQL every cached context shares
 * one database, and a live job executor fires the due timers of tests that run later (CI once failed on a meeting's
 * timer deleted under the test's feet).
 */
class JobExecutorContextsTest {

    @Test
    void everyContextWithARunningJobExecutorIsClosedAfterItsClass() {
        List<Class<?>> running = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("pl.wspolnie").stream().filter(c -> c.isAnnotatedWith(SpringBootTest.class))
                .map(JavaClass::reflect)
                .filter(c -> Arrays.stream(c.getAnnotation(SpringBootTest.class).properties())
                        .anyMatch(p -> p.replace(" ", "").equals("camunda.bpm.job-execution.enabled=true")))
                .toList();
        assertThat(running).as("the suite has contexts with a running job executor").isNotEmpty();
        assertThat(running).allSatisfy(c -> assertThat(c.isAnnotationPresent(DirtiesContext.class))
                .as(c.getSimpleName() + " runs the job executor but keeps its context cached").isTrue());
    }
}
