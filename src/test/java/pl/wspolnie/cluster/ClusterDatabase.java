package pl.wspolnie.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the nodes left in their shared database, read directly (JDBC on DB_URL): Camunda's job log
 * ({@code ACT_HI_JOB_LOG}: one row per job creation, failure, success, deletion, with the host name of the engine
 * that wrote it), our draft versions and consultation comments.
 */
final class ClusterDatabase implements AutoCloseable {

    /** ACT_HI_JOB_LOG.JOB_STATE_ (0 is created) */
    private static final int FAILED = 1;
    private static final int SUCCESSFUL = 2;
    private static final int DELETED = 3;

    /** What happened to one job: its activity and how often it failed, succeeded, was deleted. */
    record JobRun(String jobId, String activityId, int failed, int succeeded, int deleted, String ranOn) {
    }

    private final Connection connection;

    ClusterDatabase() throws SQLException {
        AppNode.requirePostgres();
        connection = DriverManager.getConnection(System.getenv("DB_URL"), System.getenv("DB_USER"),
                System.getenv().getOrDefault("DB_PASSWORD", ""));
    }

    /** Every job of the programme's main process and its consultation, from the job log. */
    List<JobRun> jobsOf(String mainProcessInstanceId, long programmeId) throws SQLException {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, String> activity = new LinkedHashMap<>();
        Map<String, String> host = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("""
                select job_id_, act_id_, job_state_, hostname_ from act_hi_job_log
                where root_proc_inst_id_ in (select root_proc_inst_id_ from act_hi_procinst
                    where id_ = ? or (proc_def_key_ = 'public-consultation' and business_key_ = ?))
                order by timestamp_, sequence_counter_""")) {
            query.setString(1, mainProcessInstanceId);
            query.setString(2, Long.toString(programmeId));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    String job = rs.getString(1);
                    activity.putIfAbsent(job, rs.getString(2));
                    int state = rs.getInt(3);
                    counts.computeIfAbsent(job, j -> new int[4])[state]++;
                    if (state == SUCCESSFUL) {
                        host.put(job, rs.getString(4));
                    }
                }
            }
        }
        List<JobRun> runs = new ArrayList<>();
        counts.forEach((job, c) -> runs.add(new JobRun(job, activity.get(job), c[FAILED], c[SUCCESSFUL], c[DELETED],
                host.get(job))));
        return runs;
    }

    /** Jobs anywhere in the database whose success the job log records more than once. */
    int jobsSucceededMoreThanOnce() throws SQLException {
        return count("select count(*) from (select job_id_ from act_hi_job_log where job_state_ = " + SUCCESSFUL
                + " group by job_id_ having count(*) > 1) d");
    }

    /** The programme's draft versions by stage: how many rows each, with their document. */
    Map<String, Integer> draftVersionsByStage(long programmeId) throws SQLException {
        Map<String, Integer> stages = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "select stage, content is not null from draft_version where programme_id = ? order by number")) {
            query.setLong(1, programmeId);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    if (!rs.getBoolean(2)) {
                        throw new AssertionError("version " + rs.getString(1) + " has no document");
                    }
                    stages.merge(rs.getString(1), 1, Integer::sum);
                }
            }
        }
        return stages;
    }

    /** The references of the programme's stored consultation comments. */
    Set<String> commentRefs(long programmeId) throws SQLException {
        Set<String> refs = new LinkedHashSet<>();
        try (PreparedStatement query = connection.prepareStatement(
                "select external_ref from consultation_comment where programme_id = ?")) {
            query.setLong(1, programmeId);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    refs.add(rs.getString(1));
                }
            }
        }
        return refs;
    }

    private int count(String sql) throws SQLException {
        try (var statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
