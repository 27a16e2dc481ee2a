package pl.wspolnie.support;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * The database the suite runs on: in-memory H2 by default (the README's test command), PostgreSQL when Maven's
 * {@code postgres-tests} profile sets {@code wspolnie.test.db=postgres} (with DB_URL, DB_USER, DB_PASSWORD).
 */
public class TestDatabase implements ActiveProfilesResolver {

    public static boolean postgres() {
        return "postgres".equals(System.getProperty("wspolnie.test.db"));
    }

    @Override
    public String[] resolve(Class<?> testClass) {
        return postgres() ? new String[] {"test", "postgres"} : new String[] {"test", "test-h2"};
    }
}
