package pl.wspolnie.operations;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts of our own work, read from the tables Flyway owns (the same numbers on every node, and they survive a
 * restart): proposals by triage status, consultation comments and how many are answered, draft versions and how
 * many have their document rendered, outbox mail by status and the age of the oldest pending one.
 */
@Component
class BusinessCounts {

    record Counts(Map<String, Long> proposals, long comments, long commentsAnswered, long versions, long versionsRendered,
                  Map<String, Long> mails, Instant oldestPendingMail) {

        long proposals(String status) {
            return proposals.getOrDefault(status, 0L);
        }

        long mails(String status) {
            return mails.getOrDefault(status, 0L);
        }
    }

    private final JdbcTemplate jdbc;

    BusinessCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Counts read() {
        long[] comments = pair("select count(*), count(decision) from consultation_comment");
        long[] versions = pair("select count(*), count(sha256) from draft_version");
        return new Counts(byStatus("proposal"), comments[0], comments[1], versions[0], versions[1], byStatus("mail_outbox"),
                oldestPendingMail());
    }

    /** Pending and failed outbox mail and the oldest pending one: the readiness detail, one indexed query. */
    Map<String, Long> mailsByStatus() {
        return byStatus("mail_outbox");
    }

    Instant oldestPendingMail() {
        OffsetDateTime oldest = jdbc.queryForObject("select min(created_at) from mail_outbox where status = 'PENDING'",
                OffsetDateTime.class);
        return oldest == null ? null : oldest.toInstant();
    }

    private Map<String, Long> byStatus(String table) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.query("select status, count(*) from " + table + " group by status",
                row -> { counts.put(row.getString(1), row.getLong(2)); });
        return counts;
    }

    private long[] pair(String sql) {
        return jdbc.queryForObject(sql, (row, n) -> new long[] {row.getLong(1), row.getLong(2)});
    }
}
