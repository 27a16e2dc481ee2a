package pl.wspolnie.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * An HTTP test against the whole application on a random port, on the suite's database, with the job executor
 * off (the test runs timers itself). Every class with this annotation shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabase.class)
@Import({FailOnDemand.class, pl.wspolnie.publicsite.ConsultationSetup.class})
public @interface WebIntegrationTest {
}
