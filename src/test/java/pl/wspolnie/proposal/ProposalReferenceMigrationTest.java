package pl.wspolnie.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import pl.wspolnie.support.TestDatabase;

/**
 * V4 gives proposals stored before it a reference number of the same form the application gives new ones,
 * on the database the suite runs on (H2, or a throw-away schema of the PostgreSQL database).
 */
class ProposalReferenceMigrationTest {

    @Test
    void existingProposalsGetUniqueReferences() throws SQLException {
        String schema = "v4_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String url = TestDatabase.postgres() ? env("DB_URL", "jdbc:postgresql://localhost:5432/wspolnie")
                : "jdbc:h2:mem:" + schema + ";DB_CLOSE_DELAY=-1";
        String user = TestDatabase.postgres() ? env("DB_USER", "wspolnie") : "sa";
        String password = TestDatabase.postgres() ? env("DB_PASSWORD", "wspolnie") : "";
        Flyway before = flyway(url, user, password, schema, "1");
        before.migrate();
        try (Connection db = DriverManager.getConnection(url, user, password); Statement sql = db.createStatement()) {
            sql.execute((TestDatabase.postgres() ? "set search_path to \"" : "set schema \"") + schema + "\"");
            sql.execute("insert into programme (kind, first_year, last_year, title, stage, round, proposal_deadline, sections_due,"
                    + " consultation_start, consultation_end, opinion_deadline, council_deadline, created_at, created_by,"
                    + " updated_at, updated_by, version) values ('ANNUAL', 2027, 2027, 'Program', 'CALL_FOR_PROPOSALS', 1,"
                    + " date '2026-06-01', date '2026-07-15', date '2026-10-01', date '2026-10-22', date '2026-10-15',"
                    + " date '2026-11-30', current_timestamp, 'test', current_timestamp, 'test', 0)");
            for (int i = 1; i <= 50; i++) {
                sql.execute("insert into proposal (programme_id, external_ref, submitter_type, sector_code, title, description,"
                        + " justification, task_form, first_year, last_year, status, created_at, created_by, updated_at,"
                        + " updated_by, version) select id, 'P-" + i + "', 'NGO', 'KULTURA', 'T', 'D', 'J', 'POZAFINANSOWA',"
                        + " 2027, 2027, 'RECEIVED', current_timestamp, 'test', current_timestamp, 'test', 0 from programme");
            }

            flyway(url, user, password, schema, "latest").migrate();

            List<String> references = new ArrayList<>();
            try (var rows = sql.executeQuery("select reference from proposal")) {
                while (rows.next()) {
                    references.add(rows.getString(1));
                }
            }
            assertThat(references).hasSize(50).doesNotHaveDuplicates()
                    .allSatisfy(r -> assertThat(r).matches(ProposalReference.FORMAT).startsWith("WSP-2027-"));
            assertThat(references.stream().map(r -> r.substring(9)).distinct()).hasSizeGreaterThan(45);
        } finally {
            if (TestDatabase.postgres()) {
                try (Connection db = DriverManager.getConnection(url, user, password); Statement sql = db.createStatement()) {
                    sql.execute("drop schema \"" + schema + "\" cascade");
                }
            }
        }
    }

    private static Flyway flyway(String url, String user, String password, String schema, String target) {
        return Flyway.configure().dataSource(url, user, password).schemas(schema).createSchemas(true)
                .locations("classpath:db/migration").placeholders(java.util.Map.of("unit_max_length", "20000"))
                .target(target).load();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
